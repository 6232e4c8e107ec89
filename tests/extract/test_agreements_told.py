"""Agreements: what a phrase tells of an instrument (its status, its parties, whether it is one at all)
beyond the verb right above it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from accord.extract import agreements
from accord.extract.analysis import AnalyzedDoc
from accord.extract.events import find_event_mentions
from accord.facts import Agreement


def find_agreements(a: AnalyzedDoc) -> list[Agreement]:
    return agreements.find_agreements(a, find_event_mentions(a))


@pytest.fixture
def published() -> str:
    return "2024-05-02"


def test_a_ratification_leaves_the_instrument_signed_at_its_signing(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Chile and Peru signed an agreement on cross-border fishing on March 12.\n\n"
        "Peru's Congress ratified the agreement on cross-border fishing on April 30."
    )
    [ag] = find_agreements(a)
    assert ag.status == "signed"
    assert ag.date == "2024-03-12"


def test_programmes_of_a_kind_joined_to_a_signing_are_no_instruments(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Peru and Chile signed a road safety agreement and promised to expand housing programmes to villages "
        "on both sides of the border."
    )
    assert [ag.title for ag in find_agreements(a)] == ["road safety agreement"]


def test_a_relative_clause_aiming_to_conclude_tells_a_proposal(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Norway and Chile referred to the Fisheries Data Sharing Arrangement, which both governments intend "
        "to sign before 2029."
    )
    [ag] = find_agreements(a)
    assert ag.title == "Fisheries Data Sharing Arrangement"
    assert ag.status == "proposed"


def test_a_draft_in_capitals_is_proposed_not_recalled(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Austria and Nepal said the draft Programme of Youth Exchanges for 2026-2030 is ready to be signed."
    )
    [ag] = find_agreements(a)
    assert "Programme of Youth Exchanges" in ag.title
    assert ag.status == "proposed"


def test_an_instrument_between_one_side_and_a_bloc_is_not_the_pairs(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Ghana and Oman held talks in Muscat.\n\n"
        "We are negotiating a customs agreement between Oman and the Gulf Cooperation Council, where Ghana "
        "has observer status; talks resume in March.\n\n"
        "The ministers also touched on the Oman-EU cooperation agreement, applied since 2008."
    )
    assert find_agreements(a) == []


def test_an_instrument_named_after_the_pair_stays_theirs(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Mexico and Canada held talks.\n\nThe Canada-Mexico air transport agreement has applied since 2019."
    )
    [ag] = find_agreements(a)
    assert sorted(ag.countries) == ["CAN", "MEX"]
    assert ag.status == "in_force"


def test_contracts_of_firms_and_sums_of_contracts_are_business(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Kenya and Turkey held talks.\n\n"
        "Kenyan millers will go on signing seasonal wheat contracts while prices stay low.\n\n"
        "Some 14 contracts worth a total of 60 million dollars were concluded at the business forum.\n\n"
        "The delegations talked about doubling the volume of Turkish construction contracts in Kenya by 2028."
    )
    assert find_agreements(a) == []


def test_an_apposition_telling_which_deal_it_was_is_no_second_instrument(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed(
        "Kenya and Turkey held talks.\n\n"
        "Bankers say the failure of the cement contract, the first major deal the ministry signed with a foreign "
        "builder, will scare off lenders."
    )
    assert [ag.title for ag in find_agreements(a)] == ["cement contract"]


def test_a_contract_terminated_is_ended(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Kenya and Turkey held talks.\n\n"
        "On Monday Nairobi cancelled the contract for the construction of the Lamu highway, saying the Turkish "
        "builder had missed every deadline."
    )
    [ag] = find_agreements(a)
    assert ag.title.startswith("contract for the construction")
    assert ag.status == "ended"
    assert ag.date == "2024-04-29"


def test_the_plan_told_again_is_not_one_plan_per_field(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Spain and Portugal adopted a Spanish-Portuguese Action Plan on Tuesday.\n\n"
        "The plan covers forest fires, cross-border health care, water sharing and high-speed rail.\n\n"
        '"We did not come for a photo; this is a road map with dates and budgets," Sanchez told reporters.'
    )
    assert [ag.title for ag in find_agreements(a)] == ["Spanish-Portuguese Action Plan"]


def test_a_credit_line_in_a_list_of_signed_documents_is_one(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Germany and Senegal held talks in Dakar.\n\n"
        "Three documents were signed at the ceremony: a memorandum on vocational training, a credit line of "
        "20 million euros for Senegalese fishermen, and a grant agreement on solar pumps."
    )
    titles = [ag.title for ag in find_agreements(a)]
    assert "credit line of 20 million euros for Senegalese fishermen" in titles
    assert len(titles) == 3


def test_a_regime_citizens_enjoy_is_in_force(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Morocco and Brazil held talks.\n\nHolders of Moroccan passports benefit from a 90-day visa-free regime in "
        "Brazil."
    )
    [ag] = find_agreements(a)
    assert "visa" in ag.title
    assert ag.status == "in_force"


def test_a_verb_after_the_signing_aside_tells_the_later_status(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Exports rose sharply after the Economic Partnership Agreement between Japan and Kenya, signed in Tokyo "
        "in June 2021, entered into force on 1 January 2023."
    )
    [ag] = find_agreements(a)
    assert ag.status == "in_force"
    assert ag.date == "2023-01-01"


def test_procedures_for_the_entry_into_force_leave_it_signed(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Kenya and Vietnam held talks.\n\n"
        "Both ministers urged their parliaments to finish the procedures for the entry into force of the "
        "Double Taxation Avoidance Agreement, signed in Nairobi in 2021."
    )
    [ag] = find_agreements(a)
    assert ag.status == "signed"
    assert ag.date == "2021"


def test_a_weak_instrument_ended_needs_what_it_is_about(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Bolivia and Argentina held talks.\n\n"
        "Deliveries halted in March when the 2006 supply contract between YPFB and Enarsa expired.\n\n"
        "Flows dried up after the pipeline contract expired."
    )
    assert find_agreements(a) == []


def test_plural_programmes_of_a_kind_are_no_instruments(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Peru and Bolivia held talks.\n\n"
        "Peru and Bolivia will extend social programmes to villages on both sides of the border.\n\n"
        "Peru and Bolivia signed programmes on school meals and rural roads."
    )
    assert [ag.title for ag in find_agreements(a)] == ["programmes on school meals and rural roads"]


def test_a_plan_a_third_state_owns_is_not_the_pairs(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Kenya and Turkey held talks.\n\n"
        "Ties cooled after Nairobi suspended the Treaty of Friendship it had signed with Ankara in 2010, irritated "
        "that Turkey had backed Somalia's fisheries plan for the coast."
    )
    assert [ag.title for ag in find_agreements(a)] == ["Treaty of Friendship"]


def test_an_instrument_told_by_its_acronym_alone_is_spelled_out(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Sri Lanka and Chile held talks.\n\nBoth delegations said work on the FTA would continue in June.")
    [ag] = find_agreements(a)
    assert ag.title == "free trade agreement (FTA)"
    assert ag.status == "proposed"


def test_a_partnership_announced_in_a_participle_is_agreed(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Chile and Norway held talks.\n\n"
        "The minister said the memorandum puts into practice the Enhanced Partnership announced by the two "
        "presidents after their meeting this morning."
    )
    [ag] = find_agreements(a)
    assert ag.title == "Enhanced Partnership"
    assert ag.status == "agreed"
    assert ag.date == "2024-05-02"


def test_the_agreement_told_signed_again_dates_the_one_named_before(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Peru and Chile held talks.\n\n"
        "The Chilean Senate on Tuesday passed the law approving the Agreement between Chile and Peru on Mutual "
        "Legal Assistance. The agreement was signed in Santiago on 14 March 2022 by the two justice ministers."
    )
    [ag] = find_agreements(a)
    assert ag.status == "signed"
    assert ag.date == "2022-03-14"


def test_visas_issued_or_restricted_are_no_visa_regime(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Peru and Chile held talks.\n\n"
        "Lima stopped issuing work visas to Chileans in 1995.\n\n"
        "Santiago threatened to impose visa bans on the officials involved.\n\n"
        "Peru and Chile abolished visas for each other's citizens in 2001."
    )
    [ag] = find_agreements(a)
    assert ag.status == "in_force"
    assert ag.date == "2001"
    a = analysed(
        "Peru and Chile held talks.\n\nThe ministers also talked about a facilitation of visas for researchers."
    )
    [ag] = find_agreements(a)
    assert ag.status == "proposed"
