"""The world's office holders by a Cyrillic name in any case (ru/public_officials.tsv): the English
press's form instead of a letter-by-letter one, initials and a surname, a surname known from the text,
namesakes left alone, and the listed people through the whole Russian pipeline."""

from __future__ import annotations

import pycountry
import pytest
from test_extract_ru import extracted_ru

from accord import resources
from accord.extract.public_officials import find
from accord.extract.romanize import holder_state, romanize


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
        ("Шавкатом Мирзиёевым", "Shavkat Mirziyoyev", "UZB"),  # a row of person_names.tsv, also in any case
    ],
)
def test_a_listed_official_in_any_case(written: str, english: str, state: str) -> None:
    official = find(written)
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
    official = find(written)
    assert official is not None and official.english == english


def test_a_surname_alone_through_a_full_name_the_text_gave() -> None:
    assert find("Фидана") is None
    found = find("Фидана", ["Хакан Фидан", "Иван Сидоров"])
    assert found is not None and found.english == "Hakan Fidan"
    assert romanize("Фидан", earlier=("Хакан Фидан",)).english == "Hakan Fidan"


def test_namesakes_are_left_to_the_letter_rules() -> None:
    # two listed Orbans named in one text: "Орбан" alone could be either
    assert find("Орбан", ["Виктор Орбан", "Людовик Орбан"]) is None
    # a listed surname with another first name is another person
    assert find("Андрей Зеленский") is None
    assert romanize("Андрей Зеленский").english == "Andrei Zelensky"  # the table's words, not Volodymyr
    # an initial that fits no listed first name
    assert find("К. Фидан") is None
    # a surname alone, when the text named in full both a listed person and an unlisted one who bear it
    assert find("Лавров", ["Сергей Лавров", "Иван Лавров"]) is None
    assert find("Оверчуком", ["Алексеем Оверчуком", "Ольгой Оверчук"]) is None
    found = find("Оверчуком", ["Алексеем Оверчуком", "Ольгой Смирновой"])
    assert found is not None and found.english == "Alexei Overchuk"


@pytest.mark.parametrize(
    ("written", "english"),
    [("Игорь Сорокин", "Igor Sorokin"), ("Мехмет Озтюрк", "Mekhmet Oztyurk"), ("Анна Ковальчик", "Anna Kovalchik")],
)
def test_an_unlisted_name_keeps_its_romanisation(written: str, english: str) -> None:
    assert find(written) is None
    assert romanize(written).english == english


def test_every_russian_form_is_one_person_and_every_state_a_code() -> None:
    english: dict[str, str] = {}
    rows = resources.tsv_table("ru", "public_officials.tsv", columns=("english", "state", "office", "russian"))
    assert len({r["english"] for r in rows}) >= 800
    for row in rows:
        assert not row["state"] or pycountry.countries.get(alpha_3=row["state"]) is not None, row
        for form in row["russian"].split("|"):
            key = form.casefold().replace("ё", "е")
            assert english.setdefault(key, row["english"]) == row["english"], form
    for row in resources.tsv_table("ru", "person_names.tsv", columns=("russian", "english")):
        key = row["russian"].casefold().replace("ё", "е")
        assert english.get(key, row["english"]) == row["english"], row


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


def test_the_english_form_of_a_listed_minister_tells_the_state() -> None:
    assert holder_state("Krzysztof Paszyk") == "POL"
    assert holder_state("Penny Wong") == "AUS"
    assert holder_state("Ursula von der Leyen") is None  # an international body's official acts for no state
    assert holder_state("Paszyk") is None  # a surname alone names no one for sure
