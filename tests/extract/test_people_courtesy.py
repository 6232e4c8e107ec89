"""Courtesy titles and ranks stand before a name and are no part of it ("Captain X", "the Rt Hon X"); an
abbreviation in capitals among them ("HE", His Excellency) is read only as written, so a family name that
shares its letters ("He", a Chinese family name) opens the name it belongs to."""

from collections.abc import Callable

import pytest

Placed = Callable[[str], set[tuple[str, str]]]


@pytest.mark.parametrize(("text", "person"), [
    ("China and Canada trade row\nBeijing's commerce ministry confirmed the levies. A ministry spokesman, He Wenbo, "
     "told a briefing that investigators had established that Canadian exporters sold below cost.",
     ("He Wenbo", "CHN")),
    ("China and the US talks\nChinese Vice Premier He Lifeng met Treasury Secretary Grant Halvorsen in Geneva, where "
     "China and the United States agreed to cut tariffs.", ("He Lifeng", "CHN")),
    ("China and Brazil\nChina's Vice Minister of Commerce He Ning signed the protocol with Brazil's trade "
     "secretary in Brasília.", ("He Ning", "CHN")),
    ("China and Kenya\nKenya welcomed the loan. The Chinese ambassador, He Xiangdong, said the railway would be "
     "extended.", ("He Xiangdong", "CHN")),
    ("China and Peru\nPeru's Foreign Minister Rosa Quispe met China's Vice Foreign Minister He Mei in Lima.",
     ("He Mei", "CHN")),
    ("China and Chile\nChilean Trade Undersecretary Valentina Soto and China's Vice Commerce Minister He "
     "Yongjian opened the talks.", ("He Yongjian", "CHN")),
])
def test_a_family_name_that_shares_an_abbreviated_title_opens_the_name(placed: Placed, text: str,
                                                                        person: tuple[str, str]) -> None:
    got = placed(text)
    assert person in got
    assert not any(name == person[0].split()[1] for name, _ in got)


@pytest.mark.parametrize(("text", "person"), [
    ("Burkina Faso and Mali\nBurkina Faso's leader Captain Ibrahim Sawadogo received Mali's Colonel Assimi Diarra "
     "in Ouagadougou.", ("Ibrahim Sawadogo", "BFA")),
    ("New Zealand and Samoa\nNew Zealand's Foreign Minister the Rt Hon Paul Harding met Samoa's Prime Minister "
     "in Apia.", ("Paul Harding", "NZL")),
    ("Ghana and Togo\nGhana's Defence Minister Major Kofi Mensah met Togo's Defence Minister in Lomé.",
     ("Kofi Mensah", "GHA")),
    ("Pakistan and Turkey\nPakistan's Interior Minister Capt. Zaheer Ahmad met Turkey's Defence Minister in Ankara.",
     ("Zaheer Ahmad", "PAK")),
    ("Fiji and Australia\nFiji's Home Affairs Minister the Rt. Hon. Pio Tikoduadua met Australia's "
     "Defence Minister in Suva.", ("Pio Tikoduadua", "FJI")),
    ("India and Sri Lanka\nSri Lanka's Defence Secretary Major General Priyantha Perera met India's defence "
     "secretary in Colombo.", ("Priyantha Perera", "LKA")),
])
def test_a_rank_or_courtesy_title_before_the_name_is_no_part_of_it(placed: Placed, text: str,
                                                                    person: tuple[str, str]) -> None:
    got = placed(text)
    assert person in got
    assert not any(name != person[0] and name.endswith(person[0]) for name, _ in got)
