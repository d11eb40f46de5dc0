"""Session 31, ext42: real-news mistakes of verify39 and ext41's list, each on a sentence
written for the test in the style of wire news (no corpus text), on regions and parties
the dev set does not tell.
"""

from __future__ import annotations

import datetime as dt

from test_events_ext38 import _one  # (ext38's: the text and its DCT)

DEC3 = dt.date(2025, 12, 3)  # a Wednesday
DOHA = "DOHA, Dec 3 (Reuters) - "


# ------------------------------------------- a coordinated subject: an armed group's descriptor
def test_a_state_and_an_armed_group_named_with_its_descriptor_are_both_sides() -> None:
    # verify39: "Democratic Republic of Congo and the M23 rebel group signed" named M23 only
    # (nine words in the subject: read as the name nearest the verb)
    signed = _one(DOHA + "Democratic Republic of Congo and the M23 rebel group signed a ceasefire "
                  "framework in Doha on Tuesday.", "sign", DEC3)
    assert list(signed.participants) == ["Democratic Republic of Congo", "M23"]
    assert signed.title.startswith("Democratic Republic of Congo and M23 sign")
    resumed = _one("BOGOTA, Dec 3 (AFP) - Colombia and the ELN guerrillas resumed peace talks in "
                   "Caracas on Tuesday.", "resume", DEC3)
    assert list(resumed.participants) == ["Colombia", "ELN"]
