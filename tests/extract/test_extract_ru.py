"""Russian stories through the shared rules, which read Russian data and the parse's roles: stems for
inflected cues, tag roles as morphological features, adpositions hung on their nouns, lists of
instruments in word order, people and titles in English with the originals kept."""

from __future__ import annotations

import re

import pytest

from accord import resources
from accord.document import CleanDocument
from accord.extract import extract_one
from accord.extract.analysis import AnalyzedDoc, analyse, load_model
from accord.extract.people.written_case import written_case
from accord.extract.syntax import is_tag, prep_objects, prepositions
from accord.facts import Extraction


def analysed_ru(text: str, published: str | None = "2024-03-07") -> AnalyzedDoc:
    doc = CleanDocument(doc="t.txt", source="t.txt", text=text, language="ru", published=published)
    [a] = analyse([doc])
    assert a is not None
    return a


def extracted_ru(text: str, published: str | None = "2024-03-07") -> Extraction:
    return extract_one(analysed_ru(text, published))


def test_a_stem_takes_any_ending_of_its_word() -> None:
    pattern = resources.alternation(["товарооборот*", "сельск* хозяйств*"])
    found = [m.group(0) for m in re.finditer(rf"(?<!\w)(?:{pattern})(?!\w)", "товарооборота в сельском хозяйстве")]
    assert found == ["товарооборота", "сельском хозяйстве"]
    assert resources.lookup({"экспорт*": "exports", "импорт": "imports"}, "Экспортом") == "exports"
    assert resources.lookup({"импорт": "imports"}, "импорта") is None
    assert resources.covers(["межправительствен*"], "межправительственной")
    assert not resources.covers(["совместный"], "совместной")


def test_a_tag_role_is_read_from_the_morphology_of_a_model_without_tags() -> None:
    doc = load_model("ru")("Подписанное соглашение вступило в силу, и стороны подписали протокол.")
    by_text = {t.text: t for t in doc}
    assert is_tag(by_text["Подписанное"], "past_participle")
    assert not is_tag(by_text["Подписанное"], "past_tense")
    assert is_tag(by_text["подписали"], "past_tense")
    assert is_tag(by_text["стороны"], "plural_noun")


def test_an_adposition_hung_on_its_noun_is_found_from_the_head() -> None:
    doc = load_model("ru")("Стороны подписали соглашение о торговле.")
    agreement = next(t for t in doc if t.text == "соглашение")
    [prep] = prepositions(agreement)
    assert prep.text == "о"
    assert [t.text for t in prep_objects(prep)] == ["торговле"]


def test_talks_of_two_presidents_with_their_date() -> None:
    ex = extracted_ru("Президент Казахстана Касым-Жомарт Токаев 5 марта провел переговоры с президентом "
                      "Кыргызстана Садыром Жапаровым.")
    [event] = ex.events
    assert (event.type, event.mode, event.countries, event.date) == ("CONSULT", "talks", ["KAZ", "KGZ"], "2024-03-05")
    assert sorted(event.participants) == ["Kassym-Jomart Tokayev", "Sadyr Japarov"]


def test_people_in_english_with_their_offices_and_the_cyrillic_forms_kept() -> None:
    ex = extracted_ru("Президент Казахстана Касым-Жомарт Токаев 5 марта провел переговоры с президентом "
                      "Кыргызстана Садыром Жапаровым.")
    people = {p.name: p for p in ex.people}
    assert set(people) == {"Kassym-Jomart Tokayev", "Sadyr Japarov"}
    assert people["Sadyr Japarov"].country == "KGZ"
    assert people["Sadyr Japarov"].role == "President"
    assert people["Sadyr Japarov"].role_original is not None
    assert "Садыр Жапаров" in people["Sadyr Japarov"].aliases


def test_a_list_of_agreements_after_a_colon_is_one_agreement_per_phrase() -> None:
    ex = extracted_ru("Казахстан и Узбекистан 5 марта подписали три соглашения: о таможенном сотрудничестве, "
                      "об авиасообщении и о взаимной защите инвестиций.")
    titles = sorted(a.title_original or a.title for a in ex.agreements)
    assert len(titles) == 3
    assert any("таможенном" in t for t in titles)
    assert any("авиасообщении" in t for t in titles)
    assert any("инвестиций" in t for t in titles)
    assert "Agreement on mutual protection of investments" in {a.title for a in ex.agreements}
    assert {a.status for a in ex.agreements} == {"signed"}
    assert {tuple(a.countries) for a in ex.agreements} == {("KAZ", "UZB")}


