"""Build timeline_app/extract/pipeline/verb_table.py: the verb forms the event builder
needs, from lemminflect.

Every English verb form the extractor uses comes from lemminflect; this script asks it
once, for the closed set of verbs the vocabulary names (``EVENT_VERBS`` and the verbs of
``DONE_VERBS``), and writes the answers as a table, so that importing the extractor does
not load lemminflect's lexicons (about 0.5 s, more on a busy machine)::

    .venv/bin/python tools/build_verb_table.py          # rewrite the table
    .venv/bin/python tools/build_verb_table.py --check  # exit 1 if it is out of date

``tests/extract/pipeline/test_stage_inflection.py`` fails when the table is out of date
(a verb added to the vocabulary without rebuilding it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from lemminflect import getInflection, getLemma

from timeline_app.extract import event_vocabulary as vocab

TABLE = ROOT / "timeline_app" / "extract" / "pipeline" / "verb_table.py"

HEADER = '''"""Verb forms of the vocabulary's verbs, from lemminflect (generated: do not edit).

Rebuild with ``tools/build_verb_table.py`` after changing ``EVENT_VERBS`` or
``DONE_VERBS``; a test fails while this table is out of date.
"""

# lemma -> Penn Treebank tag -> forms (each spelling lemminflect knows)
'''


def _forms(lemma: str, tag: str) -> tuple[str, ...]:
    return tuple(getInflection(lemma, tag=tag, inflect_oov=True)) or (lemma,)


def build() -> str:
    """The source text of the table module."""
    lemmas_of = {}
    for form in vocab.DONE_VERBS:
        word = form.split()[0]
        lemmas_of[word] = (getLemma(word, upos="VERB", lemmatize_oov=True) or (word,))[0]
    lemmas = sorted(set(vocab.EVENT_VERBS) | set(lemmas_of.values()))
    lines = [HEADER, "FORMS: dict[str, dict[str, tuple[str, ...]]] = {"]
    for lemma in lemmas:
        tags = {tag: _forms(lemma, tag) for tag in ("VBZ", "VBD", "VBN", "VBG")}
        lines.append(f"    {lemma!r}: {tags!r},")
    lines.append("}")
    lines.append("")
    lines.append("# verb form -> lemma, for the verbs of doing before 'to' (\"agreed to buy\")")
    lines.append("LEMMAS: dict[str, str] = {")
    for word, lemma in sorted(lemmas_of.items()):
        lines.append(f"    {word!r}: {lemma!r},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the table is stale")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        current = TABLE.read_text(encoding="utf-8") if TABLE.exists() else ""
        print("up to date" if current == text else f"{TABLE} is out of date")
        return 0 if current == text else 1
    TABLE.write_text(text, encoding="utf-8")
    print(f"wrote {TABLE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
