"""``html.escape``, with the standard ``html`` package imported on its first use.

Importing ``html`` builds its entity tables (``html.entities``) and compiles a pattern:
~1.8 ms of CPU that the timeline's first paint does not need (issue 11;
``benchmarks/README.md``, "Session 5").  The start-up's modules (``safe_text``,
``timeline_view``, ``main_window``) import this module under the name ``html`` and call
``html.escape`` as before; the first tooltip or rich text imports the real one.
"""

from __future__ import annotations

__all__ = ["escape"]


def escape(s: str, quote: bool = True) -> str:
    """``html.escape(s, quote)``: ``&``, ``<``, ``>`` (and with ``quote`` ``"`` and ``'``)
    as character references."""
    return _escape()(s, quote)


def _escape():  # type: ignore[no-untyped-def]
    """The real ``html.escape``, imported once: an import statement at each call cost
    ~5 µs under PySide's import hook (shibokensupport's ``feature_import``), several
    times a key in the Events list (Details; issue 11, session 45, list50)."""
    global _ESCAPE
    if _ESCAPE is None:
        import html

        _ESCAPE = html.escape
    return _ESCAPE


_ESCAPE = None