def test_a_title_every_word_of_which_maps_is_given_in_english() -> None:
    ex = extracted_ru("Казахстан и Азербайджан подписали совместное заявление.")
    [agreement] = ex.agreements
    assert agreement.title == "Joint Statement"
    assert agreement.title_original == "совместное заявление"


def test_trade_turnover_and_its_growth_in_russian() -> None:
    ex = extracted_ru("В 2023 году товарооборот между Казахстаном и Кыргызстаном вырос на 12% и составил "
                      "1,5 млрд долларов.")
    got = {(i.metric, i.value, i.unit, i.period) for i in ex.indicators}
    assert ("trade_turnover", 1.5e9, "USD", "2023") in got
    assert ("trade_growth", 12, "percent", "2023") in got


def test_sectors_named_by_stems_in_any_case() -> None:
    ex = extracted_ru("Таджикистан и Россия обсудили сотрудничество в сельском хозяйстве, энергетике и "
                      "железнодорожных перевозках.")
    [coop] = ex.cooperation
    assert coop.sectors == ["energy", "agriculture", "transport"]


@pytest.mark.parametrize("text", [
    "АСТАНА, 5 марта – Казахстан и Кыргызстан подписали соглашение о торговле.",
])
def test_a_dateline_capital_is_where_the_story_was_filed_not_a_party(text: str) -> None:
    ex = extracted_ru(text.replace("Казахстан", "Узбекистан"))
    assert {tuple(e.countries) for e in ex.events} == {("KGZ", "UZB")}


def test_instruments_said_to_concern_a_list_of_fields_are_one_per_field() -> None:
    ex = extracted_ru("Узбекистан и Турция 5 марта подписали пять документов. Подписанные соглашения касаются "
                      "таможенного администрирования, железнодорожных перевозок и защиты инвестиций.")
    originals = sorted(a.title_original or a.title for a in ex.agreements)
    assert len(originals) == 3
    assert all(t.startswith("соглашения ") for t in originals)
    assert {a.status for a in ex.agreements} == {"signed"}


def test_one_instrument_told_twice_in_two_cases_is_one() -> None:
    ex = extracted_ru("Казахстан и Кыргызстан 5 марта подписали соглашение о строительстве электростанции. "
                      "Стороны обсудили ход реализации соглашения по строительству электростанции.")
    assert len(ex.agreements) == 1


def test_a_call_told_by_an_inflected_phrase() -> None:
    ex = extracted_ru("5 марта состоялся телефонный разговор Президента Узбекистана Шавката Мирзиёева с "
                      "Президентом Казахстана Касым-Жомартом Токаевым.")
    assert [(e.type, e.mode, e.countries, e.date) for e in ex.events] == [
        ("CONSULT", "call", ["KAZ", "UZB"], "2024-03-05")]


def test_humanitarian_aid_is_not_cultural_cooperation() -> None:
    ex = extracted_ru("Китай 5 марта передал Таджикистану гуманитарную помощь и медицинское оборудование.")
    assert [e.type for e in ex.events] == ["AID"]
    assert all("culture" not in c.sectors for c in ex.cooperation)


def test_a_visit_in_the_future_tense_is_one_plan_with_its_noun() -> None:
    from accord.extract.events import find_event_mentions

    a = analysed_ru("Президент Туркменистана посетит Китай с государственным визитом в апреле.")
    assert [(m.token.text, m.planned) for m in find_event_mentions(a)] == [("посетит", True), ("визитом", True)]
    assert [(e.type, e.mode, e.date) for e in extract_one(a).events] == [("CONSULT", "visit", "2024-04")]


def test_an_agreement_that_will_enter_into_force_is_signed() -> None:
    ex = extracted_ru("Соглашение о свободной торговле между Узбекистаном и Азербайджаном вступит в силу в апреле.")
    assert [a.status for a in ex.agreements] == ["signed"]


