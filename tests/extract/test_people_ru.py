"""Russian people the shared rules place by the words of the Russian press: a side named in the genitive
or by an adjective ('со стороны Ирана', 'с казахстанской стороны'), names in oblique cases, initials."""

from __future__ import annotations

import pytest

from accord.document import CleanDocument
from accord.extract import extract_one
from accord.extract.analysis import analyse


def placed_ru(text: str) -> set[tuple[str, str]]:
    """(English name, state) of every person a Russian story names."""
    doc = CleanDocument(doc="t.txt", source="t.txt", text=text, language="ru", published="2024-03-07")
    [a] = analyse([doc])
    assert a is not None
    return {(p.name, p.country) for p in extract_one(a).people}


@pytest.mark.parametrize(("text", "people"), [
    ("Туркменистан и Иран 5 марта подписали соглашение о транзите. Со стороны Туркменистана документ подписал "
     "министр финансов Сердар Язмурадов, со стороны Ирана — министр экономики Али Мадани.",
     {("Serdar Yazmuradov", "TKM"), ("Ali Madani", "IRN")}),
    ("В Бишкеке 5 марта прошло заседание кыргызско-казахстанской межправкомиссии. С кыргызской стороны в "
     "заседании участвовали министр экономики Бакыт Сыдыков и министр финансов Алмаз Бакетаев.",
     {("Bakyt Sydykov", "KGZ"), ("Almaz Baketayev", "KGZ")}),
    ("В Астане 5 марта прошло заседание казахстанско-венгерской комиссии. Сопредседатель комиссии с "
     "казахстанской стороны Тимур Жаксылыков отметил рост торговли с Венгрией.",
     {("Timur Zhaksylykov", "KAZ")}),
    ("Грузия и Польша 5 марта провели консультации в Варшаве. Нодар Гелашвили, сопредседатель с грузинской "
     "стороны, отметил рост торговли.",
     {("Nodar Gelashvili", "GEO")}),
    ("Узбекистан и Афганистан 5 марта обсудили водные вопросы. Со стороны Узбекистана в переговорах участвовали "
     "министр сельского хозяйства Азиз Вохидов и министр водного хозяйства Шавкат Хамраев.",
     {("Aziz Vokhidov", "UZB"), ("Shavkat Khamrayev", "UZB")}),
    ("Таджикистан и Китай 5 марта подписали кредитное соглашение. Со стороны Таджикистана соглашение подписал "
     "первый заместитель министра финансов Далер Шарипов.",
     {("Daler Sharipov", "TJK")}),
])
def test_a_side_named_before_the_people_it_lists_places_them(text: str, people: set[tuple[str, str]]) -> None:
    got = placed_ru(text)
    assert people <= got, got
