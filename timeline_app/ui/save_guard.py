"""The questions and refusals around writing a file the user chose (Save, Save As, Export).

Kept out of ``main_window`` so that its save functions stay short: each asks here
before writing, and reports a failed write here.  The rules:

- A read-only file is never overwritten (:func:`..io.write_problems.is_read_only`): Save
  offers Save As instead, Save As refuses the name.
- Save As onto an existing file asks first, in our words (Qt's own "replace?" is turned
  off for it), and says so when the file belongs to another program: replacing it makes it
  a Diplomatic Timeline file that program can no longer read (trial 9: a TimelineJS
  original was replaced after Qt's generic question).
- A failed write is one sentence naming the file, with the system's words as details.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QWidget

from timeline_app.io.write_problems import describe_write_error, is_read_only, other_format_words
from timeline_app.ui import prompts

__all__ = ["confirm_replace", "copy_name", "offer_save_as_for_read_only", "show_write_error"]


def copy_name(path: str) -> str:
    """The name Save As suggests for a copy of the read-only ``path``: "<stem> copy.json"
    in the same folder, else the first free "<stem> copy 2.json", "… copy 3.json" and on
    (the naming of macOS Finder's and GNOME Files' duplicates)."""
    original = Path(path)
    number = 1
    while True:
        label = "copy" if number == 1 else f"copy {number}"
        candidate = original.with_name(f"{original.stem} {label}.json")
        if not os.path.lexists(candidate):
            return str(candidate)
        number += 1


def offer_save_as_for_read_only(parent: QWidget | None, path: str) -> bool | None:
    """Save on ``path``: ``None`` when it may be written; else the file is read-only and
    the person was asked, True meaning "Save As" (a copy under another name)."""
    if not is_read_only(path):
        return None
    name = Path(path).name
    return prompts.ask_save_copy(
        parent, f"{name} is read-only. Save a copy with Save As… "
        "(Your edits are kept until you save or close.)")


def confirm_replace(parent: QWidget | None, path: str, export_kind: str = "",
                    lost: str = "") -> bool:
    """Save As (or an export of ``export_kind``, e.g. "iCalendar") chose ``path``: True
    when it may be written (new, or replacing confirmed).  ``lost``: a sentence on what
    else the file holds that replacing it loses (rows a CSV import left out), said before
    the question.

    A read-only file is refused with a message; an existing file is replaced only if the
    person says so, warned when it is another program's file.
    """
    if not os.path.lexists(path):
        return True
    name = Path(path).name
    if is_read_only(path):
        if export_kind:
            prompts.show_error(parent, "Cannot export", f"{name} is read-only, so it was "
                               "not replaced. Choose another name.")
        else:
            prompts.show_error(parent, "Cannot save timeline",
                               f"{name} is read-only, so it was not replaced. "
                               "Choose another name for your copy with Save As…")
        return False
    if not os.path.isfile(path):
        return True  # a folder or device: the write refuses it with its own sentence
    # An export onto one of this app's timelines loses its events: said too.
    words = other_format_words(path, "a Diplomatic Timeline file" if export_kind else None)
    if words is None:
        message = f"{name} already exists. {lost + ' ' if lost else ''}Replace it?"
    elif export_kind:
        message = (f"{name} already exists and is {words}. Replacing it with the "
                   f"{export_kind} export loses its content. {lost + ' ' if lost else ''}"
                   "Replace it anyway? (Cancel, then choose another name, keeps both.)")
    else:
        message = (f"{name} already exists and is {words}. Replacing it makes it a "
                   "Diplomatic Timeline file: the program that wrote it will no longer "
                   "read it, and its content is lost. Replace it anyway? (Cancel, then "
                   "choose another name, keeps both.)")
    return prompts.ask_replace(parent, message)


def show_write_error(parent: QWidget | None, title: str, path: str, error: OSError,
                     verb: str = "saved") -> None:
    """Report a failed write of ``path``: one plain sentence, the system's text as details."""
    problem = describe_write_error(path, error, verb)
    prompts.show_error(parent, title, problem.message, problem.details)
