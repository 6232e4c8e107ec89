"""Property tests: the cleaner never fails on any text, and never writes a line the input lacks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.clean.text import clean_text
from accord.ingest.decode import decode

_LINES = st.lists(
    st.one_of(st.text(max_size=200), st.sampled_from([
        "The ministers met in Astana on Monday to discuss trade and transport links between the two countries.",
        "Share", "Comments (0)", "", "   ", "© 2024 News", "Read more:", "12 March 2024",
    ])),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(_LINES, st.sampled_from([None, "en", "ru"]))
def test_any_text_is_cleaned_into_lines_of_the_input(lines: list[str], lang: str | None) -> None:
    raw = "\n".join(lines)
    page = clean_text(raw, lang)
    for paragraph in page.paragraphs:
        for line in paragraph.split("\n"):
            assert line in raw
    assert page.title is None or isinstance(page.title, str)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_decode_to_text_or_fail_with_a_reason(data: bytes) -> None:
    from accord.errors import InputError

    try:
        decoded = decode(data)
    except InputError as exc:
        assert str(exc)
        return
    page = clean_text(decoded.text, None)
    for paragraph in page.paragraphs:
        for line in paragraph.split("\n"):
            assert line in decoded.text
