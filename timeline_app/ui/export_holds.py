"""What a data export holds, said after it is written: which events, and the choices of
File → Export that decide what goes in (the articles' texts, a slide's participants and
places).

verify76 F14: which events and which fields went into a TimelineJS, iCalendar or CSV
file was said only in the file dialog's title, which users do not read and a narrow
dialog cuts.  The file dialog is the platform's own (no room for a line of ours), and an
export has no options dialog of its own; so the status line says the choices (short:
"cited sentences only", "no participants or places") beside "Exported NAME", and the
export's message (Details…, File → Export → What the Last Export Left Out…) begins with
a sentence of what the file holds.  Qt-free: tested without a display.
"""

from __future__ import annotations

from typing import NamedTuple

from timeline_app.io.formats import ARTICLE_TEXT_KINDS, WORKING_NOTE_KINDS

__all__ = ["ExportHolds", "export_holds"]


class ExportHolds(NamedTuple):
    """What an export holds.

    Attributes:
        choices: Short phrases for the status line, one a choice that decides what went
            in ("cited sentences only", "no participants or places"), each with the
            word a notes summary that already says it would use (``said_by``).
        said_by: For each of ``choices``, a word of ``ExportNotes.summary`` that tells
            the same ("texts": "the articles' texts left out"): the line says it once.
        sentence: What the file holds in a sentence (after "NAME holds "), for the
            export's message.
    """

    choices: tuple[str, ...]
    said_by: tuple[str, ...]
    sentence: str

    def line_choices(self, summary: str) -> tuple[str, ...]:
        """``choices`` that ``summary`` (the notes' line, "" if none) does not say."""
        return tuple(choice for choice, word in zip(self.choices, self.said_by, strict=True)
                     if not (summary and word in summary))


def export_holds(kind: str, shown: str, only_shown: bool, filtered: bool, sources: bool,
                 texts: bool, notes: bool) -> ExportHolds:
    """What an export of ``kind`` (an ``io.formats.EXPORTS`` name) holds.

    Args:
        kind: "TimelineJS", "iCalendar", "CSV"…
        shown: The events written, counted ("8 events", "23 events and 2 eras").
        only_shown: Only the events the filters show are written.
        filtered: The filters hide events or a search is on (whether asked or not).
        sources: The timeline has articles (else the texts' choice changes nothing).
        texts: File → Export → Article Texts in Data Exports is ticked.
        notes: File → Export → Participants and Places in TimelineJS Slides is ticked.
    """
    events = (f"only the {shown} shown (the filters hide the others)" if only_shown
              else f"every event ({shown}), not only those shown" if filtered
              else f"every event of the timeline ({shown})")
    choices: list[str] = []
    said_by: list[str] = []
    parts = [events]
    if kind in ARTICLE_TEXT_KINDS and sources:
        choices.append("the articles' whole texts" if texts else "cited sentences only")
        said_by.append("texts")
        parts.append("the articles' whole texts" if texts else
                     "of the articles, only the sentences the events cite (File → Export → "
                     "Article Texts in Data Exports puts their whole texts in)")
    if kind in WORKING_NOTE_KINDS:
        choices.append("participants and places in the slides" if notes
                       else "no participants or places")
        said_by.append("participants")
        parts.append("each slide's participants and places in its text" if notes else
                     "no participants or places in the slides' texts (File → Export → "
                     "Participants and Places in TimelineJS Slides writes them)")
    sentence = "; ".join(parts) + "."
    if kind in _TEXT_FILE_WORDS:  # (what the file is, a sentence of its own)
        sentence += f" It is {_TEXT_FILE_WORDS[kind]}."
    return ExportHolds(tuple(choices), tuple(said_by), sentence)


#: What a CSV export is as a file, said in its message (verify84 F8: the sheet's first
#: column read "\ufeffYear" in a script, and nothing said the file starts with a
#: byte-order mark).  The mark is kept: Google Sheets' File → Import reads UTF-8 with or
#: without it, TimelineJS trims the published sheet's header cells (its CSV reader's
#: ``trim()`` drops U+FEFF; NUKnightLab/TimelineJS3 ``src/js/core/CSV.js``), and Excel,
#: opening a CSV without the mark, reads it in the system's code page: "Kōno" and
#: "Erdoğan" garbled (denoland/std#3143; getodk/central#752).
_TEXT_FILE_WORDS = {
    "TimelineJS Sheet": "comma-separated UTF-8 text with a byte-order mark: Google "
                        "Sheets' File → Import reads it as it is (the mark tells Excel "
                        "too that it is UTF-8; a script reads it with the encoding "
                        "utf-8-sig)",
    "CSV": "comma-separated UTF-8 text with a byte-order mark, so that Excel reads "
           "its accents (a script reads it with the encoding utf-8-sig)",
    "CSV for Excel": "semicolon-separated UTF-8 text with a byte-order mark, so that "
                     "Excel reads its accents (a script reads it with the encoding "
                     "utf-8-sig)",
}
