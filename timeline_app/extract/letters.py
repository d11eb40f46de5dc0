"""Capital and small letters beyond A-Z for the extractor's patterns.

Python's ``re`` has no ``\\p{Lu}``; names and places in diplomatic news start with capitals
outside A-Z ('Çavuşoğlu', 'Šefčovič', 'Łódź', 'İstanbul', 'Đỗ Hùng Việt', 'Ōita'), and a
pattern written with ``[A-Z]`` cut those names or missed them (verify37 F3: no dateline
read at 'İstanbul (AFP)'; 'Mevlüt Çavuşoğlu' read as 'Mevlüt'; 'in İstanbul', 'to Łódź' no
place).  The dateline reader and the pipeline's stages (``pipeline.entities``, ``arguments``,
``titles``, ``triggers``, ``merging``, ``phrases``, ``clauses``) write ``CAPITAL`` wherever a
pattern means a capital letter; the tagger's own patterns (dates, in English) keep A-Z.

``CAPITALS`` is the body of a character class of two ranges: A-Z, and U+00C0 to U+024F
(the letters of Latin-1 and Latin Extended-A and -B, both cases: 'Ç', 'İ', 'Ł', 'Š', 'Đ',
'Ō').  A small letter there ('ł', 'é') counts as a capital: words of English news do not
start with one.  Two ranges, because Python's regular-expression compiler builds a 64 KiB map
for a class with more ranges above U+00FF (``re._compiler._optimize_charset``): the exact
class of the Latin, Greek and Cyrillic capitals (~500 letters) made the ~170 patterns that use
it 580 M instructions dearer to compile (callgrind, the import and a first extraction: 2.58 G
on main), for no difference in what they found on the dev set, the held-out set or the
304-document snapshot.  Greek and Cyrillic names in English news are transliterated.
``SMALL`` is any letter but the capitals of ASCII and Latin-1 (so the mixed blocks' letters
inside a name, 'ş', 'ğ' of 'Çavuşoğlu'; all below U+0100 for the same reason).
"""

from __future__ import annotations

__all__ = ["CAPITAL", "CAPITALS", "SMALL"]


CAPITALS = "A-Z\u00c0-\u024f"
"""The body of a character class of capital letters (to put inside ``[...]``)."""
CAPITAL = f"[{CAPITALS}]"
"""One capital letter: 'A', 'Ç', 'Š', 'Ł', 'İ', 'Đ', 'Ō'."""
SMALL = "[^\\W\\d_A-Z\u00c0-\u00de]"
"""One letter that is no capital of ASCII or Latin-1 ('ş', 'ğ' inside 'Çavuşoğlu')."""
