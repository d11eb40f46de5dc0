"""An event's picture goes out as its TimelineJS slide's media (verify57 F27).

A teacher typed "Media: …", "Caption: …" and "Credit: …" under her summary's text, one
line break apart, as the import writes them; the export wrote them as text: the media was
read only from a last paragraph of its own.  The picture (``core.picture``) is now the
editor's fields, kept as those lines, and read in either form by both TimelineJS exports.
"""

from __future__ import annotations

import csv
import io
import json

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.picture import Picture, split_picture, with_picture

URL = "https://upload.wikimedia.org/wikipedia/commons/0/0b/Ancon.jpg"
TYPED = ("The SS Ancon makes the first official transit.\n"
         f"Media: {URL}\nCaption: The SS Ancon in the Culebra Cut\nCredit: Wikimedia Commons")


def test_picture_lines_typed_under_the_text_are_the_slides_media() -> None:
    from timeline_app.io.timelinejs import dumps_timelinejs

    event = Event("a", "Panama Canal opens", FuzzyDate.of_ymd(1914, 8, 15), summary=TYPED)
    (slide,) = json.loads(dumps_timelinejs(Timeline.from_events([event])))["events"]
    assert slide["media"] == {"url": URL, "caption": "The SS Ancon in the Culebra Cut",
                              "credit": "Wikimedia Commons"}
    assert "Media:" not in slide["text"]["text"]
    assert "first official transit" in slide["text"]["text"]


def test_the_sheet_export_writes_the_picture_in_its_media_columns() -> None:
    from timeline_app.io.timelinejs import SHEET_HEADER, timelinejs_sheet_pieces

    summary = with_picture("The first transit.", Picture(URL, "The Ancon", "Wikimedia"))
    event = Event("a", "Panama Canal opens", FuzzyDate.of_ymd(1914, 8, 15), summary=summary)
    text = "".join(timelinejs_sheet_pieces(Timeline.from_events([event])))
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    row = next(r for r in rows if r[SHEET_HEADER.index("Headline")] == "Panama Canal opens")
    assert [row[SHEET_HEADER.index(c)] for c in ("Media", "Media Caption", "Media Credit")] \
        == [URL, "The Ancon", "Wikimedia"]
    assert "Media:" not in row[SHEET_HEADER.index("Text")]


def test_split_and_with_picture_read_each_other() -> None:
    body, picture = split_picture(TYPED)
    assert body == "The SS Ancon makes the first official transit."
    assert picture == Picture(URL, "The SS Ancon in the Culebra Cut", "Wikimedia Commons")
    assert picture.is_link
    again = with_picture(body, picture)
    assert again == ("The SS Ancon makes the first official transit.\n\n"
                     f"Media: {URL}\nCaption: The SS Ancon in the Culebra Cut\n"
                     "Credit: Wikimedia Commons")
    assert split_picture(again) == (body, picture)
    assert with_picture("", Picture(URL)) == f"Media: {URL}"
    assert with_picture("Text.", None) == "Text." and with_picture("Text.", Picture(" ")) \
        == "Text."
    # The import's own forms, as before: the older one-line form and a quotation.
    assert split_picture(f"Text.\n\nMedia: {URL} (a caption)") == ("Text.",
                                                                    Picture(URL, "a caption"))
    quote = split_picture("Text.\n\nMedia: We shall never surrender\nCredit: Churchill")
    assert quote == ("Text.", Picture("We shall never surrender", "", "Churchill"))
    assert not quote[1].is_link  # type: ignore[union-attr]
    # Words that only start a line "Media:" in running text are no picture.
    for text in ("Coverage.\nMedia: outlets were barred", "Media: ", "",
                 "A.\nMedia: file:///etc/passwd", "A\nCaption: x"):
        assert split_picture(text) == (text, None), text


def test_a_pictures_address_cited_as_a_link_is_the_slides_media() -> None:
    """verify57 F27's note: a picture's address added with Add quote… as "a link" (before
    the dialog offered "the slide's picture") was exported only as "Link: https://…jpg";
    with no picture of its own, the slide shows it.  A page's link and an event's own
    picture are left as they were."""
    from timeline_app.core.sourced import reference
    from timeline_app.io.timelinejs import dumps_timelinejs

    page = reference("https://example.org/canal-history", "link")
    picture = reference(URL, "link")
    linked = Event("a", "Panama Canal opens", FuzzyDate.of_ymd(1914, 8, 15),
                   evidence=(page, picture))
    own = Event("b", "Canal handed over", FuzzyDate.of_ymd(1999, 12, 31),
                summary=with_picture("", Picture("https://example.org/flag.png")),
                evidence=(picture,))
    plain = Event("c", "Treaty signed", FuzzyDate.of_ymd(1977, 9, 7), evidence=(page,))
    slides = {s["unique_id"]: s for s in json.loads(dumps_timelinejs(
        Timeline.from_events([linked, own, plain])))["events"]}
    assert slides["a"]["media"] == {"url": URL}
    assert f"Link: {URL}" in slides["a"]["text"]["text"]  # still a source as well
    assert slides["b"]["media"]["url"] == "https://example.org/flag.png"
    assert "media" not in slides["c"]
