"""Work kept for after a crash that is no part of the document yet: an import review (the
article and every correction made to its rows) and an event being typed in the editor.

File → Import Article's review is no part of the document until it is accepted, so the
timeline's recovery copy (:mod:`.recovery`) does not hold it: a person who spent minutes
correcting dates, titles and participants lost them all to a crash (session 35's trial,
F20).  While a review is open the window writes its state, as a :class:`ReviewState`, to
``review-PID.json`` in the recovery copies' folder after each change, atomically
(:func:`.atomic.write_atomically`, which never replaces a non-regular file); accepting or
cancelling the review removes it.  The next start offers a state whose process is no
longer running; the window reads the article again and applies the corrections.

The state holds what the person can change in the review, not the extraction: the
article and the request it was read with (text, article date, place, outlet, reading
mode, the timeline's dates that settle a dateline's year), so that reading it again
gives the same rows (``extracted`` says what they were, to tell when it does not), and
each row's cells as shown.  Qt-free; the shape is declared once, as ``msgspec`` structs,
which also check a file's every type when it is read.

The event editor's form (:class:`EditorState`, ``editor-PID.json``) is kept the same way
while the editor is open: its fields as typed, whatever their state (a date half typed
is kept as typed), and the sentences it cites.  The Import Article dialog's text and
fields before Extract Events (:class:`ArticleDraft`, ``article-PID.json``) likewise.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import msgspec

from .atomic import write_atomically
from .errors import FormatError
from .recovery import process_alive, remove_dead_temporaries

__all__ = ["DRAFT_FORMAT", "EDITOR_FORMAT", "REVIEW_FORMAT", "ArticleDraft", "EditorState",
           "KeptEvidence", "ReviewArticle", "ReviewRow", "ReviewState", "draft_file",
           "editor_file", "find_drafts", "find_editors", "find_reviews", "holds_paste_rest",
           "read_draft",
           "read_editor", "read_review", "remove_draft", "remove_editor", "remove_review",
           "review_file", "set_aside", "write_draft", "write_editor", "write_review"]

REVIEW_FORMAT = "diplomatic-timeline-review"
REVIEW_VERSION = 1
_PREFIX = "review-"
EDITOR_FORMAT = "diplomatic-timeline-editor"
EDITOR_VERSION = 1
_EDITOR_PREFIX = "editor-"
_T = TypeVar("_T")
#: A review's state is an article and its rows: a file over this is no state of ours.
MAX_REVIEW_BYTES = 64 * 1024 * 1024


def _saved_when(saved_at: str) -> _dt.datetime:
    """A state's ``saved_at`` as a datetime (the epoch for a value that is not one)."""
    try:
        return _dt.datetime.fromisoformat(saved_at)
    except ValueError:
        return _dt.datetime.fromtimestamp(0)


