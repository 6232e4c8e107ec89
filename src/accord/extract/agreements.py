"""PLACEHOLDER until its owner lands it."""

from __future__ import annotations

from ..facts import Agreement
from .analysis import AnalyzedDoc


def find_agreements(a: AnalyzedDoc) -> list[Agreement]:
    return []
