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


KOREAN_WAR = (
    "The division of Korea and the Korean War\n\n"
    "Japan announced its surrender on 15 August 1945, ending its rule over Korea. Soviet "
    "troops entered the north of the peninsula days later. On 15 August 1948 the Republic "
    "of Korea was proclaimed in Seoul. North Korean forces crossed the 38th parallel on 25 "
    "June 1950, and South Korean forces fell back to Pusan by August 1950. The armistice "
    "was signed at Panmunjom on 27 July 1953.\n")


def test_a_history_that_names_both_apart_starts_its_own(window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """verify51 F23: a Korean War history telling of Japan's surrender and of the Republic
    of Korea went into the Korea-Japan sample by default: the parties named somewhere in
    the text, not in one event or the headline."""
    dialog = _review(window, qtbot, monkeypatch, KOREAN_WAR)
    assert dialog.table.rowCount() >= 1
    assert dialog.new_radio.isChecked()
