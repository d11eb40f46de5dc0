"""Over the untouched sample, an article about what the sample is about (both parties its
name names) is added to it by default (verify34, F3: a history teacher building his class
timeline from the Korea–Japan sample had to notice "Start a new timeline" chosen at the
bottom of the review); an article about other parties, or the sample's own article read
again (every row a likely duplicate), still starts a timeline of its own."""

from __future__ import annotations

from test_import_into_sample import _import as _review

KOREA_JAPAN = (
    "South Korea and Japan agree to resume shuttle diplomacy\n\n"
    "SEOUL, Aug 23, 2019 (Yonhap) - South Korea said on Thursday it would end its "
    "military intelligence-sharing pact with Japan, escalating a row over trade curbs "
    "that Japan imposed on July 4.\n"
    "Japan's Foreign Minister Taro Kono summoned South Korea's ambassador on Friday.\n")

JAPAN_CHINA = (
    "China and Japan hold talks in Beijing\n\n"
    "BEIJING, Dec 24, 2019 (Reuters) - Chinese President Xi Jinping met Japanese Prime "
    "Minister Shinzo Abe in Beijing on Monday, and the two leaders agreed to work toward "
    "a visit by Xi to Japan in the spring.\n")


def test_a_korea_japan_article_joins_the_untouched_korea_japan_sample(window, qtbot,
                                                                     monkeypatch):
    assert window.document.path is None and not window.document.is_modified
    dialog = _review(window, qtbot, monkeypatch, KOREA_JAPAN)
    assert dialog.table.rowCount() >= 1
    assert dialog.add_radio.isChecked()
    assert not dialog.outcome().new_timeline


def test_an_article_on_other_parties_starts_its_own(window, qtbot, monkeypatch):
    dialog = _review(window, qtbot, monkeypatch, JAPAN_CHINA)
    assert dialog.table.rowCount() >= 1
    assert dialog.new_radio.isChecked()
