"""The states whose envoys gathered hold the talks (verify41's a2: "Negotiations began in
1643, when envoys of the Holy Roman Emperor, Sweden and France gathered in the two
Westphalian towns" named no one)."""

from __future__ import annotations

from timeline_app.extract import extract_events


def test_the_states_whose_envoys_gathered_take_part() -> None:
    [c] = extract_events("Talks opened in 1712, when envoys of Britain, France and the Dutch "
                         "Republic gathered at Utrecht.", mode="narrative").candidates
    assert {"Britain", "France", "Dutch Republic"} <= set(c.participants)


def test_talks_with_their_own_parties_keep_them() -> None:
    # (guard: only talks that name no one)
    [c] = extract_events("In 1712 Britain held talks with France, when envoys of Spain and "
                         "Portugal arrived.", mode="narrative").candidates
    assert "Spain" not in c.participants
