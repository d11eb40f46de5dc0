"""ui.lazy_html.escape is html.escape (the package imported on first use, issue 11)."""

from __future__ import annotations

import html

from timeline_app.ui import lazy_html


def test_escape_is_the_standard_librarys() -> None:
    hostile = "<img src=/dev/zero> & \"quoted\" 'single' &amp;"
    assert lazy_html.escape(hostile) == html.escape(hostile)
    assert lazy_html.escape(hostile, quote=False) == html.escape(hostile, quote=False)
    assert lazy_html.escape("") == ""