def test_the_place_of_an_event_in_english() -> None:
    [event] = extracted_ru("Президент Казахстана Касым-Жомарт Токаев 5 марта провел переговоры с президентом "
                           "Кыргызстана Садыром Жапаровым в Бишкеке.").events
    assert event.location == "Bishkek"
    [event] = extracted_ru("Президент Казахстана Касым-Жомарт Токаев 5 марта провел переговоры с президентом "
                           "Узбекистана Шавкатом Мирзиёевым в Самарканде.").events
    assert event.location == "Samarkand"



def test_an_exchange_of_documents_in_a_bare_case_is_a_signing() -> None:
    verb = extracted_ru("Президенты Казахстана и Армении 5 марта обменялись подписанными документами.")
    assert [e.type for e in verb.events] == ["AGREE"]
    noun = extracted_ru("После церемонии обмена документами 5 марта президенты Казахстана и Армении "
                        "выступили перед журналистами.")
    assert "AGREE" in [e.type for e in noun.events]


def test_a_leader_of_the_curated_table_is_of_his_own_state() -> None:
    ex = extracted_ru("Президент Узбекистана Шавкат Мирзиёев 5 марта провел переговоры в Берлине с федеральным "
                      "канцлером Олафом Шольцем.")
    assert {(p.name, p.country) for p in ex.people} == {("Shavkat Mirziyoyev", "UZB"), ("Olaf Scholz", "DEU")}



def test_an_animate_proper_noun_is_a_person_though_the_ner_took_it_for_an_organisation() -> None:
    from spacy.tokens import Span

    from accord.extract.events.talks import _names_person

    doc = load_model("ru")("Давида Залкалиани принял президент Казахстана.")
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, 4, 5, label="LOC")]
    assert _names_person(doc[0])
    assert not _names_person(doc[4])  # "Казахстана": inanimate


def test_one_instrument_said_to_concern_one_field() -> None:
    ex = extracted_ru("Казахстан и Кыргызстан 5 марта подписали соглашение о торговле, еще один меморандум "
                      "касается водных ресурсов.")
    originals = {a.title_original or a.title for a in ex.agreements}
    assert "меморандум водных ресурсов" in originals


def test_a_chinese_name_with_a_one_letter_word() -> None:
    ex = extracted_ru("Министр иностранных дел Кыргызстана Жээнбек Кулубаев 5 марта встретился с министром "
                      "иностранных дел КНР Ван И.")
    assert ("Wang Yi", "CHN") in {(p.name, p.country) for p in ex.people}


def test_a_capitalised_preposition_opening_the_sentence_is_no_part_of_a_name() -> None:
    ex = extracted_ru("Для Садыра Жапарова поездка в Казахстан стала первой. Визит Жапарова укрепит отношения "
                      "Кыргызстана и Казахстана.")
    assert [(p.name, p.country) for p in ex.people] == [("Sadyr Japarov", "KGZ")]


def test_a_person_received_by_office_or_by_what_he_leads_is_a_meeting() -> None:
    by_office = extracted_ru("Вчера президент Армении принял в Ереване министра экономики Грузии.")
    by_head = extracted_ru("Вчера премьер-министр Армении принял в Ереване руководителя делегации Грузии.")
    not_person = extracted_ru("Вчера правительство Армении приняло в Ереване программу развития туризма.")
    for ex in (by_office, by_head):
        assert [(e.type, e.mode, e.countries) for e in ex.events] == [("CONSULT", "meeting", ["ARM", "GEO"])]
    assert not_person.events == []


def test_a_visit_timed_to_an_anniversary_carries_its_number_in_either_spelling() -> None:
    joined = extracted_ru("Президент Кыргызстана посетил Японию накануне 35-летия дипломатических отношений.")
    spaced = extracted_ru("Президент Кыргызстана прибыл в Японию с визитом в дни 35-й годовщины установления "
                          "отношений.")
    counted = extracted_ru("Президент Кыргызстана посетил Японию вместе с 35 предпринимателями.")
    assert [e.anniversary for e in joined.events] == [35]
    assert [e.anniversary for e in spaced.events] == [35]
    assert [e.anniversary for e in counted.events] == [None]


