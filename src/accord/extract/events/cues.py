"""The event cue lexicon, ``resources/<lang>/event_cues.json``."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from ... import resources


@cache
def event_cues(lang: str) -> Mapping[str, Any]:
    return resources.cue_table(lang, "event_cues.json")
