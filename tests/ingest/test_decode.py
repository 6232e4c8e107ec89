"""Decoding on the evidence of the bytes: stray bytes in UTF-8, mixed code pages, UTF-16 without a mark."""

from __future__ import annotations

import pytest

from accord.errors import InputError
from accord.ingest.decode import decode, safe_text

QUOTED = "The minister’s visit — “talks” went well.\n"


def test_a_few_bad_bytes_leave_a_utf8_file_utf8_and_are_counted() -> None:
    data = QUOTED.encode() * 3 + b"One stray \x92 byte and \xff another.\n"
    got = decode(data)
    assert got.text == QUOTED * 3 + "One stray \ufffd byte and \ufffd another.\n"
    assert (got.codec, got.replaced, got.legacy_lines) == ("utf-8", 2, 0)
    assert got.warnings == ("2 bytes that are not UTF-8 replaced with \ufffd",)


def test_lines_of_cp1251_among_utf8_lines_are_decoded_as_cp1251() -> None:
    russian = "Министр Пётр Иванов прибыл в Душанбе.\n"
    data = russian.encode("cp1251") + QUOTED.encode() + russian.encode("cp1251")
    got = decode(data)
    assert got.text == russian + QUOTED + russian
    assert (got.codec, got.legacy_lines, got.replaced) == ("cp1251", 2, 0)


def test_a_file_wholly_in_cp1251_is_decoded_whole() -> None:
    text = "Переговоры прошли в Душанбе.\nПётр\n"
    got = decode(text.encode("cp1251"))
    assert got.text == text
    assert got.warnings == ()


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_recognised(codec: str) -> None:
    for text in ("Talks in Dushanbe, it’s said.\n", "Переговоры прошли в Душанбе.\n"):
        assert decode(text.encode(codec)).text == text


def test_binary_with_zero_bytes_is_still_binary() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(bytes([0, 1, 0, 2, 0, 3, 0, 4]) * 100)


def test_safe_text_turns_surrogates_into_printable_characters() -> None:
    assert safe_text("caf\udce9.txt") == "caf\\xe9.txt"
    assert safe_text("a\ud800b") == "a\ufffdb"
    assert safe_text("plain") == "plain"
