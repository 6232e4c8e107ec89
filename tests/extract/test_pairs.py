from collections.abc import Callable

from accord.extract.analysis import AnalyzedDoc
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
