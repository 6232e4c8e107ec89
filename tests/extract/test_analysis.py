"""The one NLP pass: sentences with offsets into the clean text, and the story's pair."""

from __future__ import annotations

import pytest

from accord.document import CleanDocument
from accord.extract.analysis import analyse

pytestmark = pytest.mark.slow


def _doc(text: str, language: str | None = "en", title: str | None = None) -> CleanDocument:
    return CleanDocument(doc="t.txt", source="t.txt", text=text, language=language, title=title)


def test_sentences_carry_offsets_into_the_text() -> None:
    text = "Kenya and Japan held talks in Nairobi.\n\nThe two sides signed three documents."
    [a] = analyse([_doc(text)])
    assert a is not None
    assert [s.text for s in a.sentences] == ["Kenya and Japan held talks in Nairobi.",
                                            "The two sides signed three documents."]
    assert all(text[s.start:s.end] == s.text for s in a.sentences)


def test_a_line_break_ends_a_sentence_so_list_items_stand_alone() -> None:
    text = "Four documents were signed. These include:\n\nProtocol on customs cooperation between Peru and Chile"
    [a] = analyse([_doc(text)])
    assert a is not None
    assert a.sentences[-1].text == "Protocol on customs cooperation between Peru and Chile"


def test_the_story_pair_comes_from_the_most_mentioned_states() -> None:
    text = ("Peru and Chile discussed trade. Peruvian officials praised Chile. "
            "A Brazilian observer attended. Chile and Peru will meet again.")
    [a] = analyse([_doc(text)])
    assert a is not None and sorted(a.story_pair) == ["CHL", "PER"]


def test_an_organisation_in_the_headline_with_one_state_is_a_side_of_the_story() -> None:
    text = ("The African Union on Friday suspended Niger from all its activities, the AU's peace council "
            "said after a session in Addis Ababa. Niger's junta called the AU decision hasty. "
            "Niger had been warned by the African Union in July.")
    [a] = analyse([_doc(text, title="African Union suspends Niger after coup")])
    assert a is not None and sorted(a.story_pair) == ["IGO:AU", "NER"]


def test_an_organisation_where_two_states_meet_is_no_side_of_theirs() -> None:
    text = ("Peru and Chile met at the APEC summit. The two presidents discussed the Mercosur talks, "
            "Mercosur trade and a Mercosur tariff. Chile invited Peru to Santiago.")
    [a] = analyse([_doc(text, title="Peru, Chile leaders meet on Mercosur sidelines")])
    assert a is not None and sorted(a.story_pair) == ["CHL", "PER"]
    [b] = analyse([_doc("The EU and Ghana discussed cocoa. The EU praised Ghana. Ghana thanked the EU.")])
    assert b is not None and b.story_pair == ("GHA",)  # no headline naming the organisation: states only


def test_a_language_without_a_pipeline_is_not_analysed() -> None:
    assert analyse([_doc("Le Pérou et le Chili ont négocié.", language="fr")]) == [None]


def test_leaders_a_headline_names_by_family_name_are_its_sides() -> None:
    text = ("The two prime ministers signed the Duavata partnership renewal in Suva. China has courted "
            "Pacific states with loans, and Chinese police trainers worked in the region. New Zealand pledged "
            "new budget support. Fiji will host the next round.")
    [a] = analyse([_doc(text, title="Luxon and Rabuka renew partnership in Suva")])
    assert a is not None and sorted(a.story_pair) == ["FJI", "NZL"]


def test_a_state_the_publisher_s_name_carries_is_a_side_of_its_release() -> None:
    text = ("Goods exports to Ghana rose 9 percent in the first half, to US$ 84 million. Ghana remained the "
            "third destination, after Canada and Japan.\n\nShipments to Ghana were led by frozen fish and "
            "malt.\n\nThe figures were discussed in Accra by Ghana's trade minister and Chile's envoy.")
    plain = CleanDocument(doc="t.txt", source="t.txt", text=text, language="en")
    released = CleanDocument(doc="t.txt", source="t.txt", text=text, language="en",
                             masthead="CHILE TRADE WATCH — customs figures")
    unnamed = CleanDocument(doc="t.txt", source="t.txt", text=text, language="en",
                            masthead="PERU TRADE WATCH — customs figures")
    a, b, c = analyse([plain, released, unnamed])
    assert a is not None and sorted(a.story_pair) == ["CAN", "GHA"]
    assert b is not None and sorted(b.story_pair) == ["CHL", "GHA"]
    # a state the story never names is not made a side by the site's name
    assert c is not None and sorted(c.story_pair) == ["CAN", "GHA"]
