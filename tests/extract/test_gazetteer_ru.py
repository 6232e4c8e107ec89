"""Russian forms of states: every case, adjectives, compounds, abbreviations and capitals as metonyms."""

from __future__ import annotations

import pytest

from accord.extract.gazetteer import find_mentions


def _codes(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.code) for m in find_mentions(text, "ru")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Казахстан", [("Казахстан", "KAZ")]),
        ("с Казахстаном", [("Казахстаном", "KAZ")]),
        ("казахстанский экспорт", [("казахстанский", "KAZ")]),
        ("Президент РК", [("РК", "KAZ")]),
        ("в РФ и КНР", [("РФ", "RUS"), ("КНР", "CHN")]),
        ("РУз и КР", [("РУз", "UZB"), ("КР", "KGZ")]),
        ("в Астане", [("Астане", "KAZ")]),
        ("в Кремле", [("Кремле", "RUS")]),
        ("в Акорде", [("Акорде", "KAZ")]),
        ("Южной Кореи", [("Южной Кореи", "KOR")]),
        ("Объединенных Арабских Эмиратов", [("Объединенных Арабских Эмиратов", "ARE")]),
        ("Саудовской Аравией", [("Саудовской Аравией", "SAU")]),
        ("Исламской Республики Иран", [("Исламской Республики Иран", "IRN")]),
        ("Кувейта и Омана", [("Кувейта", "KWT"), ("Омана", "OMN")]),
        ("Нидерландов", [("Нидерландов", "NLD")]),
        ("Шанхайской организации сотрудничества", [("Шанхайской организации сотрудничества", "IGO:SCO")]),
    ],
)
def test_russian_forms_of_states(text: str, expected: list[tuple[str, str]]) -> None:
    assert _codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("казахстанско-китайский", [("казахстанско", "KAZ"), ("китайский", "CHN")]),
        ("армяно-казахстанских", [("армяно", "ARM"), ("казахстанских", "KAZ")]),
        ("азербайджано-узбекские", [("азербайджано", "AZE"), ("узбекские", "UZB")]),
        ("туркмено-узбекский", [("туркмено", "TKM"), ("узбекский", "UZB")]),
        ("Монголо-российской", [("Монголо", "MNG"), ("российской", "RUS")]),
    ],
)
def test_a_compound_adjective_names_both_states(text: str, expected: list[tuple[str, str]]) -> None:
    assert _codes(text) == expected


@pytest.mark.parametrize("text", ["франко нашего склада", "Индивидуальный предприниматель", "Даниил Литвинов",
                                  "Венедикт Ерофеев", "Ригель"])
def test_words_that_only_look_like_states_are_not_states(text: str) -> None:
    assert _codes(text) == []


def test_an_ambiguous_abbreviation_counts_beside_another_state() -> None:
    assert _codes("Отчёт РА") == []
    assert _codes("Президенты РК и РА встретились.") == [("РК", "KAZ"), ("РА", "ARM")]


@pytest.mark.parametrize(("text", "code"), [
    ("переговоры с Эквадором", "ECU"), ("делегация Республики Зимбабве", "ZWE"), ("в Хараре", "ZWE"),
    ("посол Новой Зеландии", "NZL"), ("венесуэльская нефть", "VEN"), ("министр Кении", "KEN"),
    ("поставки с Кубы", "CUB"), ("в Аддис-Абебе", "ETH"),
])
def test_states_of_africa_latin_america_and_oceania_in_any_case(text: str, code: str) -> None:
    assert [c for _, c in _codes(text)] == [code]
