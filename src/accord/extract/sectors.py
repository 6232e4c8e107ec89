"""PLACEHOLDER until its owner lands it."""

from __future__ import annotations

from ..facts import Cooperation
from .analysis import AnalyzedDoc


def find_cooperation(a: AnalyzedDoc) -> list[Cooperation]:
    return []