def test_an_instrument_between_a_state_and_a_union_in_its_title_is_no_pairs() -> None:
    told = extracted_ru("Президенты Франции и Казахстана обсудили Соглашение о расширенном партнерстве между "
                        "Казахстаном и Евросоюзом, подписанное в 2015 году.")
    own = extracted_ru("Президенты Франции и Казахстана подписали соглашение о сотрудничестве между Францией "
                       "и Казахстаном.")
    assert told.agreements == []
    assert [(x.countries, x.status) for x in own.agreements] == [(["FRA", "KAZ"], "signed")]


def test_relations_raised_or_come_to_the_level_of_a_partnership() -> None:
    raised = extracted_ru("Казахстан и Вьетнам подняли отношения до уровня стратегического партнерства.")
    reached = extracted_ru("Отношения Казахстана и Вьетнама вышли на уровень всеобъемлющего стратегического "
                           "партнерства.")
    announced = extracted_ru("Президенты объявили о переходе казахстанско-вьетнамских отношений на уровень "
                             "стратегического партнерства.")
    discussed = extracted_ru("Казахстан и Вьетнам обсудили партнерство в энергетике.")
    assert [(x.title, x.status) for x in raised.agreements] == [("Strategic Partnership", "agreed")]
    assert [(x.title, x.status) for x in announced.agreements] == [("Strategic Partnership", "agreed")]
    assert [(x.title, x.status) for x in reached.agreements] == [("Comprehensive Strategic Partnership", "agreed")]
    assert discussed.agreements == []


def test_a_bare_protocol_signed_after_a_session_is_the_sessions() -> None:
    session = extracted_ru("В Ханое прошло пятое заседание межправительственной комиссии Казахстана и Вьетнама. "
                           "По его итогам сопредседатели подписали протокол.")
    talks = extracted_ru("Президенты Казахстана и Вьетнама провели переговоры. Министры подписали протокол.")
    assert [(x.title_original, x.status) for x in session.agreements] == [("протокол заседания", "signed")]
    assert talks.agreements == []


def test_calling_a_person_is_a_call_and_calling_a_place_is_none() -> None:
    ex = extracted_ru("Премьер-министр Армении Никол Пашинян 4 марта позвонил Президенту Казахстана "
                      "Касым-Жомарту Токаеву и поздравил его с днем рождения.")
    assert [(e.type, e.mode, e.countries, e.date) for e in ex.events] == [
        ("CONSULT", "call", ["ARM", "KAZ"], "2024-03-04")]
    assert sorted(ex.events[0].participants) == ["Kassym-Jomart Tokayev", "Nikol Pashinyan"]
    ex = extracted_ru("Гражданин Армении 4 марта позвонил в посольство Казахстана.")
    assert ex.events == []


def test_leaders_who_rang_each_other_held_a_call() -> None:
    ex = extracted_ru("Президенты Туркменистана и Таджикистана 4 марта созвонились и обсудили поставки "
                      "электроэнергии.")
    assert [(e.type, e.mode, e.countries, e.date) for e in ex.events] == [
        ("CONSULT", "call", ["TJK", "TKM"], "2024-03-04")]


def test_a_guest_received_by_a_president_in_the_passive_is_a_meeting() -> None:
    ex = extracted_ru("4 марта министр иностранных дел Монголии был принят Президентом Кыргызстана "
                      "Садыром Жапаровым.")
    assert [(e.type, e.mode, e.countries, e.date) for e in ex.events] == [
        ("CONSULT", "meeting", ["KGZ", "MNG"], "2024-03-04")]
    ex = extracted_ru("4 марта закон о торговле с Монголией был принят парламентом Кыргызстана.")
    assert [e for e in ex.events if e.type == "CONSULT"] == []


def test_an_adverb_opening_the_sentence_is_not_part_of_the_name() -> None:
    ex = extracted_ru("Глава МИД Армении 4 марта прибыл в Казахстан. Затем Арарат Мирзоян встретился с "
                      "Президентом Казахстана Касым-Жомартом Токаевым.")
    names = {p.name for p in ex.people}
    assert "Ararat Mirzoyan" in names
    assert not any(n.startswith("Zatem") for n in names)


