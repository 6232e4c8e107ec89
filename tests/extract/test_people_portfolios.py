"""The state of a minister the story names by office and name only, told by the field of his office: a field
the office lexicon reads whole ("Business and Trade Secretary", "International Trade Minister"), or the
ministry of that field the story names with its state just before him ("the Ruritanian Commerce Department
... . Commerce Secretary X")."""

from collections.abc import Callable

import pytest

from accord.extract.analysis import AnalyzedDoc
from accord.extract.people import find_people

Placed = Callable[[str], set[tuple[str, str]]]


@pytest.fixture
def placed(analysed: Callable[..., AnalyzedDoc]) -> Placed:
    def names_countries(text: str) -> set[tuple[str, str]]:
        return {(p.name, p.country) for p in find_people(analysed(text))}
    return names_countries


@pytest.mark.parametrize(("text", "person"), [
    ("Mexico and Canada on Friday signed a customs protocol in Ottawa. Economy Secretary Lucia Ferrer and "
     "Canada's International Trade Minister Daniel Whitfield put their names to the text.",
     ("Daniel Whitfield", "CAN")),
    ("India and Britain signed the services annex in London. Commerce Minister Ravi Menon and Britain's "
     "Business and Trade Secretary Alan Drury signed it in the presence of both prime ministers.",
     ("Alan Drury", "GBR")),
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
     "30 Korean firms to its export control list. Trade Minister Yoji Muto said the step protected national "
     "security.", ("Yoji Muto", "JPN")),
    ("Chile bans Argentine beef imports\nChile's Agriculture Ministry on Monday suspended imports of Argentine "
     "beef over a disease outbreak. Agriculture Minister Esteban Valenzuela said the ban would last a month.",
     ("Esteban Valenzuela", "CHL")),
    ("US blacklists Vietnamese firms\nLast week the U.S. Commerce Department put 12 Vietnamese firms on its "
     "entity list. Commerce Secretary Howard Lutnick said more could follow.", ("Howard Lutnick", "USA")),
    ("Seoul opens probe into Chinese steel\nSouth Korea's trade ministry opened an anti-dumping probe into "
     "Chinese steel plates on Friday, and Trade Minister Cheong In-kyo told lawmakers the duties could reach "
     "30 percent.", ("Cheong In-kyo", "KOR")),
    ("India curbs Turkish imports\nThe Indian Ministry of Commerce and Industry barred imports of Turkish "
     "marble from June. Commerce Minister Piyush Goyal defended the ban.", ("Piyush Goyal", "IND")),
    ("Britain sanctions Iranian banks\nThe British Foreign Office on Wednesday froze the assets of five Iranian "
     "banks. Foreign Secretary David Lammy called the move overdue.", ("David Lammy", "GBR")),
])
def test_a_minister_heads_the_ministry_of_his_field_the_story_named_with_its_state(
        placed: Placed, text: str, person: tuple[str, str]) -> None:
    assert person in placed(text)


def test_a_ministry_of_another_field_places_nobody(placed: Placed) -> None:
    got = placed("Ghana and Nigeria\nNigeria's Finance Ministry and the Bank of Ghana agreed on a payments link. "
                 "Foreign Minister Samuel Ablakwa welcomed it.")
    assert ("Samuel Ablakwa", "NGA") not in got


def test_an_envoy_summoned_to_a_ministry_lends_it_no_state(placed: Placed) -> None:
    got = placed("Estonia expels envoy\nOn Monday Estonia's ambassador was summoned to the Ministry of Foreign Affairs "
                 "of Moldova, where Deputy Foreign Minister Ion Ceban handed her a note.")
    assert ("Ion Ceban", "EST") not in got
