"""Amounts in the shapes the press writes them, and round trips of random amounts through them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accord.extract.indicators.numbers import find_quantities, page_currency, parse_figure


def _read(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in find_quantities(text) if not q.conversion]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("trade stood at about 500 $ million", [(500_000_000, "USD")]),
        ("it could reach 1 $ billion", [(1_000_000_000, "USD")]),
        ("turnover of $1.5bn", [(1_500_000_000, "USD")]),
        ("a loan of USD 4.235 billion", [(4_235_000_000, "USD")]),
        ("investment amounted to $282.5mln", [(282_500_000, "USD")]),
        ("trade passed €1 billion", [(1_000_000_000, "EUR")]),
        ("a target of US$30 billion", [(30_000_000_000, "USD")]),
        ("trade hit 7.46 billion USD", [(7_460_000_000, "USD")]),
        ("to 2 billion U.S. dollars", [(2_000_000_000, "USD")]),
        ("to 2 billion dollars", [(2_000_000_000, "USD")]),
        ("worth 40 billion yen", [(40_000_000_000, "JPY")]),
        ("a deal of KZT 120 billion", [(120_000_000_000, "KZT")]),
        ("a $5B plan and a $114m credit", [(5_000_000_000, "USD"), (114_000_000, "USD")]),
        ("grew by over 7%", [(7, "percent")]),
        ("a rise of 12 percent and 3.5 per cent", [(12, "percent"), (3.5, "percent")]),
        ("increase 2.5 times by 2030", [(2.5, "multiplier")]),
        ("a 3-fold rise", [(3, "multiplier")]),
        ("exports tripled while imports quadrupled", [(3, "multiplier"), (4, "multiplier")]),
        ("35,000 students", [(35_000, "count")]),
        ("more than 1,000 companies", [(1000, "count")]),
        ("139 enterprises", [(139, "count")]),
        ("nine documents and twenty-one projects", [(9, "count"), (21, "count")]),
        ("two billion dollars", [(2_000_000_000, "USD")]),
        ("Rs 5,000 crore", [(50_000_000_000, "INR")]),
        ("$1,5 billion", [(1_500_000_000, "USD")]),
        ("a deal for ¥45 billion", [(45_000_000_000, "JPY")]),
        ("a KSh 12 billion road", [(12_000_000_000, "KES")]),
        ("turnover of 3,2 mlrd", [(3_200_000_000, "count")]),
        ("sales of N2.5 trillion", [(2_500_000_000_000, "NGN")]),
        ("a R40 billion plan", [(40_000_000_000, "ZAR")]),
    ],
)
def test_shapes(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


def test_a_parenthetical_conversion_is_the_same_figure() -> None:
    qs = find_quantities("trade of US$30 billion (1 trillion baht) by 2027")
    assert [(q.value, q.unit, q.conversion) for q in qs] == [
        (30_000_000_000, "USD", False),
        (1_000_000_000_000, "THB", True),
    ]


def test_offsets_cover_the_currency_sign() -> None:
    text = "rose to $1.6 billion in 2011"
    (q,) = find_quantities(text)
    assert text[q.start:q.end] == "$1.6 billion"


@pytest.mark.parametrize(
    "text",
    [
        "in 2024 and in 1998",  # years
        "the 15th session on 19.12.2024 at 11:00",  # ordinal, numeric date, clock time
        "the G20 summit and COVID-19 rules, 5G networks",  # figures glued to words
        "on 12/05 they met",
    ],
)
def test_not_amounts(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("exports grew by a fifth", [(20, "percent")]),
        ("imports fell by half last year", [(50, "percent")]),
        ("about a third of the cargo", [(33.3, "percent")]),
        ("two-thirds of the investment", [(66.7, "percent")]),
        ("trade rose a quarter, to $2 billion", [(25, "percent"), (2e9, "USD")]),
        # words, not amounts
        ("shipments to a third country", []),
        ("in the first half of the year", []),
        ("a quarter century ago", []),
    ],
)
def test_fractions_are_percentages(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lower bound of a range borrows the scale and currency of the upper one
        ("trade of $6-7 billion", [(6e9, "USD", True), (7e9, "USD", False)]),
        ("between €2 and €4 million", [(2e6, "EUR", True), (4e6, "EUR", False)]),
        ("growth of 3 to 5 percent", [(3, "percent", True), (5, "percent", False)]),
        ("from 40 to 60 firms", [(40, "count", False), (60, "count", False)]),
        # a year before "to" is no lower bound
        ("it rose in 2021 to $9 billion", [(9e9, "USD", False)]),
    ],
)
def test_ranges(text: str, expected: list[tuple[float, str, bool]]) -> None:
    assert [(q.value, q.unit, q.lower_bound) for q in find_quantities(text)] == expected


def test_a_glued_letter_is_a_currency_only_with_a_scale() -> None:
    assert _read("N95 masks and R2 grade") == []


def test_a_letter_scale_needs_a_currency() -> None:
    # "5m" alone is five metres as often as five million
    assert _read("a 5m wall") == []


def test_parse_figure() -> None:
    assert parse_figure("35,000") == Decimal(35000)
    assert parse_figure("4.235") == Decimal("4.235")
    assert parse_figure("1,5") == Decimal("1.5")
    assert parse_figure("1,234,567.25") == Decimal("1234567.25")
    assert parse_figure("eleven") == Decimal(11)
    assert parse_figure("12,34,5") is None


_SCALES = {"million": 10**6, "billion": 10**9, "trillion": 10**12}
_SHORT = {"million": ["mln", "m"], "billion": ["bn", "B"], "trillion": ["tn"]}
_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999.99"), places=2).map(
    lambda d: d.normalize() if d == d.to_integral_value() else d
)


def _plain(d: Decimal) -> str:
    return format(d, "f")


@given(amount=amounts, scale=st.sampled_from(list(_SCALES)), shape=st.integers(0, 6))
def test_money_round_trip(amount: Decimal, scale: str, shape: int) -> None:
    figure = _plain(amount)
    short = _SHORT[scale][shape % len(_SHORT[scale])]
    text = [
        f"${figure}{short}",
        f"{figure} $ {scale}",
        f"USD {figure} {scale}",
        f"{figure} {scale} USD",
        f"{figure} {scale} U.S. dollars",
        f"US${figure} {scale}",
        f"{figure} {scale} dollars",
    ][shape]
    (q,) = find_quantities(f"Trade reached {text} last year.")
    assert q.unit == "USD"
    assert q.value == pytest.approx(float(amount * _SCALES[scale]))


@given(n=st.integers(min_value=1000, max_value=10**12))
def test_grouped_counts_round_trip(n: int) -> None:
    (q,) = find_quantities(f"There are {n:,} firms.")
    assert (q.value, q.unit) == (n, "count")


@given(amount=amounts, sign=st.sampled_from(["%", " percent", " per cent"]))
def test_percent_round_trip(amount: Decimal, sign: str) -> None:
    (q,) = find_quantities(f"Trade grew by {_plain(amount)}{sign} in 2023.")
    assert (q.value, q.unit) == (pytest.approx(float(amount)), "percent")


def _words(n: int) -> str:
    if n < 10:
        return _ONES[n - 1]
    if n < 20:
        return _TEENS[n - 10]
    tens, ones = divmod(n, 10)
    return _TENS[tens - 2] + (f"-{_ONES[ones - 1]}" if ones else "")


@given(n=st.integers(min_value=2, max_value=99))
def test_number_words_round_trip(n: int) -> None:
    (q,) = find_quantities(f"They signed {_words(n)} documents.")
    assert (q.value, q.unit) == (n, "count")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # currency names with their country, from Babel's English names
        ("sales of 48.5 million Omani rials", [(48_500_000, "OMR")]),
        ("a fee of 12,000 Chilean pesos", [(12_000, "CLP")]),
        ("worth 3 billion Kazakhstani tenge", [(3_000_000_000, "KZT")]),
        # a code or an abbreviation glued to the figure
        ("exports of GBP35.2 million", [(35_200_000, "GBP")]),
        ("a deal worth QR2.1bn", [(2_100_000_000, "QAR")]),
        ("a pledge of KD 40 million", [(40_000_000, "KWD")]),
        # a scale letter after a hyphen
        ("a USD7-B goal", [(7_000_000_000, "USD")]),
    ],
)
def test_currencies_named_glued_or_abbreviated(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


def test_a_glued_code_must_be_a_currency() -> None:
    assert _read("the XYZ123 convoy and model ABC45") == []


def test_a_sign_several_states_share_takes_the_currency_of_the_state_named() -> None:
    [sh] = find_quantities("Sh40 billion")
    assert (sh.value, sh.unit) == (40e9, "KES")  # the first reading, until the states are known
    assert sh.for_states(["UGA", "RWA"]).unit == "UGX"
    assert sh.for_states(["KEN", "TZA"]).unit == "KES"  # two shilling states: the order of the lexicon
    assert sh.for_states(["FRA"]).unit == "KES"
    [rs] = find_quantities("Rs 300 crore")
    assert rs.for_states(["CHN", "PAK"]).unit == "PKR"
    [ksh] = find_quantities("KSh 3 billion")
    assert ksh.for_states(["UGA"]).unit == "KES"  # an unambiguous sign keeps its currency


def test_a_currency_word_several_states_use_takes_the_currency_of_the_state_named() -> None:
    [dirhams] = find_quantities("exports worth 7.5 billion dirhams")
    assert dirhams.for_states(["MAR", "SEN"]).unit == "MAD"
    assert dirhams.for_states(["FRA"]).unit == "AED"
    [riyals] = find_quantities("a fund of 300 million riyals")
    assert riyals.for_states(["QAT", "IND"]).unit == "QAR"
    [named] = find_quantities("a fund of 300 million Qatari riyals")
    assert named.for_states(["SAU"]).unit == "QAR"  # the country's adjective already told
    [manats] = find_quantities("loans of 85 million manats")
    assert manats.for_states(["AZE", "GRC"]).unit == "AZN"
    assert manats.for_states(["TKM", "BLR"]).unit == "TMT"


def test_a_larger_scale_after_a_scale_multiplies_it_and_jordanian_dinars() -> None:
    assert _read("projects worth ₹3.4 lakh crore") == [(3.4e12, "INR")]
    assert _read("a budget of 7 thousand crore rupees") == [(7e10, "INR")]
    assert _read("about JD 75 mln last year") == [(75e6, "JOD")]


def test_currency_words_of_several_states_and_the_press_calques() -> None:
    # written by hand: a bare currency word several states use takes the currency of the state named
    [crowns] = find_quantities("exports of 3.1 billion Swedish crowns")
    assert (crowns.value, crowns.unit) == (3.1e9, "SEK")  # the calque of Babel's "Swedish kronor"
    [czech] = find_quantities("a 900 million Czech crowns loan")
    assert czech.unit == "CZK"
    [cfa] = find_quantities("trade reached 42 billion CFA francs")
    assert cfa.for_states(["CMR", "TCD"]).unit == "XAF"  # Central Africa's franc, not West Africa's
    assert cfa.for_states(["CIV", "MLI"]).unit == "XOF"
    [lei] = find_quantities("a grant of 75 million lei")
    assert lei.for_states(["MDA", "UKR"]).unit == "MDL"
    [kwacha] = find_quantities("4.5 billion kwacha")
    assert kwacha.for_states(["MWI", "MOZ"]).unit == "MWK"
    assert _read("credits worth 12 billion forints") == [(12e9, "HUF")]
    assert find_quantities("the crown prince arrived") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("imports of 31 billions of francs CFA", [(31e9, "XOF")]),
        ("a rise of 14 per hundred", [(14, "percent")]),
        ("it has made 212,6 million dollars USA", [(212.6e6, "USD")]),
    ],
)
def test_the_shapes_a_machine_translation_writes_amounts_in(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a deal worth 4 thousand 250 millions of dollars", [(4.25e9, "USD")]),
        ("to reach 7 thousand millions of euros", [(7e9, "EUR")]),
        ("exports of 2 thousand 45 million euro", [(2.045e9, "EUR")]),
    ],
)
def test_thousands_of_millions_are_one_figure(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the turnover has made 64,3 mln. dollars USA, a rise", [(64.3e6, "USD")]),
        ("imports totalled 211.7 mil. EUR (-4.1%)", [(211.7e6, "EUR"), (4.1, "percent")]),
        ("exports reached 3,2 bln. tenge in May", [(3.2e9, "KZT")]),
    ],
)
def test_the_point_of_an_abbreviated_scale_leads_to_its_currency(text: str, expected: list[tuple[float, str]]
                                                                  ) -> None:
    assert _read(text) == expected


def test_a_sentence_ending_after_an_abbreviated_scale_names_no_currency() -> None:
    assert _read("The port handled 4 mln. The rest went by rail.") == [(4e6, "count")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("about 9 billion leones a year", [(9e9, "SLE")]),
        ("a loan of 2.3 billion ouguiyas", [(2.3e9, "MRU")]),
        ("sales of 640 million kwanzas", [(640e6, "AOA")]),
        ("a fund of 450 billion FCFA", [(450e9, "XOF")]),
    ],
)
def test_the_bare_word_of_a_currency_only_one_state_uses(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


def test_an_ordinary_word_that_ends_a_currency_name_is_no_currency() -> None:
    assert _read("sales crossed the 2 billion mark") == [(2e9, "count")]
    [fcfa] = find_quantities("a grant of 12 billion FCFA")
    assert fcfa.for_states(["GAB", "COG"]).unit == "XAF"


def test_of_after_a_scale_leads_to_a_currency_only() -> None:
    assert _read("about 2 million of the residents") == [(2e6, "count")]


@pytest.mark.parametrize(
    ("text", "code", "sign"),
    [
        ("Note: all amounts are in Jamaican dollars.", "JMD", None),
        ("Values are in Fiji dollars (FJ$), at current prices.", "FJD", "FJ$"),
        ("All figures are expressed in Zambian kwacha (K).", "ZMW", "K"),
        ("Values are in Ghana cedis.", "GHS", None),
        # a note giving the code of a currency, not its sign: the page writes the first letter of its word
        ("Figures are in Malawian kwacha (MWK).", "MWK", "K"),
    ],
)
def test_a_pages_note_names_the_currency_of_its_sums(text: str, code: str, sign: str | None) -> None:
    page = page_currency(text)
    assert page is not None and (page.code, page.sign) == (code, sign)


def test_a_note_naming_no_currency_is_none() -> None:
    assert page_currency("All figures are in line with the forecast of the ministry.") is None


def test_the_letter_a_page_names_for_its_currency_stands_for_it_and_a_dollar_sign_stays_dollars() -> None:
    text = "Exports reached $12.4 million and imports K2.1 billion. Values are in Zambian kwacha (K)."
    page = page_currency(text)
    assert [(q.value, q.unit) for q in find_quantities(text, "en", page)] == [(12.4e6, "USD"), (2.1e9, "ZMW")]


def test_a_bare_dollar_sign_is_the_dollar_a_page_says_its_sums_are_in() -> None:
    text = "Exports reached $12.4 million, imports $9.8 million. Figures are in Jamaican dollars."
    page = page_currency(text)
    assert [(q.value, q.unit) for q in find_quantities(text, "en", page)] == [(12.4e6, "JMD"), (9.8e6, "JMD")]


def test_a_dollar_sign_stays_us_dollars_on_a_page_of_euros() -> None:
    text = "Exports reached $12.4 million. All figures are in euros."
    assert [(q.value, q.unit) for q in find_quantities(text, "en", page_currency(text))] == [(12.4e6, "USD")]


def test_a_currencys_name_before_a_figure_needs_no_sign_but_a_year_after_it_is_no_sum() -> None:
    assert _read("exports of US dollars 740 million") == [(740e6, "USD")]
    assert _read("prices in U.S. dollars 2021") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural scale after a point-grouped figure: the page's points group thousands, in every sum
        ("Peru sold Ecuador goods for 2.314 millions of dollars; Ecuadorian sales came to 870 million dollars "
         "and to 1.090 million dollars a year before",
         [(2.314e9, "USD"), (870e6, "USD"), (1.09e9, "USD")]),
        ("loans of 3.600 million of euros", [(3.6e9, "EUR")]),
    ],
)
def test_a_page_that_groups_thousands_with_points(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


def test_an_english_page_keeps_its_decimal_points() -> None:
    assert _read("exports of 2.314 million dollars and 4.250 billion euros") == [(2.314e6, "USD"), (4.25e9, "EUR")]


def test_a_capital_scale_after_a_space_scales_a_sum() -> None:
    assert _read("shipments to Peru reached US$ 74.5 M in May, and Bolivia's reached $ 3 B") == [
        (74.5e6, "USD"), (3e9, "USD")]
    assert _read("a fine of $5 m") == [(5, "USD")]  # a lower-case letter after a space is no scale


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("exchanges of 3 475 billions FCFA", [(3_475_000_000_000, "XOF")]),
        ("came to 57 902,4 thousand US dollars", [(57_902_400, "USD")]),
        ("reached 1 000 billion francs CFA", [(1_000_000_000_000, "XOF")]),
        # spaces group thousands only before a scale word: a year, a count after it are figures of their own
        ("in 2023 450 companies", [(450, "count")]),
        ("rooms 12 300 and 14", [(12, "count"), (300, "count"), (14, "count")]),
    ],
)
def test_thousands_grouped_by_spaces_before_a_scale(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("worth FJ$31.5 million", [(31_500_000, "FJD")]),
        ("about BDS$14 million", [(14_000_000, "BBD")]),
        ("put at GY$2.7bn", [(2_700_000_000, "GYD")]),
        ("sold VT 820 million of kava", [(820_000_000, "VUV")]),
        ("N$6.1 billion and J$3 billion", [(6_100_000_000, "NAD"), (3_000_000_000, "JMD")]),
    ],
)
def test_the_dollar_signs_of_small_states(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


def test_the_first_letter_of_a_currency_a_note_names_by_its_code_stands_for_it() -> None:
    text = "Exports reached P3.2 billion and imports $40 million. Values are in Botswana Pula (BWP)."
    page = page_currency(text)
    assert [(q.value, q.unit) for q in find_quantities(text, "en", page)] == [(3.2e9, "BWP"), (40e6, "USD")]
