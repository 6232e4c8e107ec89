"""Acts of friction told in the many ways the press says one kind of fact: each family of sentences
(other verbs and nouns, active and passive, relative clauses, other states and numbers) must give
the same event, and the near misses of each family none."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_events_frictions import find_events

from accord.extract.analysis import AnalyzedDoc


@pytest.fixture
def published() -> str:
    return "2025-09-10"  # a Wednesday


def acts(a: AnalyzedDoc) -> set[tuple[str, tuple[str, ...], str | None]]:
    return {(e.type, tuple(sorted(e.countries)), e.date) for e in find_events(a)}


@pytest.mark.parametrize(("text", "want"), [
    ("On Monday the US Commerce Department added 31 Pakistani firms to its entity list.",
     ("SANCTION", ("PAK", "USA"), "2025-09-08")),
    ("Tokyo placed nine Belarusian companies on its export-control list on 2 September.",
     ("SANCTION", ("BLR", "JPN"), "2025-09-02")),
    ("Britain on Tuesday put six Iranian shipping firms on its sanctions list.",
     ("SANCTION", ("GBR", "IRN"), "2025-09-09")),
    ("Four Turkish drone makers were added to the Greek trade restriction list on Friday.",
     ("SANCTION", ("GRC", "TUR"), "2025-09-05")),
    ("Beijing included two Lithuanian laser makers in its unreliable entity list on 8 September.",
     ("SANCTION", ("CHN", "LTU"), "2025-09-08")),
    ("Canberra entered three Chinese research institutes on its foreign-interference blacklist last week.",
     ("SANCTION", ("AUS", "CHN"), "2025-09")),
])
def test_listing_the_other_sides_firms_on_a_register_of_measures_is_a_sanction(
        analysed: Callable[..., AnalyzedDoc], text: str, want: tuple[str, tuple[str, ...], str]) -> None:
    assert want in acts(analysed(text))


@pytest.mark.parametrize("text", [
    "Seoul put the visit of the Mongolian delegation on the list of its priorities.",
    "The Czech minister added Vietnam to the list of countries he will visit this year.",
    "Kenya placed Ethiopian coffee on its list of the best imports of the year.",
])
def test_a_list_of_no_measure_is_no_sanction(analysed: Callable[..., AnalyzedDoc], text: str) -> None:
    assert not {a for a in acts(analysed(text)) if a[0] == "SANCTION"}


@pytest.mark.parametrize(("text", "want"), [
    ("Ottawa's 20% surtax on Mexican steel took effect in July.", (("CAN", "MEX"), "2025-07")),
    ("Ecuador imposed a provisional anti-dumping deposit of 35% on Peruvian ceramics on Tuesday.",
     (("ECU", "PER"), "2025-09-09")),
    ("The levies follow duties of 40 per cent on Indian sugar that Pakistan imposed in June.",
     (("IND", "PAK"), "2025-06")),
    ("Nairobi put a 15 per cent surtax on Ugandan milk on 1 August.", (("KEN", "UGA"), "2025-08-01")),
    ("Morocco levied countervailing duties on Egyptian fertiliser on Monday.", (("EGY", "MAR"), "2025-09-08")),
    ("Vietnam placed an embargo on Cambodian pigs in 2019.", (("KHM", "VNM"), "2019")),
    ("The tariffs Washington applied to Brazilian orange juice in August angered growers.",
     (("BRA", "USA"), "2025-08")),
    ("Argentina slapped retaliatory measures on Chilean salmon on Friday.", (("ARG", "CHL"), "2025-09-05")),
])
def test_a_trade_measure_told_by_its_noun_is_a_sanction(
        analysed: Callable[..., AnalyzedDoc], text: str, want: tuple[tuple[str, ...], str]) -> None:
    states, date = want
    assert ("SANCTION", states, date) in acts(analysed(text))


@pytest.mark.parametrize("text", [
    "Indonesia applied the new labelling rules to Malaysian palm oil on Monday.",
    "Ghana put a deposit of $2 million on the Nigerian-built ferry on Friday.",
])
def test_a_rule_or_deposit_of_no_measure_is_no_sanction(analysed: Callable[..., AnalyzedDoc], text: str) -> None:
    assert not {a for a in acts(analysed(text)) if a[0] == "SANCTION"}


@pytest.mark.parametrize(("text", "want"), [
    ("Russia will respond to the expulsion of its diplomats from Slovakia, the foreign ministry said on Monday.",
     (("RUS", "SVK"), "2025-09-08")),
    ("Beijing vowed on Tuesday to retaliate against the new Swedish export curbs.", (("CHN", "SWE"), "2025-09-09")),
    ("Armenia warned Azerbaijan on Friday that it would take countermeasures if the blockade went on.",
     (("ARM", "AZE"), "2025-09-05")),
    ("A spokesman said on Monday that Athens reserved the right to respond to the Turkish decision.",
     (("GRC", "TUR"), "2025-09-08")),
    ("The Kremlin said on Thursday that Russia would hit back at Norway over the port closure.",
     (("NOR", "RUS"), "2025-09-04")),
    ("Pyongyang said on Sunday it was ready to retaliate against any South Korean provocation.",
     (("KOR", "PRK"), "2025-09-07")),
    ("Tehran will respond firmly to the Canadian listing, its envoy said on Tuesday.", (("CAN", "IRN"), "2025-09-09")),
])
def test_a_reply_held_out_for_later_is_a_threat(
        analysed: Callable[..., AnalyzedDoc], text: str, want: tuple[tuple[str, ...], str]) -> None:
    states, date = want
    assert ("THREATEN", states, date) in acts(analysed(text))


@pytest.mark.parametrize("text", [
    '"Finland will respond to Sweden\'s move constructively," the Finnish foreign minister told reporters on Monday.',
    "Kenya will respond to Tanzania's questions about the port deal next week, officials said.",
    "Serbia responded to the Croatian ban on Friday by closing its own border crossings.",
    "Chile did not vow to retaliate against Argentina, the minister said on Monday.",
])
def test_a_calm_answer_or_a_reply_told_as_done_is_no_threat(
        analysed: Callable[..., AnalyzedDoc], text: str) -> None:
    assert not {a for a in acts(analysed(text)) if a[0] == "THREATEN"}


@pytest.mark.parametrize(("text", "states"), [
    ("Venezuela's foreign minister called the Guyanese president a dictator on Tuesday.", ("GUY", "VEN")),
    ("Nicaragua's vice-president branded the Costa Rican government a criminal regime on Monday.", ("CRI", "NIC")),
    ("The Eritrean information minister on Friday labelled Ethiopia's leadership a threat to the region.",
     ("ERI", "ETH")),
    ("Algeria's president called Morocco's government illegitimate on Sunday.", ("DZA", "MAR")),
    ("President Ostrem called Vellani a tyrant after Paraguay's foreign minister met Bolivian exiles.",
     ("BOL", "PRY")),
    ("Belarus's foreign ministry called the Lithuanian authorities puppets and warmongers.", ("BLR", "LTU")),
])
def test_a_leader_or_government_called_a_name_of_blame_is_accused(
        analysed: Callable[..., AnalyzedDoc], text: str, states: tuple[str, ...]) -> None:
    assert any(a[:2] == ("ACCUSE", states) for a in acts(analysed(text)))


def test_a_leader_called_a_friend_is_no_accusation(analysed: Callable[..., AnalyzedDoc]) -> None:
    assert not acts(analysed("Peru's president called the Mexican leader a friend on Tuesday."))


@pytest.mark.parametrize(("text", "want"), [
    ("Pakistan dispatched 40 tonnes of medicines to Sri Lanka on Monday.", (("LKA", "PAK"), "2025-09-08")),
    ("On Tuesday Egypt dispatched a consignment of 90 tonnes of vaccines and medicines to Sudan.",
     (("EGY", "SDN"), "2025-09-09")),
    ("Kazakhstan airlifted tents and blankets to flood-hit Kyrgyzstan on Friday.", (("KAZ", "KGZ"), "2025-09-05")),
    ("Ireland disbursed €15 million in budget support to Malawi in August.", (("IRL", "MWI"), "2025-08")),
    ("The €8 million of budget support that Portugal released to Cape Verde in July paid for clinics.",
     (("CPV", "PRT"), "2025-07")),
    ("Morocco sent 25 ambulances and medical supplies to Mauritania on Sunday.", (("MAR", "MRT"), "2025-09-07")),
])
def test_relief_sent_in_kind_or_support_disbursed_is_aid(
        analysed: Callable[..., AnalyzedDoc], text: str, want: tuple[tuple[str, ...], str]) -> None:
    states, date = want
    assert ("AID", states, date) in acts(analysed(text))


@pytest.mark.parametrize("text", [
    "Brazil shipped 60,000 tonnes of soybeans to China on Monday.",
    "Germany sent two ministers to Namibia on Monday.",
])
def test_goods_or_people_sent_are_no_aid(analysed: Callable[..., AnalyzedDoc], text: str) -> None:
    assert not {a for a in acts(analysed(text)) if a[0] == "AID"}


@pytest.mark.parametrize(("text", "want"), [
    ("The joint naval exercise of Pakistan and Turkey concluded on Sunday in the Arabian Sea.",
     (("PAK", "TUR"), "2025-09-07")),
    ("Saudi and Chinese air force units wrapped up a two-week joint training exercise last week.",
     (("CHN", "SAU"), "2025-09")),
    ("Indonesian and Australian troops held a joint military exercise in Darwin on Monday.",
     (("AUS", "IDN"), "2025-09-08")),
    ("Production started on Tuesday at the Hungarian-Serbian joint venture in Subotica.",
     (("HUN", "SRB"), "2025-09-09")),
    ("The Georgian-Armenian joint venture began producing solar panels on 1 September.",
     (("ARM", "GEO"), "2025-09-01")),
    ("A Mongolian-Japanese joint venture in Darkhan started production of cement on Monday.",
     (("JPN", "MNG"), "2025-09-08")),
])
def test_joint_work_held_or_output_started_at_a_joint_undertaking_is_cooperation(
        analysed: Callable[..., AnalyzedDoc], text: str, want: tuple[tuple[str, ...], str]) -> None:
    states, date = want
    assert ("COOPERATE", states, date) in acts(analysed(text))


@pytest.mark.parametrize("text", [
    "Chinese firms started production of cars in Hungary on Monday.",
    "Peru and Chile did not hold a joint exercise this year.",
    "Bolivia's army held an exercise near the Chilean border on Monday.",
])
def test_work_of_one_side_or_not_held_is_no_cooperation(analysed: Callable[..., AnalyzedDoc], text: str) -> None:
    assert not {a for a in acts(analysed(text)) if a[0] == "COOPERATE"}


@pytest.mark.parametrize(("text", "want"), [
    ("Mali's junta on Thursday denounced the defence cooperation agreements with Niger.",
     (("MLI", "NER"), "2025-09-04")),
    ("Burkina Faso withdrew from the military cooperation accord with Togo on Monday.",
     (("BFA", "TGO"), "2025-09-08")),
    ("Russia pulled out of the fisheries agreement with Iceland last week.", (("ISL", "RUS"), "2025-09")),
    ("Honduras tore up its 2014 treaty on extraditions with El Salvador on Friday.",
     (("HND", "SLV"), "2025-09-05")),
    ("Ecuador quit the investment pact with Colombia on 3 September.", (("COL", "ECU"), "2025-09-03")),
    ("On Tuesday Serbia renounced the 2013 transit convention with Kosovo.", (("SRB", "XKX"), "2025-09-09")),
])
def test_leaving_an_agreement_with_the_other_side_is_a_sanction(
        analysed: Callable[..., AnalyzedDoc], text: str, want: tuple[tuple[str, ...], str]) -> None:
    states, date = want
    assert ("SANCTION", states, date) in acts(analysed(text))


@pytest.mark.parametrize(("text", "date"), [
    ("Last Saturday Chile announced the suspension of copper shipments to Bolivia.", "2025-09-06"),
    ("Chile last Saturday announced the suspension of copper shipments to Bolivia.", "2025-09-06"),
    ("Chile announced the suspension of copper shipments to Bolivia last Saturday.", "2025-09-06"),
    ("Last Wednesday Chile announced the suspension of copper shipments to Bolivia.", "2025-09-03"),
])
def test_last_weekday_is_the_latest_such_day_before_the_story(
        analysed: Callable[..., AnalyzedDoc], text: str, date: str) -> None:
    assert ("SANCTION", ("BOL", "CHL"), date) in acts(analysed(text))


@pytest.mark.parametrize(("text", "want"), [
    ("On Thursday Burundi gave Rwanda's top diplomat 48 hours to quit the country.", (("BDI", "RWA"), "2025-09-04")),
    ("Mali told the Algerian diplomats on Monday to leave Bamako within a week.", (("DZA", "MLI"), "2025-09-08")),
    ("Chad instructed the Sudanese chargé d'affaires to leave N'Djamena on Sunday.", (("SDN", "TCD"), "2025-09-07")),
    ("Guinea ordered the Senegalese envoy to leave Conakry on Tuesday.", (("GIN", "SEN"), "2025-09-09")),
])
def test_an_envoy_given_a_deadline_to_leave_is_expelled(
        analysed: Callable[..., AnalyzedDoc], text: str, want: tuple[tuple[str, ...], str]) -> None:
    states, date = want
    assert ("SANCTION", states, date) in acts(analysed(text))


def test_an_envoy_welcomed_before_leaving_is_not_expelled(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ghana gave the Togolese ambassador a warm welcome before he left Accra on Monday.")
    assert not {x for x in acts(a) if x[0] == "SANCTION"}


def test_an_act_done_for_another_takes_that_ones_date(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ghana on Tuesday summoned Nigeria's High Commissioner to protest the beating of three Ghanaian "
                 "traders in Lagos last week.")
    assert {x for x in acts(a) if x[0] == "PROTEST"} == {("PROTEST", ("GHA", "NGA"), "2025-09-09")}


def test_a_plan_is_not_dated_by_when_it_was_told(analysed: Callable[..., AnalyzedDoc]) -> None:
    # a past relative date is when the offer was made; a future one is no date of a chance held out
    offered = analysed("Latvia and Estonia held talks on Monday.\n\nThe Latvian premier said last week that Riga "
                       "was ready to sign the border treaty with Estonia.")
    chance = analysed("Kenya and Uganda held talks on Monday.\n\nThe Kenyan president is due at a summit in "
                      "Kampala next week, where he could meet Museveni, diplomats said.")
    assert ("AGREE", ("EST", "LVA"), "2025-09") not in acts(offered)
    assert ("CONSULT", ("KEN", "UGA"), "2025-09-08") in acts(chance)


def test_a_surname_that_spells_a_weekday_is_no_date(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("We recall the state visit to Laos by President Vo Van Thuong in May 2023 and the visit to Vietnam "
                 "by Vice Premier Sun Wen of Laos in March 2024.")
    assert {x[2] for x in acts(a) if x[0] == "CONSULT"} == {"2023-05", "2024-03"}


# a body's session named with the states after its noun ("XV Binational Cabinet Peru-Ecuador"): the parser heads
# the name by the states, and the body's modifiers hang beside its noun
@pytest.mark.parametrize(("text", "want"), [
    ("The President of the Republic of Peru and the President of the Republic of Ecuador led this Saturday in the "
     "city of Tumbes the Presidential Encounter and XV Binational Cabinet Peru-Ecuador.",
     [("CONSULT", "commission", "2025-03-01")]),
    ("The ministers of Kazakhstan and Uzbekistan co-chaired in Tashkent on Friday the 20th Intergovernmental "
     "Commission Kazakhstan-Uzbekistan.", [("CONSULT", "commission", "2025-02-28")]),
    ("On Monday the foreign ministers chaired in Amman the third Joint Committee Jordan-Uzbekistan.",
     [("CONSULT", "commission", "2025-03-03")]),
    # a body of one state's own stays no session of the two, nor is an office named with 'Cabinet'
    ("Kenya and Ethiopia agreed on Friday to harmonise customs. The meeting between Trade, Investment and Industry "
     "Cabinet Secretary Moses Kuria and Ethiopia's Minister of Trade Gebremeskel Chala was held at the border post "
     "on Saturday.", [("AGREE", None, "2025-02-28"), ("CONSULT", "meeting", "2025-03-01")]),
    ("The President of Peru visited the National Cabinet Office of Ecuador on Friday.",
     [("CONSULT", "visit", "2025-02-28")]),
])
def test_a_session_named_before_its_states_is_a_commission(
        analysed: Callable[..., AnalyzedDoc], text: str, want: list[tuple[str, str | None, str]]) -> None:
    assert [(e.type, e.mode, e.date) for e in find_events(analysed(text, published="2025-03-05"))] == want