def test_receiving_a_delegation_or_an_office_of_several_words_is_a_meeting() -> None:
    for text in ("Президент Туркменистана 4 марта принимал в Ашхабаде делегацию Монголии.",
                 "Глава МИД Монголии 4 марта был принят Президентом Туркменистана."):
        ex = extracted_ru(text)
        assert [(e.type, e.mode, e.countries, e.date) for e in ex.events] == [
            ("CONSULT", "meeting", ["MNG", "TKM"], "2024-03-04")], text


def test_taking_part_and_passing_a_law_are_no_reception() -> None:
    for text in ("Министр энергетики Монголии 4 марта принял участие в выставке в Туркменистане.",
                 "Парламент Туркменистана 4 марта принял закон о торговле с Монголией."):
        assert [e for e in extracted_ru(text).events if e.type == "CONSULT"] == [], text


def test_the_head_of_the_presidential_administration_is_an_office_not_a_name() -> None:
    ex = extracted_ru("4 марта Руководитель Администрации Президента Монголии Бат-Эрдэнэ Гантулга встретился с "
                      "послом Туркменистана.")
    assert [(p.name, p.country, p.role) for p in ex.people] == [
        ("Bat-Erdene Gantulga", "MNG", "Head of the Presidential Administration")]


def test_talks_named_again_without_an_article_keep_their_states() -> None:
    ex = extracted_ru("Министр иностранных дел Армении 4 марта провел переговоры с министром иностранных дел "
                      "Монголии. В ходе переговоров обсуждался газопровод, который соединит Россию с Китаем.")
    assert [(e.type, e.mode, e.countries, e.date) for e in ex.events] == [
        ("CONSULT", "talks", ["ARM", "MNG"], "2024-03-04")]


def test_talks_held_with_another_state_later_are_another_event() -> None:
    ex = extracted_ru("Президент Армении 4 марта провел переговоры с Президентом Китая. Затем Президент Армении "
                      "провел переговоры с Президентом Монголии.")
    assert sorted(e.countries for e in ex.events) == [["ARM", "CHN"], ["ARM", "MNG"]]


def test_earlier_talks_of_the_ministers_beside_the_reception_are_an_event_of_their_own() -> None:
    ex = extracted_ru("Президент Монголии Ухнаагийн Хурэлсух 4 марта принял министра иностранных дел Армении "
                      "Арарата Мирзояна. Ранее в тот же день состоялись переговоры Арарата Мирзояна с министром "
                      "иностранных дел Монголии Батцэцэг Батмунх.")
    consult = sorted((e.mode, e.date, sorted(e.participants)) for e in ex.events if e.type == "CONSULT")
    assert consult == [
        ("meeting", "2024-03-04", ["Ararat Mirzoyan", "Ukhnaagiin Khurelsukh"]),
        ("talks", "2024-03-04", ["Ararat Mirzoyan", "Battsetseg Batmunkh"]),
    ]


def test_notes_exchanged_on_a_loan_are_a_signed_exchange_of_notes() -> None:
    swapped = extracted_ru("Министры иностранных дел Казахстана и Японии обменялись нотами о кредите на "
                           "строительство дороги.")
    views = extracted_ru("Казахстан и Япония обменялись мнениями о ситуации в регионе.")
    assert [(x.title, x.status) for x in swapped.agreements] == [
        ("обмен нотами о кредите на строительство дороги", "signed")]
    assert views.agreements == []


def test_a_foreign_name_in_two_oblique_cases_is_one_person_in_the_nominative() -> None:
    ex = extracted_ru("Министр иностранных дел Узбекистана Бахтиёр Сайдов 12 марта провел переговоры с министром "
                      "торговли Турции Мехметом Озтюрком в Ташкенте. Визит Мехмета Озтюрка в Узбекистан продлится "
                      "два дня.")
    turks = [p for p in ex.people if p.country == "TUR"]
    assert [p.name for p in turks] == ["Mekhmet Oztyurk"]
    assert "Мехмет Озтюрк" in turks[0].aliases


def test_the_case_of_a_name_is_the_oblique_case_most_of_its_words_are_read_in() -> None:
    a = analysed_ru("Президент Узбекистана провел переговоры с премьер-министром Кореи Ханом Сон Илем.")
    [sentence] = a.sentences
    start = sentence.start + sentence.text.index("Ханом")
    assert written_case(sentence, start, start + len("Ханом Сон Илем"), "ru") == ("Ins", True)


