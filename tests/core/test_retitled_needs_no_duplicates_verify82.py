"""verify82 F3: the first OK in the event editor imported ``core.duplicates`` and its fuzzy
matching (~0.2 s) only for the " (scheduled)" ending that ``retitled`` keeps; the window
showed a blank grey rectangle where the dialog had been meanwhile.  The ending lives in
``core.occurrence`` now."""

from __future__ import annotations

import subprocess
import sys


def test_retitled_imports_no_duplicates() -> None:
    code = ("import sys\n"
            "from timeline_app.core.occurrence import SCHEDULED_SUFFIX, retitled\n"
            "assert retitled('Visit (scheduled)', 'Talks') == 'Talks' + SCHEDULED_SUFFIX\n"
            "print('timeline_app.core.duplicates' in sys.modules, 'rapidfuzz' in sys.modules)\n")
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True).stdout.split()
    assert shown == ["False", "False"]


def test_duplicates_keeps_the_same_ending() -> None:
    from timeline_app.core import duplicates, occurrence

    assert duplicates.SCHEDULED_SUFFIX is occurrence.SCHEDULED_SUFFIX == " (scheduled)"
