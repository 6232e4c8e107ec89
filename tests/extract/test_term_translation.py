"""Russian offices and agreement titles in English, lemma by lemma, with the original kept."""

from __future__ import annotations

import pytest

from accord.extract.term_translation import translate_office, translate_title


@pytest.mark.parametrize(
    ("office", "english"),
    [
        ("Президент", "President"),
        ("президента Казахстана", "President"),
        ("Председатель КНР", "President"),
        ("премьер-министра Таджикистана", "Prime Minister"),
        ("главой МИД", "Minister of Foreign Affairs"),
        ("министр иностранных дел Кыргызской Республики", "Minister of Foreign Affairs"),
        ("вице-премьер", "Deputy Prime Minister"),
        ("заместителем председателя правительства", "Deputy Prime Minister"),
        ("председатель Кабинета министров", "Chairman of the Cabinet of Ministers"),
        ("послом", "Ambassador"),
        ("министра инвестиций, промышленности и торговли Узбекистана", "Minister of Investment, Industry and Trade"),
        ("вице-премьер – министр цифрового развития", "Deputy Prime Minister, Minister of Digital Development"),
    ],
)
def test_an_office_in_any_case_reads_in_english_without_the_state(office: str, english: str) -> None:
    got = translate_office(office)
    assert (got.english, got.original, got.complete) == (english, office, True)


@pytest.mark.parametrize(
    ("title", "english"),
    [
        ("Меморандум о взаимопонимании в области образования", "Memorandum of Understanding in education"),
        ("Меморандума о взаимопонимании", "Memorandum of Understanding"),
        ("соглашение о сотрудничестве в сфере туризма", "Agreement on cooperation in tourism"),
        ("Дорожная карта по развитию торгово-экономического сотрудничества",
         "Road Map on the development of trade and economic cooperation"),
        ("Совместное заявление", "Joint Statement"),
        ("Договор о стратегическом партнерстве между Республикой Казахстан и Республикой Армения",
         "Treaty on Strategic Partnership between Kazakhstan and Armenia"),
        ("Программа экономического сотрудничества на 2024–2026 годы",
         "Programme of Economic Cooperation for 2024–2026"),
        ("Протокол заседания межправительственной комиссии",
         "Protocol of the Meeting of the Intergovernmental Commission"),
    ],
)
def test_an_agreement_title_reads_in_english(title: str, english: str) -> None:
    got = translate_title(title)
    assert (got.english, got.complete) == (english, True)


def test_a_title_stops_before_a_word_it_cannot_map_and_drops_the_dangling_link() -> None:
    got = translate_title("Соглашение между Правительством Республики Казахстан и Правительством Кыргызской "
                          "Республики о сотрудничестве в области кибербезопасности")
    assert got.english == ("Agreement between the Government of Kazakhstan and the Government of Kyrgyzstan "
                           "on cooperation")
    assert not got.complete


def test_nothing_mapped_gives_no_english_and_keeps_the_original() -> None:
    got = translate_title("Абракадабра")
    assert (got.english, got.original, got.complete) == (None, "Абракадабра", False)
