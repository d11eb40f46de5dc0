"""The event builder, one module a stage (run in this order by ``extract.events``).

1. ``extract/sentences.py``: article text -> ``Segment`` list (sentences, headings,
   bullets), none longer than ``MAX_SEGMENT_CHARS``.
2. :mod:`.clauses`: (text, segment, offset) -> where the clause, noun phrase or object
   around a word begins or ends.
3. :mod:`.triggers`: (text, segments) -> ``Mention`` list, trigger words read as
   events (fact or plan); :mod:`.arguments` (a package, its
   parts by what they decide, run in the order of ``describe_mentions``): each
   mention's subject, participants, place, kind and mood.
4. :mod:`.dating`: mentions + TIMEX3 expressions + DCT -> a date (with its basis in
   words) or an anchor on another mention.
5. :mod:`.merging`: mentions -> ``Cluster`` list, one per event.
6. :mod:`.titles`: cluster -> headline; :mod:`.spans`: cluster -> the end of an event
   that lasts, when the text gives it ("from 3 to 5 June", "a three-day visit", "next
   week"), or none.

Shared by the stages: :mod:`.mentions` (the ``Mention`` record), :mod:`.phrases` (word
lists, text helpers), :mod:`.lexicon` (trigger tables built from the vocabulary),
:mod:`.entities` (the article's people and countries).
"""
