"""Fixtures shared by the extraction tests."""

from collections.abc import Callable

import pytest

from accord.extract.analysis import AnalyzedDoc
from accord.extract.people import find_people
from accord.extract.sectors import find_cooperation


@pytest.fixture
def placed(analysed: Callable[..., AnalyzedDoc]) -> Callable[[str], set[tuple[str, str]]]:
    """``placed(text)``: the (name, state) of every person the story names."""
    def names_countries(text: str) -> set[tuple[str, str]]:
        return {(p.name, p.country) for p in find_people(analysed(text))}
    return names_countries


@pytest.fixture
def fields(analysed: Callable[..., AnalyzedDoc]) -> Callable[[str], list[str]]:
    """The sectors found for a text's first pair, the one every sector test reads."""
    def sectors(text: str) -> list[str]:
        found = find_cooperation(analysed(text))
        return found[0].sectors if found else []
    return sectors
