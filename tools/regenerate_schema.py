"""Rewrite resources/timeline.schema.json from the declarations in timeline_app/io/native_schema.py.

Usage: ``python tools/regenerate_schema.py`` (``--check`` exits 1 if the file is stale).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from timeline_app.io.native_schema import schema_text
from timeline_app.paths import SCHEMA, resource_path


def main(argv: list[str]) -> int:
    path = resource_path(SCHEMA)
    text = schema_text()
    if "--check" in argv:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            print(f"{path} is stale: run python tools/regenerate_schema.py", file=sys.stderr)
            return 1
        return 0
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
