"""``fold_reduced_relatives`` looks for a participle's noun in its own sentence, not in every
mention of the text (session 37, fix76: a pass over all mentions for each dated participle
took 105 s of a 5 MB reading's 237 s of CPU, verify45 F19's text)."""

from __future__ import annotations

from stage_helpers import run_until

from timeline_app.extract.pipeline.dating import fold_reduced_relatives

SENTENCE = ("The 2015 deal on fisheries, announced in Oslo on December 28, 2015 by the two "
            "ministers, was meant to settle the issue. ")


class _Passes(list):  # type: ignore[type-arg]
    """A list that counts the passes over it."""

    passes = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        self.passes += 1
        return super().__iter__()


def test_a_participle_dates_its_noun_with_two_passes_over_the_mentions():
    staged = run_until(SENTENCE * 30, "dating")
    mentions = _Passes(staged.mentions)
    fold_reduced_relatives(staged.text, mentions)
    assert mentions.passes <= 2  # (before: one more for each participle, 31)
    deals = [m for m in staged.mentions if m.word == "deal"]
    assert len(deals) == 30 and all(m.date is not None and m.date.describe() == "28 December 2015"
                                    for m in deals)
