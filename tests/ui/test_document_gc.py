"""A document and its undo history are freed safely, and when dropped.

Each undo command held its document, and the document (through its ``QUndoStack``) its
commands: a reference cycle, left to the garbage collector.  A full collection that freed
a document with undo steps crashed in ``QUndoStack::clear`` (PySide6 6.11: a segmentation
fault in the idle collection of ``ui/idle_gc.py`` during ``make test``, session 13:
``test_document.py``'s documents, frozen by later loads, released by ``test_gc_idle.py``'s
``gc.unfreeze``).  Commands now hold the document weakly (``commands.DocumentCommand``),
and a document the collector frees all the same (in a cycle through a view, say) deletes
its undo steps first (``Document.__del__``).
"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from app_child import run_child

from timeline_app.core import Event, FuzzyDate
from timeline_app.document import Document

#: Undo steps that made the collection crash (250 in ``test_document.py``'s
#: ``test_undo_is_unlimited``; 10 did not).
STEPS = 250

CHILD = f"""
import faulthandler, gc, json
faulthandler.enable()  # a crash says where in the child's stderr
from PySide6.QtWidgets import QApplication
from timeline_app.core import Event, FuzzyDate
from timeline_app.document import Document

app = QApplication([])
gc.freeze()  # as the app does after a load (io.native, the view): without it, no crash
document = Document()
for n in range({STEPS}):
    document.add_event(Event(f"e{{n}}", f"Event {{n}}", FuzzyDate.of_month(2025, 4)))
while document.undo_stack.canUndo():
    document.undo_stack.undo()
del document
gc.collect()  # what the idle collector runs: this crashed
in_a_cycle = Document()  # as a view's document is (the view holds it, and it the view)
for n in range({STEPS}):
    in_a_cycle.add_event(Event(f"e{{n}}", f"Event {{n}}", FuzzyDate.of_month(2025, 4)))
in_a_cycle.cycle = [in_a_cycle]
del in_a_cycle
gc.collect()  # this crashed too, with commands that hold the document weakly
print(json.dumps({{"collected": True}}))
"""


def _event(n: int) -> Event:
    return Event(f"e{n}", f"Event {n}", FuzzyDate.of_month(2025, 4), category="meeting")


def test_a_dropped_document_with_undo_steps_is_freed_at_once(qapp):
    was_enabled = gc.isenabled()
    gc.disable()  # nothing but reference counting frees it
    try:
        document = Document()
        for n in range(3):
            document.add_event(_event(n))
        document.undo_stack.undo()  # one step to redo, two to undo
        stack = weakref.ref(document.undo_stack)
        gone = weakref.ref(document)
        del document
        assert gone() is None and stack() is None
    finally:
        if was_enabled:
            gc.enable()


def test_undo_and_redo_still_reach_the_document(qapp):
    document = Document()
    document.add_event(_event(1))
    document.undo_stack.undo()
    assert "e1" not in document.timeline
    document.undo_stack.redo()
    assert "e1" in document.timeline


def test_a_full_collection_after_a_long_undo_history_does_not_crash(tmp_path: Path):
    """In a child process, so that a crash fails this test instead of ending the run:
    a document dropped, then one dropped in a reference cycle, each collected."""
    assert run_child(tmp_path, CHILD) == {"collected": True}
