"""Untrusted text (from files, articles, file names) shown as text, never interpreted.

Qt renders any string that merely *looks* like HTML as rich text in a ``QLabel``, a
``QMessageBox``, a tooltip or a progress dialog (``Qt.AutoText``), and rich text loads the
resources it names: ``<img src="/dev/zero">`` aborts the app (``std::bad_alloc``) and an
image on a FIFO freezes it.  Every widget that shows such text goes through one of:

- ``plain(widget)``: a ``QLabel``, ``QMessageBox`` or ``QProgressDialog`` shows its text as
  typed (``Qt.PlainText``);
- ``tooltip_text(text)``: tooltips are always AutoText, so the text is escaped and marked
  as rich text (``<qt>``), which shows exactly the characters given;
- ``SafeTextBrowser``: panes that show rich text of our own around escaped untrusted text.
  A ``QTextBrowser`` reads local files named in ``<img src="file://...">`` even when
  ``loadResource`` is overridden on the browser; overriding it on the document blocks that.

Window titles, status-bar messages (``showMessage``), dock titles and item-view cells are
drawn as plain text by Qt itself and need nothing.

Untrusted text is also cut to a sane length *before* Qt lays it out: laying out one long
unbreakable string costs time that grows faster than its length (measured here in a
350 px text browser: 10 000 characters 0.09 s, 20 000 0.3 s, 40 000 1.1 s; a 1 000 000
character title blocked the window 275 s).  ``display_title`` cuts titles for labels and
list cells, ``capped`` cuts a field shown in a pane and says how much is left out.  The
full text stays in the model and the file.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from timeline_app.ui import lazy_html as html  # html.escape; the package on first use

if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import TypeVar

    from PySide6.QtGui import QTextOption
    from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog

    from timeline_app.core import Evidence
    from timeline_app.ui.safe_browser import SafeTextBrowser as SafeTextBrowser
    from timeline_app.ui.safe_browser import SafeTextDocument as SafeTextDocument

    _Shown = TypeVar("_Shown", QLabel, QMessageBox, QProgressDialog)

# The Qt classes of rich-text widgets are imported where they are used (and
# ``SafeTextDocument``/``SafeTextBrowser`` live in ``safe_browser``, re-exported here on
# first use): the timeline's first paint needs only ``display_title`` (issue 11: their
# Python types cost ~5 ms of the start-up).

WEB_SCHEMES = ("http", "https")

ELLIPSIS = "…"
#: Characters of a title laid out in a label or a list cell: more than the widest label
#: (560 px of the timeline view, 1 000 px of a list column) can show in any font.
TITLE_LIMIT = 300
#: Characters of one field laid out in a pane (the detail pane): about three pages of
#: text, and 0.1 s of layout at worst (one unbreakable string, see above).
FIELD_LIMIT = 10_000
#: Characters of a tooltip: a page; tooltips are laid out on every hover.
TOOLTIP_LIMIT = 2_000
#: A run of non-space characters longer than this makes a pane wrap anywhere (see
#: ``wrap_mode_for``).
LONG_RUN = 1_000


def display_title(text: str, limit: int = TITLE_LIMIT) -> str:
    """``text`` cut to at most ``limit`` characters (the last one "…"), for laying out.

    Cheap for any length (slices, measures nothing), so call it before Qt sees the text:
    eliding to a width afterwards is then bounded too.  A title is one line: its line
    breaks are shown as spaces (verify60 F4: a database's "newline\nand" read
    "newlineand" in the Events list, where Qt drops a line break).
    """
    if not text.isprintable():  # (one C-level pass for the common title; a line break,
        # "\n", "\r" or U+2028, is not printable)
        text = " ".join(text.split()) if any(c in text for c in "\n\r\u2028") else text
    if len(text) <= limit:
        return text
    return text[:max(0, limit - 1)] + ELLIPSIS


def capped(text: str, limit: int = FIELD_LIMIT) -> str:
    """``text`` whole if at most ``limit`` characters, else cut with what is left out.

    ``capped("x" * 10_050, 10_000)`` is ten thousand x's then ``"… (50 more characters)"``.
    """
    if len(text) <= limit:
        return text
    return f"{text[:limit]}{ELLIPSIS} ({len(text) - limit:,} more characters)"


def plain(widget: _Shown) -> _Shown:
    """Make a label, message box or progress dialog show its text as typed.

    Returns the widget, so that ``plain(QLabel(self))`` reads as one step.  For a message
    box this covers its main text only: untrusted text never goes in its informative text
    (the detailed text is always plain).  A progress dialog gets a plain label of its own,
    keeping the current label text.
    """
    from PySide6.QtWidgets import QLabel, QProgressDialog

    if isinstance(widget, QProgressDialog):
        label = QLabel(widget.labelText(), widget)
        label.setTextFormat(Qt.TextFormat.PlainText)
        widget.setLabel(label)
    else:
        widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def tooltip_text(text: str) -> str:
    """A tooltip string that shows ``text`` exactly (tooltips are always ``Qt.AutoText``).

    Lines are kept (``\\n`` → ``<br>``); nothing in ``text`` is interpreted.  Text longer
    than ``TOOLTIP_LIMIT`` characters is cut (see ``capped``): a tooltip is laid out too.
    """
    if not text:
        return ""
    return "<qt>" + html.escape(capped(text, TOOLTIP_LIMIT)).replace("\n", "<br>") + "</qt>"


def wrap_mode_for(text: str) -> QTextOption.WrapMode:
    """How a pane showing ``text`` wraps it: at word boundaries unless a word is huge.

    Qt's ``WrapAtWordBoundaryOrAnywhere`` costs time quadratic in the length of an
    unbreakable run (measured: 10 000 characters 0.04 s, 40 000 0.35 s; a 100 KB article
    of digits several seconds), ``WrapAnywhere`` is linear (40 000: 0.03 s).  Text that
    cannot be cut (an article, whose offsets the marks use) wraps anywhere when it holds
    a run longer than ``LONG_RUN`` characters, which no language's words have.
    """
    global _WRAP_MODE
    if _WRAP_MODE is None:  # (imported once: an import statement here cost ~5 µs a call
        # under PySide's import hook, at every event Details shows; session 45, list50)
        from PySide6.QtGui import QTextOption

        _WRAP_MODE = QTextOption.WrapMode
    longest = max(map(len, text.split()), default=0)  # str.split is one linear pass
    if longest > LONG_RUN:
        return _WRAP_MODE.WrapAnywhere
    return _WRAP_MODE.WrapAtWordBoundaryOrAnywhere


_WRAP_MODE: Any = None


#: Marks that open a quotation when a straight double quote follows them (or at the start).
_OPENS_AFTER = frozenset(" \t\n([{—–-/‘“")


def nested_quotes(sentence: str) -> str:
    """``sentence`` with its own double quotation marks made single ones (straight ``"``
    opening at the start or after a space, a bracket or a dash, closing otherwise; curly
    “ ” as ‘ ’), for showing it inside our “…”: a quotation within a quotation takes the
    other kind of mark (New Hart's Rules 9.2; Chicago Manual 13.30), where “"We have
    been friends …," the ambassador said” showed a doubled opening mark (verify66 F16).
    The same length as ``sentence``: a date's span in it (``date_span_in_sentence``) is
    still its span.  Single marks and apostrophes are left as they are."""
    if '"' not in sentence and "“" not in sentence and "”" not in sentence:
        return sentence
    marks = []
    for i, char in enumerate(sentence):
        if char == '"':
            char = "‘" if i == 0 or sentence[i - 1] in _OPENS_AFTER else "’"
        elif char == "“":
            char = "‘"
        elif char == "”":
            char = "’"
        marks.append(char)
    return "".join(marks)


def quoted_sentence(evidence: Evidence, told: Sequence[str] = ()) -> str:
    """The evidence sentence as Details, the editor and the import review quote it: in
    “…”, its own double marks single (``nested_quotes``), escaped, its date expression
    marked (``highlighted_sentence``, which says what ``told`` is)."""
    return f"“{highlighted_sentence(evidence, told)}”"


def highlighted_sentence(evidence: Evidence, told: Sequence[str] = ()) -> str:
    """The evidence sentence, escaped, with its date expression marked (capped in length)
    and its own double quotation marks single (``nested_quotes``: every caller shows it
    inside “…”, ``quoted_sentence``).  ``told``: the date words of dates told otherwise
    (``core.merge.told_otherwise_words``); in a sentence with no date expression marked,
    the first of them is shaded paler, in normal weight (``style.SHADED_TOLD``): words
    that gave another date than the event's (verify69 F9)."""
    span = evidence.date_span_in_sentence()
    shade, weight = "SHADED_DATE", "font-weight:600"
    if span is None and told:
        from timeline_app.core.merge import told_otherwise_span

        span, shade, weight = told_otherwise_span(evidence, told), "SHADED_TOLD", ""
    text = nested_quotes(evidence.sentence)
    if span is None or len(text) > FIELD_LIMIT:
        return html.escape(capped(text))
    a, b = span
    style = sys.modules.get("timeline_app.ui.style")  # (loaded by then: no import
    if style is None:  # statement at each sentence, ~5 µs under PySide's import hook)
        from timeline_app.ui import style
    return (html.escape(text[:a]) + style.shaded_span(getattr(style, shade), weight)
            + html.escape(text[a:b]) + "</span>" + html.escape(text[b:]))


#: How a reference or a link (``core.sourced.Reference.kind``) is named where it is listed.
KIND_WORDS = {"reference": "Reference", "link": "Link"}


def kind_of(evidence: Evidence) -> str:
    """``"reference"`` or ``"link"`` for a ``core.sourced.Reference``, else ``""`` (a
    sentence or a quote; read by attribute: ``core.sourced`` is not imported before the
    app's first paint)."""
    return getattr(evidence, "kind", "")


def cited_html(evidence: Evidence, told: Sequence[str] = ()) -> str:
    """A source as the editor and Details list it, escaped: a sentence or a quote in
    quotation marks (``highlighted_sentence``, which says what ``told`` is), a reference
    or a link as itself after its kind ("Reference: Parry, CTS, vol. 1, pp. 119-356"),
    never quoted as if a text said those words (verify53 F17)."""
    kind = kind_of(evidence)
    if kind:
        return f"<i>{KIND_WORDS[kind]}:</i> {html.escape(capped(evidence.sentence))}"
    return quoted_sentence(evidence, told)


def __getattr__(name: str) -> Any:
    """``SafeTextDocument`` and ``SafeTextBrowser``, from ``safe_browser`` on first use."""
    if name in ("SafeTextDocument", "SafeTextBrowser"):
        from timeline_app.ui import safe_browser

        return getattr(safe_browser, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
