from accord.document import CleanDocument
from accord.extract.analysis import AnalyzedDoc, analyse
from accord.extract.pairs import actor_states, countries_for, refers_to_pair

TEXT = (
    "Armenia and Georgia sign transit deal\n"
    "Armenia and Georgia signed a transit agreement in Tbilisi on Monday. "
    "Georgian officials said Armenian trucks would cross faster. "
    "The two countries also discussed energy. "
    "Armenia also held talks with Iran on gas supplies. "
    "The ministers met in Moscow last year. "
    "Armenia, Georgia and Azerbaijan held a trilateral meeting on railways."
)


def analysed() -> AnalyzedDoc:
    doc = CleanDocument(doc="t.txt", source="t.txt", text=TEXT, title=None, language="en", published="2024-05-02")
    result = analyse([doc])[0]
    assert result is not None
    return result


def test_story_pair_and_sentence_countries() -> None:
    a = analysed()
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


def test_capital_as_place_is_not_an_actor() -> None:
    a = analysed()
    assert actor_states(a.sentences[5], a.lang) == []
    assert refers_to_pair(a.sentences[3], a)
    assert not refers_to_pair(a.sentences[4], a)
