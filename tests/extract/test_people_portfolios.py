"""The state of a minister the story names by office and name only, told by the field of his office: a field
the office lexicon reads whole ("Business and Trade Secretary", "International Trade Minister"), or the
ministry of that field the story names with its state just before him ("the Ruritanian Commerce Department
... . Commerce Secretary X")."""

from collections.abc import Callable

import pytest

Placed = Callable[[str], set[tuple[str, str]]]


@pytest.mark.parametrize(("text", "person"), [
    ("Mexico and Canada on Friday signed a customs protocol in Ottawa. Economy Secretary Lucia Ferrer and "
     "Canada's International Trade Minister Daniel Whitfield put their names to the text.",
     ("Daniel Whitfield", "CAN")),
    ("Vietnam and Ireland initialled a farm-goods chapter in Dublin. Industry Minister Linh Pham and Ireland's "
     "Enterprise and Employment Minister Niamh Costello put their initials to it while both premiers looked on.",
     ("Niamh Costello", "IRL")),
    ("Mexico and Canada on Friday signed a customs protocol in Ottawa. Canada's International Trade Minister "
     "Daniel Whitfield signed the text.", ("Daniel Whitfield", "CAN")),
    ("Chile and Australia opened a wine office. Australia's Small Business Minister Julie Collins and "
     "Agriculture Minister Ignacio Vidal cut the ribbon.", ("Julie Collins", "AUS")),
    ("Norway and Japan agreed on salmon quotas. Japan's Food and Fisheries Minister Kenta Ono met Trade "
     "Minister Ola Berg in Oslo.", ("Kenta Ono", "JPN")),
    ("Egypt and Italy launched a film fund. Italy's Culture and Heritage Minister Paola Conti and Egypt's "
     "Culture Minister Ahmed Fouad opened the fund in Cairo.", ("Paola Conti", "ITA")),
])
def test_a_field_of_several_words_stays_in_the_office_with_its_state(placed: Placed, text: str,
                                                                      person: tuple[str, str]) -> None:
    assert person in placed(text)


@pytest.mark.parametrize(("text", "person"), [
    ("Tokyo tightens rules on Korean chip parts\nOn Tuesday Japan's Ministry of Economy, Trade and Industry added "
     "30 Korean firms to its export control list. Trade Minister Haruki Sonoda said the step protected national "
     "security.", ("Haruki Sonoda", "JPN")),
    ("Chile bans Argentine beef imports\nChile's Agriculture Ministry on Monday suspended imports of Argentine "
     "beef over a disease outbreak. Agriculture Minister Rodrigo Esquivel said the ban would last a month.",
     ("Rodrigo Esquivel", "CHL")),
    ("US blacklists Vietnamese firms\nLast week the U.S. Commerce Department put 12 Vietnamese firms on its "
     "entity list. Commerce Secretary Grant Halvorsen said more could follow.", ("Grant Halvorsen", "USA")),
    ("Seoul opens probe into Chinese steel\nSouth Korea's trade ministry opened an anti-dumping probe into "
     "Chinese steel plates on Friday, and Trade Minister Yoon Ha-jin told lawmakers the duties could reach "
     "30 percent.", ("Yoon Ha-jin", "KOR")),
    ("India curbs Turkish imports\nThe Indian Ministry of Commerce and Industry barred imports of Turkish "
     "marble from June. Commerce Minister Arvind Kulkarni defended the ban.", ("Arvind Kulkarni", "IND")),
    ("Britain sanctions Iranian banks\nThe British Foreign Office on Wednesday froze the assets of five Iranian "
     "banks. Foreign Secretary Edmund Hartley called the move overdue.", ("Edmund Hartley", "GBR")),
])
def test_a_minister_heads_the_ministry_of_his_field_the_story_named_with_its_state(
        placed: Placed, text: str, person: tuple[str, str]) -> None:
    assert person in placed(text)


def test_a_ministry_of_another_field_lends_its_state_to_nobody(placed: Placed) -> None:
    got = placed("Ghana and Nigeria\nNigeria's Finance Ministry and the Bank of Ghana agreed on a payments link. "
                 "Ghana will host the launch in Accra, Foreign Minister Kwesi Boateng said.")
    assert ("Kwesi Boateng", "GHA") in got
    assert ("Kwesi Boateng", "NGA") not in got


def test_an_envoy_summoned_to_a_ministry_lends_it_no_state(placed: Placed) -> None:
    got = placed("Latvia and Georgia\nOn Wednesday Latvia's envoy was called in to the Georgian Ministry of Foreign "
                 "Affairs, where First Deputy Foreign Minister Levan Kiknadze read him a protest.")
    assert ("Levan Kiknadze", "GEO") in got
    assert ("Levan Kiknadze", "LVA") not in got
