"""Which states a fact belongs to (PLACEHOLDER: to be refined by its owner)."""

from __future__ import annotations

from .analysis import AnalyzedDoc, Sentence


def countries_for(sentence: Sentence, a: AnalyzedDoc) -> list[str]:
    """The states of a fact read from ``sentence``: those it names, completed by the story's pair
    when it names one side only or speaks of "the two countries"."""
    states = sentence.states
    pair = list(a.story_pair)
    if len(states) >= 2:
        return sorted(states)
    if len(pair) == 2 and (not states or states[0] in pair):
        return sorted(pair)
    return sorted(states)
