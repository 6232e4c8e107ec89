"""Frictions in the Russian press: envoys summoned and notes of protest handed, programmes frozen and
imports barred, envoys recalled, vessels detained, decisions branded unfounded, threats; and what only
looks like one (a measure not taken, a note on a treaty's procedures)."""

from __future__ import annotations

import pytest

from accord.document import CleanDocument
from accord.extract import extract_one
from accord.extract.analysis import analyse
from accord.facts import Extraction


def extracted_ru(text: str, published: str = "2025-06-12") -> Extraction:
    doc = CleanDocument(doc="t.txt", source="t.txt", text=text, language="ru", published=published)
    [a] = analyse([doc])
    assert a is not None
    return extract_one(a)


def typed(text: str) -> dict[str, list[str]]:
    """Each event type the text tells, with its pair."""
    return {e.type: sorted(e.countries) for e in extracted_ru(text).events}


@pytest.mark.parametrize(("text", "pair"), [
    ("МИД Эстонии в понедельник вызвал посла Белоруссии и выразил ему решительный протест.", ["BLR", "EST"]),
    ("Министерство иностранных дел Польши вызвало временного поверенного в делах Венгрии.", ["HUN", "POL"]),
    ("Посол Чехии был вызван в министерство иностранных дел Словакии.", ["CZE", "SVK"]),
    ("Заместитель министра иностранных дел Армении вручил послу Азербайджана ноту протеста.", ["ARM", "AZE"]),
    ("Казахстан направил Киргизии ноту протеста в связи с задержанием грузовиков на границе.", ["KAZ", "KGZ"]),
    ("Сербия заявила Хорватии решительный протест из-за ареста своего гражданина.", ["HRV", "SRB"]),
    ("Правительство Болгарии осудило решение Северной Македонии о закрытии пункта пропуска.", ["BGR", "MKD"]),
])
def test_a_summoned_envoy_or_a_protest_handed_is_a_protest(text: str, pair: list[str]) -> None:
    assert typed(text).get("PROTEST") == pair


@pytest.mark.parametrize(("text", "pair"), [
    ("Финляндия приостановила финансирование программ с участием российских организаций.", ["FIN", "RUS"]),
    ("Правительство Нидерландов заморозило программы помощи Грузии на сумму 3 млн евро.", ["GEO", "NLD"]),
    ("Ветеринарная служба России ограничила ввоз яблок из Молдавии.", ["MDA", "RUS"]),
    ("Китай запретил импорт японских морепродуктов.", ["CHN", "JPN"]),
    ("Литва отозвала своего посла из Китая для консультаций.", ["CHN", "LTU"]),
    ("Латвия прекратила транзит белорусских удобрений через свои порты.", ["BLR", "LVA"]),
])
def test_programmes_frozen_imports_barred_and_envoys_recalled_are_sanctions(text: str, pair: list[str]) -> None:
    assert typed(text).get("SANCTION") == pair


@pytest.mark.parametrize(("text", "pair"), [
    ("Береговая охрана Японии задержала китайское рыболовецкое судно.", ["CHN", "JPN"]),
    ("Пограничники Эстонии задержали российский траулер у острова Сааремаа.", ["EST", "RUS"]),
    ("Турецкий танкер задержан военно-морскими силами Ирана в Ормузском проливе.", ["IRN", "TUR"]),
    # the vessel, after the verb, read as a second subject
    ("Корейская береговая охрана в среду задержала у острова Чеджу китайский траулер «Лю Хай» с 9 членами "
     "экипажа.", ["CHN", "KOR"]),
])
def test_a_vessel_detained_is_coercion(text: str, pair: list[str]) -> None:
    assert typed(text).get("COERCE") == pair


@pytest.mark.parametrize(("text", "pair"), [
    ("Министр экономики Ирана назвал решение Турции необоснованным и политически мотивированным.", ["IRN", "TUR"]),
    ("Президент Венесуэлы назвал высылку своих дипломатов из Аргентины провокацией.", ["ARG", "VEN"]),
])
def test_a_decision_branded_unfounded_is_an_accusation(text: str, pair: list[str]) -> None:
    assert typed(text).get("ACCUSE") == pair


@pytest.mark.parametrize(("text", "pair"), [
    ("Глава МИД Венгрии пригрозил заблокировать помощь Украине.", ["HUN", "UKR"]),
    ("Министр сельского хозяйства Белоруссии пригрозил запретить ввоз польских яблок.", ["BLR", "POL"]),
])
def test_a_measure_threatened_is_a_threat_not_the_measure(text: str, pair: list[str]) -> None:
    found = typed(text)
    assert found.get("THREATEN") == pair
    assert "SANCTION" not in found


@pytest.mark.parametrize("text", [
    "Словакия не выслала чешских дипломатов, несмотря на призывы оппозиции.",
    "Казахстан не стал вводить запрет на ввоз узбекских овощей.",
    "Правительство Литвы не будет приостанавливать транзит грузов в Белоруссию.",
])
def test_a_measure_not_taken_is_no_event(text: str) -> None:
    found = typed(text)
    assert "SANCTION" not in found


