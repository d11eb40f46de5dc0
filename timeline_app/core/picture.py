"""An event's picture: the media of its TimelineJS slide, kept as the summary's last lines.

TimelineJS gives each slide one ``media`` object, ``{"url", "caption", "credit"}`` (its
JSON format and the Media, Media Caption and Media Credit columns of its Google Sheets
template).  Our own format has no field for it: the TimelineJS imports keep a slide's
media as the summary's last paragraph, which the exports write back as the slide's media
(``io.timelinejs``)::

    Media: https://upload.wikimedia.org/…/SS_Ancon.jpg
    Caption: The SS Ancon in the Culebra Cut
    Credit: Wikimedia Commons

The event editor shows those lines as the fields Picture, Caption and Credit, and Details
as a picture's link (never loaded).  Keeping them in the summary keeps the file format as
it was: every file that had a picture keeps it, and a file written here opens in older
versions with the same lines in its summary.

These lines are also read when typed by hand at the end of the summary's last paragraph,
after its text with one line break (verify57 F27: a teacher typed them so, and they were
written out as text), as long as "Media:" gives a web address.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["CAPTION", "CREDIT", "MEDIA", "Picture", "is_image_address", "is_picture_address",
           "media_kind", "split_picture", "with_picture"]

#: The labels of the picture's lines in a summary.
MEDIA, CAPTION, CREDIT = "Media: ", "Caption: ", "Credit: "
#: A media address TimelineJS loads: http(s), or protocol-relative "//host/…" (its
#: ``media.url``); anything else in a "Media:" line is embedded HTML (a quotation).
_LINK = re.compile(r"(?:https?:)?//\S+", re.IGNORECASE)


class Picture(NamedTuple):
    """A slide's media as plain text.

    Attributes:
        url: The web address of the picture (or video, or map), or the text of an
            embedded quotation when a TimelineJS file gave HTML instead of an address
            (``is_link`` False).
        caption: The caption, plain text ("" for none).
        credit: Who made it, plain text ("" for none).
    """

    url: str
    caption: str = ""
    credit: str = ""

    @property
    def is_link(self) -> bool:
        """Whether ``url`` is a web address (TimelineJS's http(s) or "//host/…")."""
        return is_picture_address(self.url)

    @property
    def kind(self) -> str:
        """What the media is (:func:`media_kind`): "picture", "video", "quotation", …"""
        return media_kind(self.url)


#: The hosts whose addresses TimelineJS 3 shows as a video, a sound, a map or a post
#: rather than a picture (its ``media/MediaType.js`` matches them by address: YouTube,
#: Vimeo, DailyMotion, Vine; SoundCloud, Spotify; Google Maps; Twitter, Instagram is a
#: picture there); a host ending so, or a host and path starting so.  Flickr serves its
#: picture files from ``*.staticflickr.com`` (docs54: an address there without a picture
#: ending was "media").
_KIND_HOSTS = (
    ("video", ("youtube.com", "youtu.be", "vimeo.com", "dailymotion.com", "dai.ly",
               "vine.co")),
    ("sound", ("soundcloud.com", "spotify.com")),
    ("map", ("google.com/maps", "maps.google.")),
    ("post", ("twitter.com", "x.com")),
    ("picture", ("flickr.com", "staticflickr.com", "flic.kr", "instagram.com", "instagr.am",
                 "imgur.com")),
)


def media_kind(url: str) -> str:
    """What a slide's media ``url`` is, as TimelineJS shows it: "picture" (a picture
    file's address, ``is_image_address``, or a photo site's), "video", "sound", "map",
    "post" (a tweet), "quotation" (an embedded quotation's text, no address) or "media"
    (another address: a page TimelineJS embeds).  verify70 F10: a YouTube video was
    labelled "Picture" in Details."""
    text = url.strip()
    if not is_picture_address(text):
        return "quotation"
    if is_image_address(text):
        return "picture"
    place = re.sub(r"^(?:https?:)?//(?:www\.|m\.)?", "", text, flags=re.IGNORECASE).lower()
    host = place.split("/", 1)[0]
    for kind, hosts in _KIND_HOSTS:
        if any(host == h or host.endswith("." + h) or place.startswith(h) for h in hosts):
            return kind
    return "media"


def is_picture_address(text: str) -> bool:
    """Whether ``text`` (stripped) is a media address TimelineJS loads: ``http://…``,
    ``https://…`` or ``//host/…``, without spaces."""
    return _LINK.fullmatch(text.strip()) is not None


#: The endings of a picture file's address (before any ``?query`` or ``#part``): those
#: TimelineJS 3 shows as an image by its address (``media/MediaType.js``,
#: ``lookupMediaType``: ``/(jpg|jpeg|png|gif|svg)(\?.*)?$/i``), and ``webp``, which
#: browsers show too.
_IMAGE_ENDING = re.compile(r"\.(?:jpe?g|png|gif|svg|webp)\Z", re.IGNORECASE)


def is_image_address(text: str) -> bool:
    """Whether ``text`` (stripped) is a web address of a picture file: a media address
    (:func:`is_picture_address`) whose path ends as an image's
    (``…/Ancon.jpg``, ``…/map.PNG?width=800``).  verify57 F27: a picture's address added
    with Add quote… as "a link" was a source line, "Link: …", not the slide's picture."""
    text = text.strip()
    if not is_picture_address(text):
        return False
    path = re.split(r"[?#]", text, maxsplit=1)[0]
    return _IMAGE_ENDING.search(path.rsplit("/", 1)[-1]) is not None


def _trailing_labels(lines: list[str]) -> tuple[list[str], str, str]:
    """``lines`` without the "Caption: …" / "Credit: …" lines that end them (at least one
    line is kept), and the caption and the credit those gave."""
    found = {CAPTION: "", CREDIT: ""}
    while len(lines) > 1 and lines[-1].startswith((CAPTION, CREDIT)):
        line = lines.pop()
        label = CAPTION if line.startswith(CAPTION) else CREDIT
        found[label] = line[len(label):].strip()
    return lines, found[CAPTION], found[CREDIT]


def split_picture(summary: str) -> tuple[str, Picture | None]:
    """The summary without its picture's lines, and the picture; ``(summary, None)`` when
    it has none.

    The picture is the summary's last paragraph when that starts "Media: " (as the
    TimelineJS imports write it: its address or an embedded quotation's lines, then
    "Caption: …" and "Credit: …" lines; also the older one-line form "Media: url
    (caption)"), or the last lines of its last paragraph when they are a "Media: <web
    address>" line followed only by Caption and Credit lines (typed after the text with
    one line break).  The text before is returned without trailing blanks.
    """
    head, _, last = summary.rstrip().rpartition("\n\n")
    lines, caption, credit = _trailing_labels(last.split("\n"))
    if lines[0].startswith(MEDIA):
        url = "\n".join([lines[0][len(MEDIA):], *lines[1:]]).strip()
        first, _, rest = url.partition(" ")
        if _LINK.fullmatch(first) and (rest.startswith("(") and rest.endswith(")")):
            caption = caption or rest[1:-1].strip()  # the older one-line form
            url = first
        if not url:
            return summary, None
        return head.rstrip(), Picture(url, caption, credit)
    if len(lines) < 2 or not lines[-1].startswith(MEDIA) \
            or not is_picture_address(lines[-1][len(MEDIA):]):
        return summary, None
    text = "\n".join(lines[:-1]).rstrip()
    body = f"{head}\n\n{text}" if head else text
    return body.rstrip(), Picture(lines[-1][len(MEDIA):].strip(), caption, credit)


def with_picture(body: str, picture: Picture | None) -> str:
    """``body`` (a summary without a picture) with ``picture`` as its last paragraph, in the
    form :func:`split_picture` reads back ("Media: …", then "Caption: …" and "Credit: …"
    when given, each on one line); ``body`` stripped when ``picture`` is None or has no
    address."""
    body = body.strip()
    if picture is None or not picture.url.strip():
        return body
    lines = [MEDIA + picture.url.strip()]
    for value, label in ((picture.caption, CAPTION), (picture.credit, CREDIT)):
        if value.strip():
            lines.append(label + " ".join(value.split()))
    paragraph = "\n".join(lines)
    return f"{body}\n\n{paragraph}" if body else paragraph
