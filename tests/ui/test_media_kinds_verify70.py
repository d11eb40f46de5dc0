"""verify70 F10: the TimelineJS example's media were shown three ways in Details: Iowa's
Flickr picture and South Carolina's YouTube video both as "Picture", Florida's
"//farm8.staticflickr.com/…" as plain text, New Hampshire's embedded quotation as a
"Media: …" line of the summary; the import said all were "kept as links in the summary".
Each is now named by its kind, apart from the summary, an address a link."""

from __future__ import annotations

import json

from timeline_app.core.picture import media_kind
from timeline_app.io.timelinejs import loads_timelinejs
from timeline_app.ui.detail_pane import event_html, shown_summary

_SLIDES = [
    ("Iowa", "https://farm7.staticflickr.com/6200/6057989217_3bd755477b.jpg"),
    ("South Carolina", "https://youtu.be/2n5yakw5jgo"),
    ("Florida", "//farm8.staticflickr.com/7001/6812048183_316d424f2f.jpg"),
    ("New Hampshire", "<blockquote>\u201cIn the last few days, we have seen some desperate "
                      "Republicans join forces.\u201d</blockquote>"),
    ("Nevada", "https://twitter.com/#!/MittRomney/status/165994713806155776"),
]


def _events() -> dict[str, object]:
    document = {"title": {"text": {"headline": "Run-up"}}, "events": [
        {"start_date": {"year": "2012", "month": "1", "day": str(n + 1)},
         "text": {"headline": name, "text": "<p>Results.</p>"},
         "media": {"url": url, "credit": "AP"}}
        for n, (name, url) in enumerate(_SLIDES)]}
    result = loads_timelinejs(json.dumps(document))
    assert not any("kept as links in the summary" in note for note in result.notes)
    return {e.title: e for e in result.timeline}


def test_media_kinds_as_timelinejs_shows_them() -> None:
    assert [media_kind(url) for _, url in _SLIDES] == [
        "picture", "video", "picture", "quotation", "post"]
    assert media_kind("https://www.youtube.com/watch?v=x") == "video"
    assert media_kind("https://example.org/page") == "media"
    # docs54: Flickr's picture server without a picture ending is still a picture
    assert media_kind("//farm8.staticflickr.com/7001/6812048183_316d424f2f") == "picture"
    assert media_kind("https://live.staticflickr.com/65535/52001") == "picture"


def test_details_names_each_slide_s_media_by_its_kind(qapp) -> None:
    events = _events()
    shown = {title: event_html(event, None) for title, event in events.items()}
    assert "<b>Picture</b> (for the TimelineJS slide; a link, never loaded)" in shown["Iowa"]
    assert "<b>Video</b> (for the TimelineJS slide" in shown["South Carolina"]
    assert "<b>Picture</b>" not in shown["South Carolina"]
    # a protocol-relative address is a link (over https, as TimelineJS loads it)
    assert ('href="https://farm8.staticflickr.com/7001/6812048183_316d424f2f.jpg"'
            in shown["Florida"])
    assert ">//farm8.staticflickr.com/7001/6812048183_316d424f2f.jpg</a>" in shown["Florida"]
    # the quotation apart from the summary, not a "Media:" line in it
    assert "<b>Quotation</b> (for the TimelineJS slide)" in shown["New Hampshire"]
    assert "Media: " not in shown_summary(events["New Hampshire"])
    assert "Media: " not in shown["New Hampshire"]
    assert "<b>Post</b>" in shown["Nevada"]