@pytest.mark.parametrize("text", [
    "МИД Казахстана направил Узбекистану ноту о выполнении внутригосударственных процедур.",
    "Вспышка птичьего гриппа в Польше вызвала рост цен на яйца в Литве.",
    "Правительство Турции ввело запрет на ввоз армянских товаров.",
])
def test_a_note_on_procedures_a_cause_and_a_ban_are_no_protest_nor_cooperation(text: str) -> None:
    found = typed(text)
    assert "PROTEST" not in found
    assert "COOPERATE" not in found


@pytest.mark.parametrize("text", [
    "Министерство иностранных дел Латвии во вторник вызвало временного поверенного в делах Белоруссии в Риге "
    "Олега Котова.",
    "Посольство Армении во Франции направило в МИД республики ноту протеста.",
    "МИД Румынии вызвал посла Венгрии Андраша Ковача и вручил ему ноту протеста.",
])
def test_one_summons_is_one_protest_of_the_summoning_side(text: str) -> None:
    protests = [e for e in extracted_ru(text).events if e.type == "PROTEST"]
    assert len(protests) == 1


@pytest.mark.parametrize("text", [
    "Министр торговли Грузии назвал решение Армении «необоснованным и политически мотивированным».",
    "Премьер-министр Словакии назвал высылку словацкого дипломата из Украины недружественным шагом.",
])
def test_a_verdict_in_quotes_or_as_a_noun_phrase_is_an_accusation(text: str) -> None:
    assert "ACCUSE" in typed(text)


@pytest.mark.parametrize("text", [
    "Посол Грузии приглашен в МИД Армении для консультаций.",
    "Временного поверенного в делах Литвы пригласили в МИД Белоруссии для беседы.",
    "Посол Эстонии был вызван в министерство иностранных дел России для консультаций.",
])
def test_an_envoy_called_in_for_consultations_held_no_talks(text: str) -> None:
    assert "CONSULT" not in typed(text)


@pytest.mark.parametrize(("text", "pair"), [
    ("Германия выделяет Молдавии новый пакет помощи на 30 млн евро.", ["DEU", "MDA"]),
    ("Дания предоставляет Украине пакет военной помощи на 2 млрд крон.", ["DNK", "UKR"]),
    ("Казахстан направляет в Киргизию гуманитарную помощь для пострадавших от паводков.", ["KAZ", "KGZ"]),
    ("Япония выделила Монголии грант в размере 5 млн долларов.", ["JPN", "MNG"]),
])
def test_aid_given_in_either_aspect_is_aid(text: str, pair: list[str]) -> None:
    assert typed(text).get("AID") == pair


def test_aid_ended_is_no_aid() -> None:
    assert "AID" not in typed("Швеция прекратила помощь Зимбабве после выборов.")


@pytest.mark.parametrize("text", [
    "МИД Литвы в пятницу вызвал посла Белоруссии.\n\nВстреча продолжалась около получаса.",
    "Министерство иностранных дел Польши вызвало посла Венгрии. Встреча в здании министерства длилась "
    "двадцать минут.",
])
def test_a_bare_meeting_on_the_day_of_a_summons_is_the_summons(text: str) -> None:
    found = typed(text)
    assert "PROTEST" in found
    assert "CONSULT" not in found


@pytest.mark.parametrize(("text", "pair"), [
    ("Министр иностранных дел Белоруссии пригрозил Литве ответными мерами.", ["BLR", "LTU"]),
    ("Президент Турции пригрозил Греции санкциями.", ["GRC", "TUR"]),
    ("Премьер Венгрии угрожает Словакии запретом на ввоз молочной продукции.", ["HUN", "SVK"]),
    ("Москва ответит на высылку своих дипломатов из Молдавии зеркально.", ["MDA", "RUS"]),
    ("Тегеран жестко ответит на новые санкции Великобритании, заявили в МИД Ирана.", ["GBR", "IRN"]),
])
def test_a_measure_or_a_reply_held_out_is_a_threat(text: str, pair: list[str]) -> None:
    assert typed(text).get("THREATEN") == pair


@pytest.mark.parametrize("text", [
    "Казахстан ответит на вопросы Узбекистана по водному соглашению письменно.",
    "Минск не ответил на предложение Варшавы о встрече.",
])
def test_a_calm_reply_or_one_not_given_is_no_threat(text: str) -> None:
    assert "THREATEN" not in typed(text)


@pytest.mark.parametrize(("text", "date"), [
    ("Когда в мае прошлого года президент Туркменистана совершил государственный визит в Анкару, многие "
     "эксперты называли эту поездку исторической.", "2024-05"),
    ("В марте прошлого года премьер-министр Индии посетил Бутан, и эта поездка в прошлом году стала первой "
     "за десятилетие.", "2024-03"),
])
def test_a_visit_told_twice_in_one_sentence_at_two_precisions_is_one(text: str, date: str) -> None:
    assert [e.date for e in extracted_ru(text).events if e.type == "CONSULT"] == [date]