def test_a_mans_name_read_in_the_nominative_keeps_its_form() -> None:
    # pymorphy3 alone takes "Фируз" for a woman's "Фируза" in the genitive plural
    ex = extracted_ru("Министр экономики Таджикистана Фируз Турсунов 12 марта провел переговоры в Душанбе с "
                      "министром инвестиций Узбекистана Бахтиёром Сайдовым.")
    assert "Firuz Tursunov" in [p.name for p in ex.people]


@pytest.mark.parametrize("text", [
    "Премьер-министр Армении Никол Пашинян почтил память общенационального поэта Ованеса Туманяна и провел "
    "переговоры с премьер-министром Грузии Ираклием Кобахидзе.",
    "Президент Монголии Ухнаагийн Хурэлсух возложил цветы к памятнику национальному герою Дамдину Сухэ-Батору, "
    "затем провел переговоры с президентом Казахстана Касым-Жомартом Токаевым.",
    "Премьер-министр Армении Никол Пашинян посетил мавзолей основателя государства Мустафы Кемаля Ататюрка, "
    "после чего встретился с президентом Турции Реджепом Тайипом Эрдоганом.",
])
def test_a_person_remembered_at_a_memorial_is_no_participant(text: str) -> None:
    names = [p.name for p in extracted_ru(text).people]
    assert len(names) == 2, names
    assert not any(w in " ".join(names) for w in ("Tuman", "Sukh", "Atat"))


def test_a_verb_after_a_memorial_word_ends_its_reach() -> None:
    names = [p.name for p in extracted_ru("Президент Казахстана Касым-Жомарт Токаев посетил мемориал и встретился с "
                                          "президентом Кыргызстана Садыром Жапаровым.").people]
    assert "Sadyr Japarov" in names


@pytest.mark.parametrize(("text", "person"), [
    ("Министр иностранных дел Лаоса Тонгсаван Фомвихан провел переговоры с членом Политбюро ЦК КПВ, министром "
     "иностранных дел Вьетнама Буй Тхань Шоном.", "Bui Thanh Son"),  # the English press's form (office_holders)
    ("Глава МИД Монголии Батмунхийн Баттсэцэг встретилась с секретарем ЦК КПК, министром иностранных дел КНР Ван И.",
     "Wang Yi"),
    ("Председатель правления АО НК КТЖ Нурлан Сауранбаев провел переговоры с министром транспорта Узбекистана "
     "Ильхомом Махкамовым.", "Makhkamov"),
])
def test_an_abbreviation_tagged_as_an_organisation_is_no_name_word(text: str, person: str) -> None:
    names = [p.name for p in extracted_ru(text).people]
    assert any(person in n for n in names), names
    bodies = {"Tsk", "Kpk", "Kpv", "Ktzh", "Nk", "Ao"}
    assert not any(w.isupper() or w in bodies for n in names for w in n.split()), names


@pytest.mark.parametrize(("text", "words"), [
    ("По итогам переговоров Туркменистана и Ирана подписаны соглашение о сотрудничестве в области железнодорожного "
     "транспорта, меморандум о взаимопонимании в сфере здравоохранения и протокол о внесении изменений в Соглашение "
     "о торговле.", ["железнодорожного", "здравоохранения", "протокол о внесении изменений"]),
    ("Кыргызстан и Казахстан 3 апреля подписали меморандум о сотрудничестве в области водных ресурсов, "
     "программу в сфере культуры и образования на 2025–2027 годы и соглашение о пограничном контроле.",
     ["водных ресурсов", "культуры и образования", "пограничном контроле"]),
    ("В ходе визита президента Монголии в Турцию подписаны соглашение о взаимной защите инвестиций, рамочное "
     "соглашение о кредитах Эксимбанка на 2024–2026 годы и контракт на поставку зерна.",
     ["защите инвестиций", "кредитах Эксимбанка", "поставку зерна"]),
    ("Узбекистан и Грузия подписали план сотрудничества в области физической культуры и спорта на 2026–2027 годы, "
     "меморандум о взаимопонимании в сфере туризма и соглашение о воздушном сообщении.",
     ["спорта", "туризма", "воздушном сообщении"]),
])
def test_each_item_of_a_list_of_instruments_keeps_its_own_complement(text: str, words: list[str]) -> None:
    titles = [a.title_original or a.title for a in extracted_ru(text).agreements]
    for word in words:
        assert sum(word in t for t in titles) == 1, (word, titles)
    assert len(titles) == len(words), titles


