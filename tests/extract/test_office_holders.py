"""The knowledge base of office holders (en/office_holders.tsv, ru/office_holder_names.tsv): by a Cyrillic
name in any case, the English press's form instead of a letter-by-letter one, initials and a surname, a surname
known from the text, namesakes left alone, and the listed people through the whole Russian pipeline; by an
English name, the state of a full form, and of a family name alone borne by one person; the tables themselves."""

from __future__ import annotations

import pycountry
import pytest
from test_extract_ru import extracted_ru

from accord import resources
from accord.extract.office_holders import by_surname, find, listed, plain, state_of
from accord.extract.romanize import romanize


@pytest.mark.parametrize(
    ("written", "english", "state"),
    [
        ("Анналене Бербок", "Annalena Baerbock", "DEU"),
        ("Педро Санчесом", "Pedro Sanchez", "ESP"),
        ("Нарендры Моди", "Narendra Modi", "IND"),
        ("Уильяму Руто", "William Ruto", "KEN"),
        ("Хаканом Фиданом", "Hakan Fidan", "TUR"),
        ("Пенни Вонг", "Penny Wong", "AUS"),
        ("Кшиштофа Пашика", "Krzysztof Paszyk", "POL"),
        ("Владимиру Зеленскому", "Volodymyr Zelensky", "UKR"),
        ("Джорджей Мелони", "Giorgia Meloni", "ITA"),
        ("Шавкатом Мирзиёевым", "Shavkat Mirziyoyev", "UZB"),  # a curated form, also in any case
    ],
)
def test_a_listed_official_in_any_case(written: str, english: str, state: str) -> None:
    official = find(written, "ru")
    assert official is not None
    assert (official.english, official.state) == (english, state)
    assert (romanize(written).english, romanize(written).state) == (english, state)


def test_a_patronymic_or_a_word_before_the_name_is_skipped() -> None:
    assert romanize("Федерации Ангела Меркель").english == "Angela Merkel"
    assert romanize("Сергей Викторович Лавров").english == "Sergei Lavrov"


@pytest.mark.parametrize(
    ("written", "english"),
    [("Х.Фидан", "Hakan Fidan"), ("П. Санчес", "Pedro Sanchez"), ("В.Орбан", "Viktor Orban"),
     ("Л. Орбан", "Ludovic Orban"), ("А.Бербок", "Annalena Baerbock")],
)
def test_initials_and_a_surname(written: str, english: str) -> None:
    official = find(written, "ru")
    assert official is not None and official.english == english


def test_a_surname_alone_through_a_full_name_the_text_gave() -> None:
    assert find("Фидана", "ru") is None
    found = find("Фидана", "ru", ["Хакан Фидан", "Иван Сидоров"])
    assert found is not None and found.english == "Hakan Fidan"
    assert romanize("Фидан", earlier=("Хакан Фидан",)).english == "Hakan Fidan"


def test_namesakes_are_left_to_the_letter_rules() -> None:
    # two listed Orbans named in one text: "Орбан" alone could be either
    assert find("Орбан", "ru", ["Виктор Орбан", "Людовик Орбан"]) is None
    # a listed surname with another first name is another person
    assert find("Андрей Зеленский", "ru") is None
    assert romanize("Андрей Зеленский").english == "Andrei Zelensky"  # the table's words, not Volodymyr
    # an initial that fits no listed first name
    assert find("К. Фидан", "ru") is None
    # a surname alone, when the text named in full both a listed person and an unlisted one who bear it
    assert find("Лавров", "ru", ["Сергей Лавров", "Иван Лавров"]) is None
    assert find("Оверчуком", "ru", ["Алексеем Оверчуком", "Ольгой Оверчук"]) is None
    found = find("Оверчуком", "ru", ["Алексеем Оверчуком", "Ольгой Смирновой"])
    assert found is not None and found.english == "Alexei Overchuk"


@pytest.mark.parametrize(
    ("written", "english"),
    [("Игорь Сорокин", "Igor Sorokin"), ("Мехмет Озтюрк", "Mekhmet Oztyurk"), ("Анна Ковальчик", "Anna Kovalchik")],
)
def test_an_unlisted_name_keeps_its_romanisation(written: str, english: str) -> None:
    assert find(written, "ru") is None
    assert romanize(written).english == english


def _people() -> tuple[dict[str, str], ...]:
    return resources.tsv_table("en", "office_holders.tsv", columns=("english", "state", "office", "aliases", "bare"))


