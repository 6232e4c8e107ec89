"""Russian people the shared rules place by the words of the Russian press: a side named in the genitive
or by an adjective ('со стороны Ирана', 'с казахстанской стороны'), names in oblique cases, initials."""

from __future__ import annotations

import pytest

from accord.document import CleanDocument
from accord.extract import extract_one
from accord.extract.analysis import AnalyzedDoc, analyse


def analysed_ru(text: str) -> AnalyzedDoc:
    doc = CleanDocument(doc="t.txt", source="t.txt", text=text, language="ru", published="2024-03-07")
    [a] = analyse([doc])
    assert a is not None
    return a


def placed_ru(text: str) -> set[tuple[str, str]]:
    """(English name, state) of every person a Russian story names."""
    return {(p.name, p.country) for p in extract_one(analysed_ru(text)).people}


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


@pytest.mark.parametrize(("text", "people"), [
    ("Россия и Казахстан 5 марта обсудили авиасообщение. Российскую делегацию возглавит руководитель Росавиации "
     "Дмитрий Ядров, казахстанскую — министр транспорта Марат Карабаев.",
     {("Dmitry Yadrov", "RUS"), ("Marat Karabayev", "KAZ")}),
    ("Узбекистан и Таджикистан 5 марта провели переговоры. Узбекскую делегацию возглавлял министр энергетики "
     "Журабек Мирзамахмудов, таджикскую — министр энергетики Далер Джума.",
     {("Zhurabek Mirzamakhmudov", "UZB"), ("Daler Dzhuma", "TJK")}),
    ("Армения и Грузия 5 марта провели заседание комиссии. Делегацию Армении возглавил вице-премьер Мгер "
     "Григорян, делегацию Грузии — вице-премьер Леван Давиташвили.",
     {("Mher Grigoryan", "ARM"), ("Levan Davitashvili", "GEO")}),
])
def test_a_second_delegation_told_by_its_state_and_a_dash_is_led_by_the_name_after_it(
        text: str, people: set[tuple[str, str]]) -> None:
    assert people <= placed_ru(text)


@pytest.mark.parametrize(("text", "person"), [
    ("МИД Таджикистана 5 марта вызвал временного поверенного в делах Афганистана в Душанбе Абдула Рахима Саиди.",
     ("Abdul Rakhim Saidi", "AFG")),
    ("Посольство Казахстана в Турции 5 марта направило в МИД Турции ноту. Посол Ерлан Кулмаганбетов заявил, что "
     "граждан должны освободить.", ("Yerlan Kulmaganbetov", "KAZ")),
    ("МИД Армении 5 марта вызвал посла Ирана. Посол Реза Карими получил ноту протеста.", ("Reza Karimi", "IRN")),
    ("Посольство Узбекистана в Латвии сообщило о встрече с министром Латвии. Поверенный в делах Анвар Тошев "
     "отметил рост торговли.", ("Anvar Toshev", "UZB")),
])
def test_an_envoy_serves_the_state_whose_embassy_or_envoy_the_story_names_after_the_office(
        text: str, person: tuple[str, str]) -> None:
    assert person in placed_ru(text)


@pytest.mark.parametrize(("text", "person"), [
    # (a name no table lists: the letter rules read it, and a body's word before it would be read with it)
    ("Президент Армении Ваагн Хачатурян 12 апреля встретился в Женеве с президентом Швейцарской Конфедерации "
     "Урсом Бруннером.", ("Urs Brunner", "CHE")),
    ("Министр иностранных дел Грузии Мака Бочоришвили 9 июня провела телефонный разговор с президентом "
     "Швейцарской Конфедерации Урсом Бруннером.", ("Urs Brunner", "CHE")),
    ("Министр экономики Казахстана 5 марта встретился в Берне с вице-президентом Швейцарской Конфедерации "
     "Лукасом Бреннером.", ("Lukas Brenner", "CHE")),
])
def test_the_last_word_of_a_body_before_a_persons_name_is_no_given_name(text: str, person: tuple[str, str]) -> None:
    assert person in placed_ru(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Делегацию возглавил руководитель Росавиации Дмитрий Ядров.", "Дмитрий Ядров"),
    ("В заседании участвовал глава Росгидромета Игорь Шумаков.", "Игорь Шумаков"),
    ("Документ подписал глава Роскосмоса Дмитрий Баканов.", "Дмитрий Баканов"),
    ("Встреча прошла с президентом Швейцарской Конфедерации Ги Пармеленом.", "Ги Пармеленом"),
])
def test_a_run_of_name_words_opens_where_the_tagger_opens_the_persons_name_after_a_body(text: str, name: str) -> None:
    from accord.extract.people.runs import name_runs, office_spans

    a = analysed_ru(text)
    [sentence] = a.sentences
    runs = [text[s:e] for s, e in name_runs(sentence, "ru", office_spans(sentence, "ru"))]
    assert name in runs, runs


@pytest.mark.parametrize(("name", "case", "expected"), [
    ("Виргиниюса Кайриса", "Loc", "Виргиниюс Кайрис"),
    ("Томаса Бартаса", "Dat", "Томас Бартас"),
    ("Мартинасом Юргисом", "Nom", "Мартинас Юргис"),
    ("Ильхом Махкамов", "Ins", "Ильхом Махкамов"),
    ("Ахмеда Карима", "Acc", "Ахмед Карим"),
    ("Серик Жумангарин", "Loc", "Серик Жумангарин"),
    ("Алпером Акташем", "Ins", "Алпер Акташ"),
    ("Мустафой Кылычем", "Ins", "Мустафа Кылыч"),
    ("Карин Келлер-Зуттер", "Ins", "Карин Келлер-Зуттер"),
])
def test_a_mans_name_is_put_in_the_case_its_words_bear_when_the_tagger_misread_it(
        name: str, case: str, expected: str) -> None:
    from accord.extract.romanize import nominative
    assert nominative(name, "ru", case, True) == expected