def test_a_verb_after_a_listed_instrument_ends_its_title() -> None:
    ex = extracted_ru("Казахстан и Китай подписали соглашение о транзите, меморандум о взаимопонимании и в тот же "
                      "день обсудили поставки газа.")
    assert not any("газа" in (a.title_original or a.title) for a in ex.agreements)


@pytest.mark.parametrize("text", [
    "На бизнес-форуме Узбекистана и Египта подписано 9 коммерческих соглашений на общую сумму свыше $300 млн – в "
    "энергетике, химической промышленности и логистике.",
    "Компании Казахстана и Венгрии заключили 15 контрактов общей стоимостью 1,2 млрд евро – в сельском хозяйстве, "
    "фармацевтике и машиностроении.",
    "В ходе визита президента Кыргызстана в Азербайджан подписано 7 соглашений на сумму около 200 млн долларов – в "
    "туризме, строительстве и транспорте.",
])
def test_counted_deals_worth_a_sum_in_listed_fields_are_no_instruments(text: str) -> None:
    assert extracted_ru(text).agreements == []


def test_a_list_of_fields_after_counted_documents_without_a_sum_still_names_them() -> None:
    ex = extracted_ru("Азербайджан и Кыргызстан подписали два соглашения: о сотрудничестве в туризме и о воздушном "
                      "сообщении.")
    assert len(ex.agreements) == 2


@pytest.mark.parametrize("text", [
    "Премьер-министр Армении Никол Пашинян отметил, что Кыргызстан – важный партнер Армении в Евразийском союзе, "
    "договор о создании которого был подписан в 2014 году.",
    "Президент Таджикистана напомнил о роли ШОС, хартия которой была принята в 2002 году, в отношениях Таджикистана "
    "и Китая.",
    "Министры Казахстана и Узбекистана обсудили работу Международного фонда спасения Арала, соглашение об учреждении "
    "которого подписано в 1993 году.",
])
def test_an_instrument_told_in_a_relative_clause_about_another_thing_is_not_the_pairs(text: str) -> None:
    assert extracted_ru(text).agreements == []


@pytest.mark.parametrize(("text", "count", "pair"), [
    ("Президенты Казахстана и Омана 5 мая провели переговоры в Маскате. Подписанные соглашения касаются "
     "сотрудничества в области науки и технологий, туризма и спорта.", 3, "науки и технологий"),
    ("Президенты Узбекистана и Египта 5 мая провели переговоры в Каире. Подписанные соглашения касаются энергетики и "
     "водных ресурсов, транспорта, культуры и образования.", 4, "энергетики и водных ресурсов"),
    ("Президенты Кыргызстана и Катара 5 мая провели переговоры в Дохе. Подписанные соглашения касаются таможенного "
     "дела и логистики, здравоохранения и фармацевтики, образования и спорта.", 4, "здравоохранения и фармацевтики"),
])
def test_a_coordinator_before_a_comma_of_a_list_joins_one_field(text: str, count: int, pair: str) -> None:
    titles = [a.title_original or a.title for a in extracted_ru(text).agreements]
    assert len(titles) == count, titles
    assert sum(pair in t for t in titles) == 1, titles


def test_a_coordinator_before_a_new_list_still_separates_its_last_item() -> None:
    titles = [a.title_original or a.title for a in extracted_ru(
        "Президенты Туркменистана и Турции 5 мая провели переговоры в Анкаре. Подписанные соглашения касаются "
        "центральных банков и информационных агентств, а также сотрудничества в области культуры.").agreements]
    assert len(titles) == 3, titles


