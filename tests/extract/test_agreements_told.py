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
        "Japan and India reaffirmed their partnership and welcomed progress towards a Reciprocal Supply "
        "Arrangement, which both sides aim to conclude in 2027."
    )
    [ag] = find_agreements(a)
    assert ag.title == "Reciprocal Supply Arrangement"
    assert ag.status == "proposed"


def test_a_draft_in_capitals_is_proposed_not_recalled(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Japan and India noted that the draft Programme of Sports Exchanges for 2025-2028 is ready for signing."
    )
    [ag] = find_agreements(a)
    assert "Programme of Sports Exchanges" in ag.title
    assert ag.status == "proposed"


def test_an_instrument_between_one_side_and_a_bloc_is_not_the_pairs(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Kazakhstan and Egypt held talks in Cairo.\n\n"
        "We also prepare the agreement on free trade between Egypt and the Eurasian Economic Union, where "
        "Kazakhstan is a member; we hope it will enter into force soon.\n\n"
        "The ministers also discussed the Egypt-EU association agreement, which has been in force since 2004."
    )
    assert find_agreements(a) == []


def test_an_instrument_named_after_the_pair_stays_theirs(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "China and South Korea held talks.\n\nThe Korea-China free trade agreement has been in force since 2015."
    )
    [ag] = find_agreements(a)
    assert sorted(ag.countries) == ["CHN", "KOR"]
    assert ag.status == "in_force"


def test_contracts_of_firms_and_sums_of_contracts_are_business(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Peru and Japan held talks.\n\n"
        "Peruvian refiners would keep signing short-term diesel contracts as long as demand requires it.\n\n"
        "At the forum 9 contracts for a sum of 21 million euros were concluded.\n\n"
        "The ministers discussed a plan to raise the value of Japanese engineering contracts in Peru to $5 billion."
    )
    assert find_agreements(a) == []


def test_an_apposition_telling_which_deal_it_was_is_no_second_instrument(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed(
        "Peru and Japan held talks.\n\n"
        "Analysts say the collapse of the mining contract, the first major deal the government signed with a "
        "foreign firm, hurts investment."
    )
    assert [ag.title for ag in find_agreements(a)] == ["mining contract"]


def test_a_contract_terminated_is_ended(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Peru and Japan held talks.\n\n"
        "On Wednesday the ministry announced it had terminated the contract for copper extraction in the "
        "Rio Blanco basin, accusing the Japanese company of failing to meet its obligations."
    )
    [ag] = find_agreements(a)
    assert ag.title.startswith("contract for copper extraction")
    assert ag.status == "ended"
    assert ag.date == "2024-05-01"


def test_the_plan_told_again_is_not_one_plan_per_field(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Spain and Portugal adopted a Spanish-Portuguese Action Plan on Tuesday.\n\n"
        "The plan concerns among others defence, the protection of the coast, the energy transition, and the "
        "railway links.\n\n"
        '"This is not a ceremony, this is work plan for the next years," said Sanchez.'
    )
    assert [ag.title for ag in find_agreements(a)] == ["Spanish-Portuguese Action Plan"]


def test_a_credit_line_in_a_list_of_signed_documents_is_one(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Italy and Tunisia held talks in Tunis.\n\n"
        "During the visit, three agreements were signed: a memorandum on budget support of 40 million euros for "
        "water, a credit line of 35 million euros for Tunisian farmers, and a memorandum on tourism."
    )
    titles = [ag.title for ag in find_agreements(a)]
    assert "credit line of 35 million euros for Tunisian farmers" in titles
    assert len(titles) == 3


def test_a_regime_citizens_enjoy_is_in_force(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Chile and Thailand held talks.\n\nChilean citizens enjoy a 60-day visa-free regime in Thailand.")
    [ag] = find_agreements(a)
    assert "visa" in ag.title
    assert ag.status == "in_force"


def test_a_verb_after_the_signing_aside_tells_the_later_status(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The figures are the first full-year data since the Comprehensive Economic Partnership Agreement "
        "(CEPA) between Chile and the UAE, signed in Dubai on 11 October 2022, entered into force on 1 March 2023."
    )
    [ag] = find_agreements(a)
    assert ag.status == "in_force"
    assert ag.date == "2023-03-01"


def test_procedures_for_the_entry_into_force_leave_it_signed(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Chile and Vietnam held talks.\n\n"
        "The parties expressed readiness to complete internal procedures for the entry into force of the "
        "Agreement on Mutual Promotion and Protection of Investments, signed in Hanoi in 2022."
    )
    [ag] = find_agreements(a)
    assert ag.status == "signed"
    assert ag.date == "2022"


def test_a_weak_instrument_ended_needs_what_it_is_about(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Slovakia and Ukraine held talks.\n\n"
        "Transit stopped on 1 January after the 2019 transit contract between Naftogaz and Gazprom expired.\n\n"
        "Shipments stopped after the gas contract expired."
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
        "Peru and Spain held talks.\n\n"
        "Relations froze in 2022, when Lima suspended the Treaty of Friendship it had signed with Madrid in 2002, "
        "angered by Spain's support for Chile's maritime plan for the Pacific coast."
    )
    assert [ag.title for ag in find_agreements(a)] == ["Treaty of Friendship"]


def test_an_instrument_told_by_its_acronym_alone_is_spelled_out(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Sri Lanka and Chile held talks.\n\nOfficials in Colombo describe the FTA talks as close to final.")
    [ag] = find_agreements(a)
    assert ag.title == "free trade agreement (FTA)"
    assert ag.status == "proposed"


def test_a_partnership_announced_in_a_participle_is_agreed(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Chile and Norway held talks.\n\n"
        "The minister said the memorandum gives practical content to the Comprehensive Strategic Partnership "
        "announced by the two leaders after their talks earlier today."
    )
    [ag] = find_agreements(a)
    assert ag.title == "Comprehensive Strategic Partnership"
    assert ag.status == "agreed"
    assert ag.date == "2024-05-02"


def test_the_agreement_told_signed_again_dates_the_one_named_before(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Peru and Chile held talks.\n\n"
        "The Congress of Peru on Thursday adopted the bill approving the Agreement between Peru and Chile on the "
        "Protection of Investments. The agreement was signed in Lima on 3 October 2023 by the two trade ministers."
    )
    [ag] = find_agreements(a)
    assert ag.status == "signed"
    assert ag.date == "2023-10-03"


def test_visas_issued_or_restricted_are_no_visa_regime(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Peru and Chile held talks.\n\n"
        "Lima stopped issuing work visas to Chileans in 1995.\n\n"
        "Santiago said it was considering visa restrictions on those responsible.\n\n"
        "Peru and Chile abolished visas for each other's citizens in 2001."
    )
    [ag] = find_agreements(a)
    assert ag.status == "in_force"
    assert ag.date == "2001"
    a = analysed("Peru and Chile held talks.\n\nThe two sides discussed a facilitation of visas for students.")
    [ag] = find_agreements(a)
    assert ag.status == "proposed"
