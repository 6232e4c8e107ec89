"""Amounts a translation carries into English in the conventions of another language: points that
group thousands, decimal commas, continental scale words. Which convention a figure follows is told by
its own shape and by how the rest of the page writes figures."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accord.extract.indicators.numbers import find_quantities


def _read(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in find_quantities(text) if not q.conversion]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a page that writes decimal commas writes its points for thousands
        # (a sum whose currency is left out is a count here: the sentence's reader carries the currency)
        ("Copper made up 1,3 thousand million of the 2.145 million dollars Chile sold to Peru.",
         [(1.3e9, "count"), (2.145e9, "USD")]),
        ("Two-way commerce totalled 4.610 million euros, 7,5% more than a year before.",
         [(4.61e9, "EUR"), (7.5, "percent")]),
        ("Imports stood at 12,8 billion euros in 2022 against 9.450 million euros in 2021.",
         [(12.8e9, "EUR"), (9.45e9, "EUR")]),
        ("Portuguese investment in Angola rose 3,2 percent to 1.275 million dollars.",
         [(3.2, "percent"), (1.275e9, "USD")]),
        ("Uruguay bought goods for 6.030 million dollars, or 41,07 per cent of the total.",
         [(6.03e9, "USD"), (41.07, "percent")]),
        ("Exports to Mexico (1.118 million euros) fell, while imports reached 2,4 billion euros.",
         [(1.118e9, "EUR"), (2.4e9, "EUR")]),
    ],
)
def test_a_page_of_decimal_commas_groups_thousands_with_points(text: str, expected: list[tuple[float, str]]
                                                                ) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # groups of zeros after a point are thousands whatever the page: no writer gives '25.000' for 25
        ("holdings valued at near 25.000 million euros", [(25e9, "EUR")]),
        ("Brazil expects some 7.000 million dollars of purchases", [(7e9, "USD")]),
        ("a fund of 1.000 million euros", [(1e9, "EUR")]),
        ("a grant of 3.000 million yen", [(3e9, "JPY")]),
    ],
)
def test_point_groups_of_zeros_before_a_scale_are_thousands(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an English page keeps its decimal points: no decimal comma, no group of zeros
        ("exports of 2.145 million dollars and a rise of 7.5%", [(2.145e6, "USD"), (7.5, "percent")]),
        ("a credit line of US$1.236 billion, up 3.25 percent", [(1.236e9, "USD"), (3.25, "percent")]),
        # a comma before three digits groups thousands, as English writes them: no decimal comma
        ("Rs 1,337 billion and 4.250 billion euros", [(1.337e12, "INR"), (4.25e9, "EUR")]),
    ],
)
def test_an_english_page_keeps_its_points_decimal(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Austria's purchases dropped to 41,6 Mrd. Euro", [(41.6e9, "EUR")]),
        ("a turnover put at 1 380 Mrd. Euro for the year", [(1.38e12, "EUR")]),
        ("a plant worth 450 Mio. Euro", [(450e6, "EUR")]),
        ("Polish firms invested 2,5 Mrd. Dollar there", [(2.5e9, "USD")]),
        ("a loan of 3 milliards euros", [(3e9, "EUR")]),
        ("trade of 5,7 milliard dollars", [(5.7e9, "USD")]),
    ],
)
def test_continental_scale_words_a_translation_keeps(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


@given(st.integers(1, 999), st.integers(0, 999), st.integers(1, 9), st.sampled_from(["million", "billion"]))
def test_a_point_grouped_sum_on_a_decimal_comma_page_is_its_english_twin(
        head: int, tail: int, tenth: int, scale: str) -> None:
    factor = {"million": 1e6, "billion": 1e9}[scale]
    continental = f"Trade came to {head}.{tail:03d} {scale} euros, up {tenth},5% on the year."
    english = f"Trade came to {head},{tail:03d} {scale} euros, up {tenth}.5% on the year."
    expected = [((head * 1000 + tail) * factor, "EUR"), (tenth + 0.5, "percent")]
    for text in (continental, english):
        read = _read(text)
        assert [unit for _, unit in read] == [unit for _, unit in expected]
        assert [value for value, _ in read] == pytest.approx([value for value, _ in expected])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure said in words right before a scale word
        ("The presidents hope commerce will climb to half a billion dollars inside four years.",
         [(5e8, "USD"), (4.0, "count")]),
        ("The shared target is roughly half a billion euros by 2031.", [(5e8, "EUR")]),
        ("Exports could reach a quarter of a billion dollars.", [(2.5e8, "USD")]),
        ("Trade has passed one billion dollars for the first time.", [(1e9, "USD")]),
        ("Investment reached three quarters of a billion pounds.", [(7.5e8, "GBP")]),
        ("Imports topped one million tonnes of grain.", [(1e6, "count")]),
        # a whole figure joined to the fraction is one figure, not half a billion
        ("Sales could climb to one and a half billion dollars.", [(1.5e9, "USD")]),
        ("Remittances were two and a half billion euros in 2022.", [(2.5e9, "EUR")]),
        ("The port handles four and a half million tonnes.", [(4.5e6, "count")]),
        # ('a billion-dollar plant' is the size of a thing; 'a billion dollars' a round mark)
        ("They opened a billion-dollar plant.", []),
        ("Commerce has hovered under a billion dollars for a decade.", []),
        # 'bil': the scale as the Malaysian and Philippine press abbreviate it
        ("Shipments came to US$7.8 bil in 2023 and RM2.6 bil in January alone.",
         [(7.8e9, "USD"), (2.6e9, "MYR")]),
    ],
)
def test_a_figure_said_in_words_or_abbreviated_before_a_scale(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected
