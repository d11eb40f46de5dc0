"""Sentence splitting keeps offsets and copes with abbreviations, headings and bullets."""

from pathlib import Path

from timeline_app.extract.sentences import split_sentences

SEED = Path(__file__).resolve().parents[2] / "resources" / "seed-article.txt"


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_offsets_point_into_the_text() -> None:
    text = SEED.read_text(encoding="utf-8")
    for seg in split_sentences(text):
        assert text[seg.start:seg.end] == seg.text


def test_abbreviations_do_not_end_sentences() -> None:
    assert texts("Mr. Smith met Gen. Lee on Jan. 5 in Washington. Then he left.") == [
        "Mr. Smith met Gen. Lee on Jan. 5 in Washington.",
        "Then he left.",
    ]


def test_initialisms_end_a_sentence_only_before_a_sentence_starter() -> None:
    assert texts("He praised the U.S. Senate and the U.N. mission. It was late.") == [
        "He praised the U.S. Senate and the U.N. mission.",
        "It was late.",
    ]
    assert texts("Talks with the U.S. The next day they flew home.") == [
        "Talks with the U.S.",
        "The next day they flew home.",
    ]


def test_initials_of_a_name_do_not_end_sentences() -> None:
    assert texts("John F. Kennedy visited Berlin. He spoke.") == [
        "John F. Kennedy visited Berlin.", "He spoke."]


def test_headings_and_bullets_are_segments_of_their_own() -> None:
    text = "Ministers Meet in Tokyo\nKey Takeaways\n- Talks since 2023.\n* More talks\nBody text. More."
    segs = split_sentences(text)
    assert [(s.kind, s.text) for s in segs] == [
        ("heading", "Ministers Meet in Tokyo"),
        ("heading", "Key Takeaways"),
        ("bullet", "Talks since 2023."),
        ("bullet", "More talks"),
        ("sentence", "Body text."),
        ("sentence", "More."),
    ]
    assert [s.paragraph for s in segs] == [0, 1, 2, 3, 4, 4]


def test_quotes_and_question_marks() -> None:
    assert texts('"We agreed." He said so? Yes!') == ['"We agreed."', "He said so?", "Yes!"]


def test_empty_text() -> None:
    assert split_sentences("") == []
    assert split_sentences("\n \n") == []


def test_overlong_sentences_are_cut_at_a_blank_into_bounded_pieces() -> None:
    from timeline_app.extract.sentences import MAX_SEGMENT_CHARS, bound_segments

    text = "The ministers met, " * 200 + "and parted."
    pieces = bound_segments(split_sentences(text), text)
    assert len(pieces) > 1
    for s in pieces:
        assert len(s.text) <= MAX_SEGMENT_CHARS and text[s.start:s.end] == s.text
        assert s.text.endswith(",") or s.text.endswith(".")  # cut after a comma
    assert "".join(text[s.start:s.end] for s in pieces).replace(" ", "") == text.replace(" ", "")
    short = split_sentences("One. Two.")
    assert bound_segments(short, "One. Two.") == short


def test_a_line_of_many_sentences_and_initials_splits_fast() -> None:
    text = "a." * 50_000 + " Then it ended. " + "The ministers met. " * 5_000
    assert len(split_sentences(text)) > 5_000  # quadratic before: a slice per full stop


def test_the_spanish_agencies_dateline_end_dot_dash_ends_the_dateline() -> None:
    # EFE, Europa Press, Notimex: 'City, Mon D (AGENCY).- The ...'
    assert texts("Madrid, Mar 3 (Europa Press).- The ministers met on Monday.") == [
        "Madrid, Mar 3 (Europa Press).", "The ministers met on Monday."]
    # a dash that is not the '.-' convention stays inside the sentence
    assert texts("He left at 5 p.m.-ish, late. Then it ended.") == [
        "He left at 5 p.m.-ish, late.", "Then it ended."]


def test_an_agency_sign_off_after_the_last_sentence_is_a_segment_of_its_own() -> None:
    # KUNA '(end) ah.gb', Yonhap '(END)': the line is sentences, not a heading
    segs = split_sentences("Title line\nThe embassy reopened in 2008. (end) ah.gb\n")
    assert [(s.kind, s.text) for s in segs] == [
        ("heading", "Title line"), ("sentence", "The embassy reopened in 2008."),
        ("sentence", "(end) ah.gb")]
    assert texts("They met in Seoul. (END)") == ["They met in Seoul.", "(END)"]
    # a bracket with a lower-case word after a full stop is no sentence start otherwise
    assert texts("They met in Seoul. (see above) and left.") == [
        "They met in Seoul. (see above) and left."]