class ReviewArticle(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """The article as it was read for the review (``ui.import_article.ArticleRequest``).

    Attributes:
        text: The article's text.
        name: What the article is called ("pasted text", a file's name).
        dct: The article's date (DCT) as given, ISO ``YYYY-MM-DD``, or ``None``.
        dct_from_dateline: ``dct`` is the dateline's own date, left as proposed.
        place: The dateline place as typed, or ``None``.
        outlet: The outlet as typed (when not the dateline's), or ``None``.
        mode: The reading mode asked for: ``"auto"``, ``"news"`` or ``"narrative"``.
        timeline_days: The open timeline's dates the dateline's year was read beside
            (ISO days).
    """

    text: str
    name: str
    dct: str | None
    dct_from_dateline: bool
    place: str | None
    outlet: str | None
    mode: str
    timeline_days: tuple[str, ...] = ()


class ReviewRow(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """One row of the review as the person left it: the cells' text as shown.

    Attributes:
        checked: Ticked for import.
        date, title, participants, place, category: The cells' text (participants
            comma-separated, as typed).
        duplicate: The Duplicate? choice (``"merge"``, ``"keep both"``, ``"merge
            disputed"``) or ``None`` for a row with no such choice.
        duplicate_of: The id of the timeline's event that choice is about, or ``None``.
        dropped: Indices (into the row's cited sentences) of those unticked.
        picked: ``duplicate_of`` was chosen by the person ("Another event…" in the
            review, verify52 F4), not proposed: it is chosen again on reopening,
            whatever the review proposes for the row then.
        cited: Half ticked (``checked`` False): its sentences cited by the event it
            repeats as another article's telling (verify75 F14); False for a row left
            out wholly, which reopens unticked.  (Absent from a state kept before
            session 57: the review's own proposal stands.)
    """

    checked: bool
    date: str
    title: str
    participants: str
    place: str
    category: str
    duplicate: str | None = None
    duplicate_of: str | None = None
    dropped: tuple[int, ...] = ()
    picked: bool = False
    cited: bool | None = None


class ReviewState(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """An unfinished import review: its article and every correction made to it.

    Attributes:
        format: Always ``REVIEW_FORMAT`` (a file without it is no state of ours).
        version: ``REVIEW_VERSION``.
        saved_at: When it was written (local time, ISO, seconds).
        pid: The process that wrote it.
        timeline: The name of the timeline the review was to import into.
        article: The article and how it was read.
        extracted: Each row as it was read (its date and title), before any correction:
            reading the article again must give the same rows.
        rows: Each row as the person left it, in the review's order.
        kept: The rows kept of a pair told twice (Keep Row), in the order kept.
        new_timeline: "Start a new timeline" was chosen.
        unsure_untouched: Rows unticked as unsure whose tick the person has not touched.
        corrected_rows: Rows whose date, title, participants, place or category the
            person typed otherwise than read (said when the review is offered).
        timeline_path: The file of the timeline the review was to import into, ``""``
            for one never saved, ``None`` when not recorded (a state of an earlier
            version): the review is reopened into that timeline, not into whichever a
            restart shows (verify54 F30).
        article_of: ``(position, total)`` when the article is one of a paste's
            (Review Each Article: "Article 1 of 6"), else ``(0, 0)``.
        later: The paste's articles still to review after this one, each as it was
            to be read (with the date typed for it, if any: verify54 F30).
        article_fields: The article's headline and outlet as the review's fields had
            them (verify61 F9), ``None`` in a state of an earlier version.
    """

    format: str
    version: int
    saved_at: str
    pid: int
    timeline: str
    article: ReviewArticle
    extracted: tuple[tuple[str, str], ...]
    rows: tuple[ReviewRow, ...]
    kept: tuple[int, ...] = ()
    new_timeline: bool = False
    unsure_untouched: tuple[int, ...] = ()
    corrected_rows: tuple[int, ...] = ()
    timeline_path: str | None = None
    article_of: tuple[int, int] = (0, 0)
    later: tuple[ReviewArticle, ...] = ()
    article_fields: tuple[str, str] | None = None

    @property
    def corrected(self) -> int:
        """How many rows the person corrected: a cell typed otherwise than read, or a
        sentence dropped (a tick alone is no correction)."""
        return len(set(self.corrected_rows).union(
            at for at, row in enumerate(self.rows) if row.dropped))

    def when(self) -> _dt.datetime:
        """``saved_at`` as a datetime (the epoch for a value that is not one)."""
        return _saved_when(self.saved_at)


def new_state(timeline: str, article: ReviewArticle, extracted: tuple[tuple[str, str], ...],
              rows: tuple[ReviewRow, ...], kept: tuple[int, ...] = (),
              new_timeline: bool = False, unsure_untouched: tuple[int, ...] = (),
              corrected_rows: tuple[int, ...] = (), timeline_path: str | None = None,
              article_of: tuple[int, int] = (0, 0),
              later: tuple[ReviewArticle, ...] = (),
              article_fields: tuple[str, str] | None = None) -> ReviewState:
    """A state of this process, saved now (the fields as :class:`ReviewState`'s)."""
    return ReviewState(REVIEW_FORMAT, REVIEW_VERSION,
                       _dt.datetime.now().replace(microsecond=0).isoformat(), os.getpid(),
                       timeline, article, extracted, rows, kept, new_timeline,
                       unsure_untouched, corrected_rows, timeline_path, article_of, later,
                       article_fields)


def review_file(folder: str | os.PathLike[str], pid: int | None = None) -> Path:
    """This process's (or ``pid``'s) review state in ``folder``."""
    return Path(folder) / f"{_PREFIX}{os.getpid() if pid is None else pid}.json"


_encoder = msgspec.json.Encoder()


def write_review(folder: str | os.PathLike[str], state: ReviewState) -> Path:
    """Write this process's review state atomically; creates ``folder`` if needed.

    Returns:
        The file written (``review_file(folder)``).

    Raises:
        OSError: it could not be written (the previous state is unchanged), among them
            ``NotARegularFileError`` when the name is taken by a device, FIFO or folder.
        UnicodeEncodeError: a text holds a lone surrogate; nothing was written.
    """
    return _write_state(state, folder, review_file)


def remove_review(folder: str | os.PathLike[str]) -> None:
    """Remove this process's review state (accepted, cancelled, or reopened elsewhere).

    Raises:
        OSError: it exists and could not be removed.
    """
    review_file(folder).unlink(missing_ok=True)


def find_reviews(folder: str | os.PathLike[str]) -> list[Path]:
    """The review states left by processes no longer running (not read yet), by name.

    Their temporary files (a kill in the middle of a write) are removed, as recovery
    copies' are.  Never raises: an unreadable folder has none.
    """
    return _find(folder, _PREFIX)


def _find(folder: str | os.PathLike[str], prefix: str) -> list[Path]:
    try:
        files = sorted(p for p in Path(folder).glob(f"{prefix}*.json"))
    except OSError:
        return []
    remove_dead_temporaries(folder, prefix)
    found = []
    for file in files:
        stem = file.stem[len(prefix):]
        if not stem.isdigit() or process_alive(int(stem)):
            continue  # another window's, open now
        found.append(file)
    return found


def read_review(file: str | os.PathLike[str]) -> ReviewState:
    """The review state in ``file``, every field's type checked.

    Raises:
        FormatError: the file cannot be read, is no review state (another program's
            file, or of a later version), or is damaged: naming the file, the JSON path
            and what is wrong.
    """
    state = _read(file, ReviewState, REVIEW_FORMAT, REVIEW_VERSION, "an import review's")
    _check(file, state)
    return state


def _read(file: str | os.PathLike[str], kind: type[_T], format_name: str, version: int,
          whose: str) -> _T:
    """``file`` decoded as ``kind`` (see :func:`read_review`); ``whose``: "an import
    review's", said in the problems."""
    try:
        with open(file, "rb") as handle:
            data = handle.read(MAX_REVIEW_BYTES + 1)
    except OSError as error:
        raise FormatError(file, None, error.strerror or str(error)) from None
    if len(data) > MAX_REVIEW_BYTES:
        raise FormatError(file, None, f"too large to be {whose} state")
    try:
        head = msgspec.json.decode(data, type=dict[str, object])
    except msgspec.DecodeError as error:
        raise FormatError(file, None, f"not {whose} state ({error})") from None
    if head.get("format") != format_name:
        raise FormatError(file, "$.format", f"not {whose} state (another program's file?)")
    if head.get("version") != version:
        raise FormatError(file, "$.version", f"version {head.get('version')!r} is not "
                          f"{version}, the one this version of the app reads")
    try:
        return msgspec.json.decode(data, type=kind)
    except msgspec.ValidationError as error:
        words, _, place = str(error).partition(" - at `")
        raise FormatError(file, place.rstrip("`") or None, words) from None


def _check(file: str | os.PathLike[str], state: ReviewState) -> None:
    """What the types cannot say: rows and their indices agree, dates are dates."""
    count = len(state.rows)
    if len(state.extracted) != count:
        raise FormatError(file, "$.extracted", f"{len(state.extracted)} rows read but "
                          f"{count} reviewed")
    for name, numbers in (("kept", state.kept), ("unsure_untouched", state.unsure_untouched),
                          ("corrected_rows", state.corrected_rows)):
        for at, number in enumerate(numbers):
            if not 0 <= number < count:
                raise FormatError(file, f"$.{name}[{at}]", f"no row {number}")
    for at, row in enumerate(state.rows):
        if any(i < 0 for i in row.dropped):
            raise FormatError(file, f"$.rows[{at}].dropped", "a negative index")
    position, total = state.article_of
    if (position, total) != (0, 0) and not 1 <= position <= total - len(state.later):
        raise FormatError(file, "$.article_of", f"article {position} of {total} is none "
                          f"with {len(state.later)} after it")
    _check_article(file, state.article, "$.article")
    for at, article in enumerate(state.later):
        _check_article(file, article, f"$.later[{at}]")


def _check_article(file: str | os.PathLike[str], article: ReviewArticle, where: str) -> None:
    """What the types cannot say of a kept article (at ``where``): dates are dates, the
    reading mode is one."""
    days = [(f"{where}.dct", article.dct)] if article.dct is not None else []
    days += [(f"{where}.timeline_days[{i}]", day)
             for i, day in enumerate(article.timeline_days)]
    for place, value in days:
        try:
            _dt.date.fromisoformat(value)
        except ValueError:
            raise FormatError(file, place, f"{value[:40]!r} is not a day") from None
    if article.mode not in ("auto", "news", "narrative"):
        raise FormatError(file, f"{where}.mode", f"{article.mode[:40]!r} is not a "
                          "reading mode")


def set_aside(file: str | os.PathLike[str]) -> Path | None:
    """Rename a state that cannot be read to ``NAME.unreadable`` (``NAME.unreadable-2``…)
    beside it: kept for a look, offered no more.  Only a regular file is renamed, and
    never over an existing name.

    Returns:
        The new name, or ``None`` when it could not be renamed (it stays).
    """
    path = Path(file)
    try:
        if not path.is_file() or path.is_symlink():
            return None
        for number in range(1, 100):
            target = path.with_name(path.name + ".unreadable"
                                    + ("" if number == 1 else f"-{number}"))
            if not os.path.lexists(target):
                os.rename(path, target)
                return target
    except OSError:
        return None
    return None


class KeptEvidence(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A sentence the event being edited cites (``core.Evidence``; with ``sourced``, a
    ``core.sourced.SourcedEvidence`` of the article ``source``, or of none; with
    ``kind``, a ``core.sourced.Reference``: "reference" or "link")."""

    sentence: str
    start: int
    end: int
    date_start: int | None = None
    date_end: int | None = None
    sourced: bool = False
    source: str | None = None
    kind: str = ""


class EditorState(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """The event editor's form as the person left it.

    Attributes:
        format, version, saved_at, pid: as :class:`ReviewState`'s.
        timeline: The name of the timeline the event is (to be) in.
        heading: The editor's title ("New event", "Edit event", "Duplicate event").
        event_id: The id of the timeline's event being edited, or ``None`` for a new one.
        title, date, end, category, participants, location, summary: The fields' text
            as typed (a date half typed as it was).
        circa: The circa box.
        status: The status chosen (``core.status``; ``""``: not assessed).
        source_id: The article the event is read from, if any.
        evidence: The sentences it cites.
    """

    format: str
    version: int
    saved_at: str
    pid: int
    timeline: str
    heading: str
    event_id: str | None
    title: str
    date: str
    end: str
    circa: bool
    category: str
    participants: str
    location: str
    summary: str
    status: str = ""
    source_id: str | None = None
    evidence: tuple[KeptEvidence, ...] = ()

    def when(self) -> _dt.datetime:
        """``saved_at`` as a datetime (the epoch for a value that is not one)."""
        return _saved_when(self.saved_at)


def new_editor_state(timeline: str, heading: str, event_id: str | None, title: str,
                     date: str, end: str, circa: bool, category: str, participants: str,
                     location: str, summary: str, status: str, source_id: str | None,
                     evidence: tuple[KeptEvidence, ...]) -> EditorState:
    """An editor's state of this process, saved now."""
    return EditorState(EDITOR_FORMAT, EDITOR_VERSION,
                       _dt.datetime.now().replace(microsecond=0).isoformat(), os.getpid(),
                       timeline, heading, event_id, title, date, end, circa, category,
                       participants, location, summary, status, source_id, evidence)


def editor_file(folder: str | os.PathLike[str], pid: int | None = None) -> Path:
    """This process's (or ``pid``'s) event editor state in ``folder``."""
    return Path(folder) / f"{_EDITOR_PREFIX}{os.getpid() if pid is None else pid}.json"


def write_editor(folder: str | os.PathLike[str], state: EditorState) -> Path:
    """Write this process's event editor state atomically (as :func:`write_review`).

    Raises:
        OSError, UnicodeEncodeError: as :func:`write_review`.
    """
    return _write_state(state, folder, editor_file)


def _write_state(state: object, folder: str | os.PathLike[str],
                 file_of: Callable[[str | os.PathLike[str]], Path]) -> Path:
    """``state`` encoded (a lone surrogate raises ``UnicodeEncodeError`` before anything
    is written) and written atomically to ``file_of(folder)``, the folder made first."""
    data = _encoder.encode(state)
    Path(folder).mkdir(parents=True, exist_ok=True)
    target = file_of(folder)
    write_atomically(target, data)
    return target


def remove_editor(folder: str | os.PathLike[str]) -> None:
    """Remove this process's event editor state.

    Raises:
        OSError: it exists and could not be removed.
    """
    editor_file(folder).unlink(missing_ok=True)


def find_editors(folder: str | os.PathLike[str]) -> list[Path]:
    """The event editor states left by processes no longer running (as
    :func:`find_reviews`)."""
    return _find(folder, _EDITOR_PREFIX)


def read_editor(file: str | os.PathLike[str]) -> EditorState:
    """The event editor state in ``file``, every field's type checked.

    Raises:
        FormatError: as :func:`read_review`.
    """
    state = _read(file, EditorState, EDITOR_FORMAT, EDITOR_VERSION, "an event editor's")
    for at, evidence in enumerate(state.evidence):
        if not 0 <= evidence.start <= evidence.end:
            raise FormatError(file, f"$.evidence[{at}]", "its offsets are no span")
    return state


DRAFT_FORMAT = "diplomatic-timeline-article"
DRAFT_VERSION = 1
_DRAFT_PREFIX = "article-"


class ArticleDraft(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """The Import Article dialog's fields before Extract Events (``article-PID.json``):
    a pasted article exists nowhere else until it is read (session 37, fix76).

    Attributes:
        format, version, saved_at, pid: as :class:`ReviewState`'s.
        timeline: The name of the timeline the article was to go into.
        name: What the article is called ("pasted text", a file's name).
        text: The article's text as it stood.
        date, place, outlet: The fields' text as typed (a date half typed as it was).
        mode: The reading mode chosen: ``"auto"``, ``"news"`` or ``"narrative"``.
    """

    format: str
    version: int
    saved_at: str
    pid: int
    timeline: str
    name: str
    text: str
    date: str = ""
    place: str = ""
    outlet: str = ""
    mode: str = "auto"

    def when(self) -> _dt.datetime:
        """``saved_at`` as a datetime (the epoch for a value that is not one)."""
        return _saved_when(self.saved_at)


def new_article_draft(timeline: str, name: str, text: str, date: str, place: str,
                      outlet: str, mode: str) -> ArticleDraft:
    """The Import Article dialog's fields in this process, saved now."""
    return ArticleDraft(DRAFT_FORMAT, DRAFT_VERSION,
                        _dt.datetime.now().replace(microsecond=0).isoformat(), os.getpid(),
                        timeline, name, text, date, place, outlet, mode)


def draft_file(folder: str | os.PathLike[str], pid: int | None = None) -> Path:
    """This process's (or ``pid``'s) kept Import Article text in ``folder``."""
    return Path(folder) / f"{_DRAFT_PREFIX}{os.getpid() if pid is None else pid}.json"


def write_draft(folder: str | os.PathLike[str], draft: ArticleDraft) -> Path:
    """Write this process's Import Article fields atomically (as :func:`write_review`).

    Raises:
        OSError, UnicodeEncodeError: as :func:`write_review`.
    """
    return _write_state(draft, folder, draft_file)


def remove_draft(folder: str | os.PathLike[str]) -> None:
    """Remove this process's kept Import Article text.

    Raises:
        OSError: it exists and could not be removed.
    """
    draft_file(folder).unlink(missing_ok=True)


def find_drafts(folder: str | os.PathLike[str]) -> list[Path]:
    """The Import Article texts left by processes no longer running (as
    :func:`find_reviews`)."""
    return _find(folder, _DRAFT_PREFIX)


def read_draft(file: str | os.PathLike[str]) -> ArticleDraft:
    """The Import Article fields kept in ``file``, every field's type checked.

    Raises:
        FormatError: as :func:`read_review`; also for a reading mode that is none.
    """
    draft = _read(file, ArticleDraft, DRAFT_FORMAT, DRAFT_VERSION, "an Import Article text's")
    if draft.mode not in ("auto", "news", "narrative"):
        raise FormatError(file, "$.mode", f"{draft.mode[:40]!r} is not a reading mode")
    return draft


def holds_paste_rest(draft: str | os.PathLike[str]) -> bool:
    """Whether the kept Import Article text ``draft`` (``article-PID.json``) is the rest
    of a paste whose review the same process kept (``review-PID.json`` with ``later``):
    the review's question offers both, so the text is not asked about apart (verify54
    F30: the rest came back only at the start after).  Never raises: a review that
    cannot be read holds nothing."""
    path = Path(draft)
    review = path.with_name(_PREFIX + path.name[len(_DRAFT_PREFIX):])
    if not review.is_file():
        return False
    try:
        return bool(read_review(review).later)
    except FormatError:
        return False