def test_every_person_is_one_row_and_every_state_a_code() -> None:
    rows = _people()
    assert len(rows) >= 1100
    person: dict[str, str] = {}
    for row in rows:
        assert not row["state"] or pycountry.countries.get(alpha_3=row["state"]) is not None, row
        assert row["bare"] in ("", "yes") and (row["office"] or not row["bare"]), row  # the rules read its office
        for form in (row["english"], *filter(None, row["aliases"].split("|"))):
            # two rows with one form, even spelt with other diacritics, would be one person listed twice
            assert person.setdefault(plain(form).casefold(), row["english"]) == row["english"], form


def test_every_russian_form_is_of_one_listed_person() -> None:
    forms = {plain(f).casefold() for row in _people() for f in (row["english"], *row["aliases"].split("|")) if f}
    english: dict[str, str] = {}
    rows = resources.tsv_table("ru", "office_holder_names.tsv", columns=("name", "english", "curated"))
    assert len(rows) >= 1200
    for row in rows:
        assert plain(row["english"]).casefold() in forms, row
        assert row["curated"] in ("", "yes"), row
        key = row["name"].casefold().replace("ё", "е")
        if len(row["name"].split()) > 1:  # (a surname alone is no person's: "Алиев")
            assert english.setdefault(key, row["english"]) == row["english"], row


def test_a_curated_surname_alone_is_the_surname_of_its_english_form() -> None:
    # a one-word row ("Эрдоган") names the English form whose last word it gives
    assert romanize("Эрдогана").english == "Erdogan"
    assert romanize("Хурэлсух").english == "Khurelsukh"


def test_the_english_form_of_a_listed_person_tells_the_state() -> None:
    assert state_of("Krzysztof Paszyk", "en") == "POL"
    assert state_of("Penny Wong", "en") == "AUS"
    assert state_of("Shigeru  Ishiba", "en") == "JPN"
    assert state_of("Vladimir Putin", "en") == "RUS"
    assert state_of("Ursula von der Leyen", "en") is None  # an international body's official acts for no state
    assert state_of("Paszyk", "en") is None  # a surname alone names no one for sure
    assert state_of("Erdogan", "en") is None
    assert state_of("Jane Unlisted", "en") is None


def test_a_spelling_of_another_table_is_the_same_person() -> None:
    # the Russian tables' spellings are aliases of the English press's form: one person, not two
    assert listed("Gideon Sa'ar", "en") == listed("Gideon Saar", "en") == ("ISR", "Foreign Minister")
    assert listed("Abdel Fattah el-Sisi", "en") == ("EGY", "President")
    assert state_of("Viktor Orban", "en") == state_of("Viktor Orbán", "en") == "HUN"
    # two spellings of one leader are no namesakes: his family name alone is his
    held = by_surname("Lavrov", "en")
    assert held is not None and held[1] == "RUS"
    held = by_surname("Lukashenko", "en")
    assert held is not None and held[1] == "BLR"


def test_a_form_that_opens_with_an_office_gives_no_family_name() -> None:
    # "King Salman" names the king by office and given name: "Salman" alone is still the crown prince's
    assert by_surname("Salman", "en") == ("Mohammed bin Salman", "SAU")
    assert listed("King Salman", "en") == ("SAU", "King")
    assert by_surname("Hasina", "en") == ("Sheikh Hasina", "BGD")  # a courtesy title is part of the name


def test_a_family_name_of_two_people_or_a_short_one_is_no_one() -> None:
    assert by_surname("Berdimuhamedov", "en") is None  # a father and his son
    assert by_surname("Ali", "en") is None
    assert by_surname("Petro", "en") == ("Gustavo Petro", "COL")
    assert by_surname("Petro", "en", ("VEN", "BRA")) is None
    assert by_surname("Petro", "ru") is None  # the family-name rule is the English press's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Министр иностранных дел Турции Хакан Фидан провел переговоры с главой МИД Испании "
         "Хосе Мануэлем Альбаресом в Анкаре.", {("Hakan Fidan", "TUR"), ("Jose Manuel Albares", "ESP")}),
        ("Президент Кении Уильям Руто принял в Найроби премьер-министра Индии Нарендру Моди.",
         {("William Ruto", "KEN"), ("Narendra Modi", "IND")}),
        ("Канцлер Германии Олаф Шольц и президент Франции Эммануэль Макрон обсудили по телефону "
         "поставки газа.", {("Olaf Scholz", "DEU"), ("Emmanuel Macron", "FRA")}),
        ("В Варшаве министр развития Польши Кшиштоф Пашик встретился с послом Японии. Пашик предложил "
         "открыть торговый дом.", {("Krzysztof Paszyk", "POL")}),
    ],
)
def test_listed_officials_through_the_russian_pipeline(text: str, expected: set[tuple[str, str]]) -> None:
    got = {(p.name, p.country) for p in extracted_ru(text).people}
    assert expected <= got
