from collections.abc import Callable

from accord.document import CleanDocument
from accord.extract.analysis import AnalyzedDoc, analyse
from accord.extract.gazetteer import find_mentions, seats_as_organisations
from accord.extract.pairs import actor_states, countries_for, outsiders_side_by_side, refers_to_pair

TEXT = (
    "Armenia and Georgia sign transit deal\n"
    "Armenia and Georgia signed a transit agreement in Tbilisi on Monday. "
    "Georgian officials said Armenian trucks would cross faster. "
    "The two countries also discussed energy. "
    "Armenia also held talks with Iran on gas supplies. "
    "The ministers met in Moscow last year. "
    "Armenia, Georgia and Azerbaijan held a trilateral meeting on railways."
)


def test_story_pair_and_sentence_countries(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(TEXT)
    assert set(a.story_pair) == {"ARM", "GEO"}
    # a line break ends a sentence, so the headline stands alone
    assert [countries_for(s, a) for s in a.sentences] == [
        ["ARM", "GEO"],         # the headline
        ["ARM", "GEO"],         # both named
        ["ARM", "GEO"],         # demonyms
        ["ARM", "GEO"],         # "the two countries"
        ["ARM", "IRN"],         # a fact with a third state
        ["ARM", "GEO"],         # "in Moscow" is a place, not a party
        ["ARM", "AZE", "GEO"],  # multilateral cue
    ]


def test_capital_as_place_is_not_an_actor(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(TEXT)
    assert actor_states(a.sentences[5], a.lang) == []
    assert refers_to_pair(a.sentences[3], a)
    assert not refers_to_pair(a.sentences[4], a)


def test_the_seat_of_an_organisation_the_story_names_stands_for_it() -> None:
    text = ("The European Union on Thursday cut 40 million euros of budget support to Moldova. "
            "Brussels said the money would wait for the reform of the courts. "
            "Chisinau called the move regrettable.")
    doc = CleanDocument(doc="t.txt", source="t.txt", text=text, language="en", published="2026-03-05",
                        title="Chisinau protests as Brussels cuts budget support")
    [a] = analyse([doc])
    assert a is not None
    assert set(a.story_pair) == {"MDA", "IGO:EU"}
    assert [m.code for m in a.sentences[1].mentions] == ["IGO:EU"]


def test_a_seat_stays_its_state_when_the_state_is_named_or_no_organisation_is() -> None:
    named = find_mentions("Belgium and the EU disagree. Talks in Brussels went on.")
    assert [m.code for m in seats_as_organisations(named, named)] == ["BEL", "IGO:EU", "BEL"]
    alone = find_mentions("Brussels and Rabat signed a film co-production deal.")
    assert [m.code for m in seats_as_organisations(alone, alone)] == ["BEL", "MAR"]
    eu = find_mentions("Brussels and Rabat renewed the EU fisheries pact.")
    assert [m.code for m in seats_as_organisations(eu, eu)] == ["IGO:EU", "MAR", "IGO:EU"]


def test_mediators_are_not_parties(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ethiopia and Eritrea reopened the Zalambessa crossing on Monday. "
                 "The two sides agreed a prisoner exchange on Sunday with the mediation of Kenya and Uganda. "
                 "Talks brokered by Djibouti, the ministers said, will resume in May.")
    assert actor_states(a.sentences[1], a.lang) == []
    assert countries_for(a.sentences[1], a) == ["ERI", "ETH"]
    assert countries_for(a.sentences[2], a) == ["ERI", "ETH"]


def test_a_state_in_a_phrase_of_time_takes_no_part(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Chile and Poland expand mining ties. Chile and Poland signed a mining memorandum. "
                 "Foreign Minister Alberto van Klaveren visited Warsaw on Tuesday, two years after the start "
                 "of Belarus's border crisis, and met his counterpart. "
                 "Chile also held talks with Peru on lithium since the start of the year.")
    assert set(a.story_pair) == {"CHL", "POL"}
    assert countries_for(a.sentences[2], a) == ["CHL", "POL"]
    # a state named outside the phrase of time still takes part
    assert countries_for(a.sentences[3], a) == ["CHL", "PER"]


def test_third_states_acting_side_by_side_act_on_the_pairs_affair() -> None:
    assert outsiders_side_by_side(["KEN", "UGA", "RWA"], ("ETH", "SOM"))
    assert not outsiders_side_by_side(["KEN", "SOM"], ("ETH", "SOM"))  # a side of the pair among them
    assert not outsiders_side_by_side(["KEN"], ("ETH", "SOM"))
    assert not outsiders_side_by_side([None], ("ETH", "SOM"))


def test_a_capital_named_as_another_place_of_its_name_is_no_party(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Norway and Cape Verde sign energy memorandum. Norway and Cape Verde agreed on solar power. "
                 "Norway will fund a wind farm on the island of Santiago and a study in the port of Mindelo.")
    assert set(a.story_pair) == {"CPV", "NOR"}
    assert actor_states(a.sentences[2], a.lang) == ["NOR"]
    assert countries_for(a.sentences[2], a) == ["CPV", "NOR"]


def test_one_side_listed_with_a_third_as_partners_of_an_unnamed_doer(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Finland and Sweden sign a rail deal. Finland and Sweden agreed to link their railways. "
                 "The defence ministry wants a joint purchase of air defence systems with Sweden and Norway. "
                 "Sweden and Norway signed an energy accord with each other.")
    assert set(a.story_pair) == {"FIN", "SWE"}
    assert countries_for(a.sentences[2], a) == ["FIN", "NOR", "SWE"]
    assert countries_for(a.sentences[3], a) == ["NOR", "SWE"]  # the two named as the doers
