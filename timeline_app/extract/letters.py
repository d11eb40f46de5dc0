"""Capital and small letters beyond A-Z for the extractor's patterns.

Python's ``re`` has no ``\\p{Lu}``; names and places in diplomatic news start with capitals
outside A-Z ('Çavuşoğlu', 'Šefčovič', 'Łódź', 'İstanbul', 'Đỗ Hùng Việt', 'Ōita'), and a
pattern written with ``[A-Z]`` cut those names or missed them (verify37 F3: no dateline
read at 'İstanbul (AFP)'; 'Mevlüt Çavuşoğlu' read as 'Mevlüt'; 'in İstanbul', 'to Łódź' no
place).  The dateline reader and the pipeline's stages (``pipeline.entities``, ``arguments``,
``titles``, ``triggers``, ``merging``, ``phrases``, ``clauses``) write ``CAPITAL`` wherever a
pattern means a capital letter; the tagger's own patterns (dates, in English) keep A-Z.

``CAPITALS`` is the body of a character class (ranges) of every capital and title-case
letter (Unicode categories Lu and Lt) of the Latin, Greek and Cyrillic blocks: U+0041 to
U+052F and U+1E00 to U+1FFF (Latin Extended Additional, Greek Extended).
"""

from __future__ import annotations

import unicodedata

__all__ = ["CAPITAL", "CAPITALS", "SMALL"]


def _capitals() -> str:
    codes = [c for c in (*range(0x41, 0x530), *range(0x1E00, 0x2000))
             if unicodedata.category(chr(c)) in ("Lu", "Lt")]
    runs: list[list[int]] = []
    for c in codes:
        if runs and c == runs[-1][1] + 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs)


CAPITALS = _capitals()
"""The body of a character class of capital letters (to put inside ``[...]``)."""
CAPITAL = f"[{CAPITALS}]"
"""One capital letter: 'A', 'Ç', 'Š', 'Ł', 'İ', 'Đ', 'Ō'."""
SMALL = rf"[^\W\d_{CAPITALS}]"
"""One letter that is no capital of those blocks (small letters of any script)."""
