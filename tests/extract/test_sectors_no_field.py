"""Words of a field that name no field of cooperation. Goods one side sells the other, told in the many
ways trade reporting lists them: a list after a verb of trade ("sells ... copper, wine and fish"), after a
word that opens a list of what a sum is made of ("consisting of", "principally", "made up of"), or after a
flow word and its adverb ("imports mostly ..."). The vigour spent on something ("showed real energy", "put
more energy into"). A field the pair agrees to work in stays one."""

from collections.abc import Callable

import pytest

from accord.extract.analysis import AnalyzedDoc
from accord.extract.sectors import find_cooperation

Fields = Callable[[str], list[str]]


@pytest.fixture
def fields(analysed: Callable[..., AnalyzedDoc]) -> Fields:
    def sectors(text: str) -> list[str]:
        found = find_cooperation(analysed(text))
        return found[0].sectors if found else []
    return sectors


@pytest.mark.parametrize("text", [
    "Chile still sells Korea copper, wine and fish; Korea supplies Chile cars, phones and steel.",
    "Thailand's exports to Vietnam reached US$2.1 billion, consisting of sugar, cement and machinery.",
    "Ecuador's shipments to Bolivia were worth 640 million dollars last year, principally petrol, vaccines and grain.",
    "Kenya bought $400 million of Indian rice, sugar and medicines last year, and India bought Kenyan tea.",
    "Tanzania imports mostly fuel, fertilisers and steel from India.",
    "Senegal's imports from Spain totalled EUR 900 million, made up of fuel, vehicles and pharmaceuticals.",
    "Norway exports to Japan came to NOK 40 billion, predominantly salmon, aluminium and fertilisers.",
    "Uruguay sold China beef, soybeans and wood pulp last year and bought Chinese phones, cars and machinery.",
])
def test_a_list_of_goods_sold_is_no_field(fields: Fields, text: str) -> None:
    assert set(fields(text)) <= {"trade"}


def test_fields_the_pair_agrees_on_stay(fields: Fields) -> None:
    agreed = fields("Peru and Japan agreed to cooperate in mining, energy and tourism.")
    assert agreed == ["energy", "mining", "tourism"]


def test_one_good_sold_stays_a_field(fields: Fields) -> None:
    assert "oil_gas" in fields("Japan buys Qatari gas under a new long-term contract with Qatar.")


def test_fields_stressed_after_a_trade_goal_stay(fields: Fields) -> None:
    # ("especially", "in particular" stress the fields of the pair's plans, no list of goods sold)
    got = fields("Bolivia and Paraguay aim to double trade between them to $3 billion by 2028, in particular through "
                 "river ports, roads and the purchase of electricity from Paraguay.")
    assert "energy" in got


@pytest.mark.parametrize("text", [
    "Palau's president praised Japan for the real energy it displayed on flood defences in Palau.",
    "Colombia's envoy said negotiators from Colombia and Ecuador would find more energy for the customs pact after "
    "the holiday.",
    "The new ambassador brought fresh energy to the talks between Chile and Peru.",
    "Talks between Ghana and Togo lacked energy after the elections.",
    "Kenya and Uganda will put more energy into resolving the border dispute.",
    "With renewed energy, Vietnam and Laos pledged to finish the border talks this year.",
    "Both Malawi and Zambia devoted their energies to the summit's preparation.",
])
def test_energy_as_the_vigour_spent_on_something_is_no_field(fields: Fields, text: str) -> None:
    assert "energy" not in fields(text)


@pytest.mark.parametrize("text", [
    "Chile and Peru agreed to cooperate on energy and mining.",
    "Vietnam and Laos will expand cooperation in renewable energy.",
    "China and Egypt discussed cooperation in new energy and electric vehicles.",
    "Laos will sell more energy to Vietnam under the new power deal between Vietnam and Laos.",
])
def test_energy_as_a_field_stays(fields: Fields, text: str) -> None:
    assert "energy" in fields(text)
