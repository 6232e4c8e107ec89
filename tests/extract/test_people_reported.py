"""The state of an official told by what he does or reports, not by words next to his name: the co-leader of
a state's delegation ("a Ruritanian delegation led by Minister A and Adviser B"), the head of a state's
negotiators ("led Ruritania's negotiators"), and the speaker who reports his own state's act ("Ruritania
expelled two envoys, Foreign Minister X said")."""

from collections.abc import Callable

import pytest

Placed = Callable[[str], set[tuple[str, str]]]


@pytest.mark.parametrize(("text", "person"), [
    ("Peru and Korea talks\nThe talks in Seoul were held between a Peruvian delegation led by Trade Minister Ana Ruiz "
     "and Deputy Foreign Minister Jorge Salas, and the office of Korea's Trade Minister Shin Jae-won.",
     ("Jorge Salas", "PER")),
    ("Kenya and Japan talks\nA Kenyan team headed by Treasury Secretary John Mbadi and Central Bank Governor Kamau "
     "Thugge met Japanese officials in Tokyo.", ("Kamau Thugge", "KEN")),
    ("Ghana and China talks\nTrade Minister Elizabeth Ofosu-Adjare led Accra's negotiators in Beijing, where Ghana "
     "and China agreed on a cocoa deal.", ("Elizabeth Ofosu-Adjare", "GHA")),
    ("Colombia and Spain talks\nTrade Minister Rodrigo Albarrán headed Colombia's delegation at the Madrid round, "
     "which closed with a deal on port fees between Spain and Colombia.", ("Rodrigo Albarrán", "COL")),
    ("Morocco and France\nThe Moroccan delegation, led by Foreign Minister Hicham Tazi and Finance Minister Salma "
     "Idrissi, arrived in Paris on Monday.", ("Salma Idrissi", "MAR")),
    ("Egypt and Turkey\nThe Egyptian mission was headed by Trade Minister Ahmed Samir and Investment Minister "
     "Hassan El Khatib, who met Turkish officials in Ankara.", ("Hassan El Khatib", "EGY")),
])
def test_the_leaders_of_a_states_delegation_are_of_that_state(placed: Placed, text: str,
                                                               person: tuple[str, str]) -> None:
    assert person in placed(text)


@pytest.mark.parametrize(("text", "person"), [
    ("Austria and Hungary row\nAustria declared two Hungarian diplomats persona non grata on Tuesday, Foreign "
     "Minister Beate Meinl said.", ("Beate Meinl", "AUT")),
    ("Poland and Belarus row\nPoland will shut its last open border crossing with Belarus from Friday, Interior "
     "Minister Tomasz Siemoniak told reporters.", ("Tomasz Siemoniak", "POL")),
    ("Netherlands and Venezuela row\nThe Netherlands has called its consul in Caracas home for consultations, "
     "Foreign Minister Pieter de Wolde told reporters on Sunday.", ("Pieter de Wolde", "NLD")),
    ("Jordan and Iraq\nJordan has summoned the Iraqi chargé d'affaires over the shelling, Foreign Minister Samir "
     "Haddadin said on Tuesday.", ("Samir Haddadin", "JOR")),
    ("Finland and Belarus\nFinland ordered two Belarusian diplomats out of the country, Foreign Minister Mikael "
     "Lindroos announced on Thursday.", ("Mikael Lindroos", "FIN")),
    ("Japan and China row\nJapan lodged a strong protest with China over the detention of its national, Chief "
     "Cabinet Secretary Yoshimasa Hayashi said.", ("Yoshimasa Hayashi", "JPN")),
])
def test_a_speaker_who_reports_a_states_act_speaks_for_that_state(placed: Placed, text: str,
                                                                   person: tuple[str, str]) -> None:
    assert person in placed(text)


@pytest.mark.parametrize(("text", "person"), [
    ("Georgia and Armenia\nThe session was co-chaired by Georgia's Economy Minister Levan Ruadze and Armenia's Deputy "
     "Prime Minister Aram Petrosyan. \"Armenia is our strategic partner,\" Ruadze said.", ("Levan Ruadze", "GEO")),
    ("India and Peru\nThe talks were co-chaired by India's Commerce Minister Rakesh Varma and Peru's trade minister. "
     "\"Peru is a trusted partner for India,\" Varma said.", ("Rakesh Varma", "IND")),
])
def test_a_state_the_speaker_speaks_of_in_quotes_is_not_his(placed: Placed, text: str,
                                                            person: tuple[str, str]) -> None:
    assert person in placed(text)
