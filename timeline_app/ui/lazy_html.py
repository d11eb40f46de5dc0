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
    import html

    return html.escape(s, quote)
