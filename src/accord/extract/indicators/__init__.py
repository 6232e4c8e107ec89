"""Figures about a pair of states: amounts (``numbers``), the cue words around them (``cues``), what
the parse tells of them (``parse``), the period each covers (``periods``) and the indicator records
(``figures``)."""

from .figures import find_indicators

__all__ = ["find_indicators"]
