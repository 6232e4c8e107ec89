"""The event cue lexicon, ``resources/<lang>/event_cues.json``."""

from __future__ import annotations

from functools import cache
from typing import Any

from ... import resources


@cache
def event_cues(lang: str) -> dict[str, Any]:
    return dict(resources.json_data(lang, "event_cues.json"))