@pytest.mark.parametrize(("text", "name", "state"), [
    ("АСТАНА, 12 мая. Президент Венгрии Тамаш Шуйок провел переговоры с Касым-Жомартом Токаевым. В тот же день "
     "президент Венгрии встретился с председателем Сената Ерланом Кошановым.", "Yerlan Koshanov", "KAZ"),
    ("ТАШКЕНТ, 3 июня. Премьер-министр Малайзии Анвар Ибрагим провел переговоры с Шавкатом Мирзиёевым. Затем "
     "премьер-министр Малайзии встретился со спикером Законодательной палаты Нуриддином Исмоиловым.",
     "Nuriddin Ismoilov", "UZB"),
])
def test_a_state_before_a_verb_is_not_the_state_of_the_office_after_it(text: str, name: str, state: str) -> None:
    people = {(p.name, p.country) for p in extracted_ru(text).people}
    assert (name, state) in people, people


@pytest.mark.parametrize("text", [
    "Министры иностранных дел Армении и Грузии провели переговоры в Ереване 4 апреля. Стороны договорились, что "
    "консульские службы двух стран проведут консультации в Тбилиси в мае.",
    "Президенты Казахстана и Азербайджана провели переговоры в Баку 4 апреля. Президенты договорились поручить "
    "правительствам провести заседание межправительственной комиссии в Астане осенью.",
    "Премьер-министры Узбекистана и Таджикистана провели переговоры в Душанбе 4 апреля. Стороны договорились "
    "продолжить диалог и встретиться в Ташкенте летом.",
])
def test_agreeing_to_hold_a_meeting_or_to_go_on_is_no_agreement(text: str) -> None:
    assert "AGREE" not in {e.type for e in extracted_ru(text).events}


def test_agreeing_that_services_will_open_offices_is_an_agreement() -> None:
    ex = extracted_ru("Министры иностранных дел Армении и Грузии провели переговоры в Ереване 4 апреля. Стороны "
                      "договорились, что две страны откроют новый пограничный переход.")
    assert "AGREE" in {e.type for e in ex.events}


@pytest.mark.parametrize(("text", "value"), [
    ("В 2024 году товарооборот Армении и Ирана достиг $700 млн. За пять месяцев текущего года взаимная торговля "
     "превысила $300 млн, а темпы ее роста составили 8%.", 8.0),
    ("Товарооборот Кыргызстана и Турции в прошлом году составил $1,1 млрд. За первые четыре месяца этого года его "
     "прирост составил 6,5%.", 6.5),
])
def test_a_growth_owned_by_a_pronoun_is_the_trades_growth(text: str, value: float) -> None:
    growth = [(i.metric, i.value) for i in extracted_ru(text, "2025-07-01").indicators if i.unit == "percent"]
    assert growth == [("trade_growth", value)]


@pytest.mark.parametrize("text", [
    "В 2024 году товарооборот Казахстана и Венгрии достиг $1,3 млрд, что на $150 млн больше показателя 2023 года.",
    "Товарооборот Узбекистана и Польши в 2024 году составил $900 млн, что на $40 млн меньше, чем годом ранее.",
    "В прошлом году товарооборот Таджикистана и Ирана составил $520 млн – на 60 млн долларов выше уровня 2023 года.",
])
def test_a_sum_more_or_less_than_another_figure_is_no_level_of_its_own(text: str) -> None:
    money = [i for i in extracted_ru(text, "2025-03-01").indicators if i.unit == "USD"]
    assert len(money) == 1, money
    assert money[0].period == "2024"


def test_a_level_not_exceeded_is_a_ceiling_in_russian() -> None:
    text = "Товарооборот между Арменией и Грузией в 2022 году не превысил 700 млн долларов."
    assert [(i.metric, i.value, i.qualifier) for i in extracted_ru(text).indicators] == [
        ("trade_turnover", 700e6, "up_to")]


def test_relations_the_states_agree_to_restore_are_an_agreement() -> None:
    ex = extracted_ru("Иордания и Ирак 3 марта договорились восстановить дипломатические отношения.")
    assert [(a.status, a.date) for a in ex.agreements] == [("agreed", "2024-03-03")]


def test_what_the_pairs_treaty_provides_for_and_its_commitments_are_fields() -> None:
    ex = extracted_ru("Армения и Грузия ратифицировали договор о границе. "
                      "Он предусматривает восстановление железнодорожных перевозок. "
                      "Стороны взяли обязательства в области здравоохранения. "
                      "Документ содержит обязательства по охране окружающей среды.")
    [coop] = ex.cooperation
    assert coop.sectors == ["health", "transport", "environment"]
