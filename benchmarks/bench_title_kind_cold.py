"""The cold cost of New Event's first title guess (session 56, edit73).

A fresh process imports ``timeline_app.extract.title_kind`` and calls ``title_kind`` once,
then 1 000 times: CPU seconds (``time.process_time``) of the import, of the first call (what
it loads: since session 56 the import's trigger table, ``extract.pipeline.lexicon``, and
lemminflect's lexicon for the verb forms that are common nouns too) and of a warm call.
Run it with the tree to measure first on ``PYTHONPATH`` (alternate two trees for an A/B):

    PYTHONDONTWRITEBYTECODE=1 PYTHONPATH=<tree> .venv/bin/python benchmarks/bench_title_kind_cold.py

``--parts`` measures the two loads apart instead (the lexicon's import, lemminflect's first
``getAllLemmas``).
"""

from __future__ import annotations

import importlib
import sys
import time

TITLE = "Ethiopia denies agreeing to binding water release"


def main() -> None:
    if "--parts" in sys.argv:
        importlib.import_module("timeline_app.extract.title_kind")  # (its import aside)
        t0 = time.process_time()
        importlib.import_module("timeline_app.extract.pipeline.lexicon")
        t1 = time.process_time()
        from timeline_app.extract.pipeline.inflection import is_common_noun

        is_common_noun("rules")
        t2 = time.process_time()
        print(f"lexicon import {t1 - t0:.3f} s, lemminflect's first noun {t2 - t1:.3f} s")
        return
    t0 = time.process_time()
    from timeline_app.extract.title_kind import title_kind

    t1 = time.process_time()
    kind = title_kind(TITLE)
    t2 = time.process_time()
    for _ in range(1000):
        title_kind(TITLE)
    t3 = time.process_time()
    print(f"import {t1 - t0:.3f} s, first call {t2 - t1:.3f} s, warm call "
          f"{t3 - t2:.3f} ms, kind {kind!r}")


if __name__ == "__main__":
    main()
