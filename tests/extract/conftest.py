"""Fixtures shared by the extraction tests."""

from collections.abc import Callable

import pytest

from accord.extract.analysis import AnalyzedDoc
from accord.extract.people import find_people


@pytest.fixture
def placed(analysed: Callable[..., AnalyzedDoc]) -> Callable[[str], set[tuple[str, str]]]:
    """``placed(text)``: the (name, state) of every person the story names."""
    def names_countries(text: str) -> set[tuple[str, str]]:
        return {(p.name, p.country) for p in find_people(analysed(text))}
    return names_countries
