"""The error catalogue: coded messages with their placeholders, grouped by class."""

from __future__ import annotations

import re

from accord.errors import ConfigError, Errors, InputError, Message, ModelError, ResourceError, StoreError

# the hundreds digit of a code names the class that raises it
RANGES = {"1": InputError, "2": ConfigError, "3": StoreError, "4": ModelError, "5": ResourceError}


def test_a_raised_message_shows_its_code_its_filled_text_and_its_hint() -> None:
    exc = InputError(Errors.E107, where="line 3", found="list")
    assert exc.code == "E107"
    assert str(exc) == "[E107] line 3: expected a JSON object, found list (check the file, or leave it out of the run)"


def test_a_hint_of_the_catalogue_replaces_the_class_hint_and_takes_the_fields() -> None:
    exc = ConfigError(Errors.E208, fmt="xml", formats="csv, jsonl")
    assert str(exc) == "[E208] unknown export format 'xml' (use one of csv, jsonl)"


def test_every_entry_is_named_by_its_code_within_its_class_range() -> None:
    entries = {name: m for name, m in vars(Errors).items() if isinstance(m, Message)}
    assert len(entries) > 30
    for name, message in entries.items():
        assert re.fullmatch(r"E[1-5]\d\d", name) and message.code == name, name
        assert message.text and not message.text.endswith("."), name
