"""The few exception classes Accord raises. Each carries a code and a hint that tells the user what to do."""

from __future__ import annotations


class AccordError(Exception):
    """Base class: ``code`` is stable (for scripts), ``hint`` says how to fix it."""

    code = "E000"
    hint = ""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        text = f"[{self.code}] {super().__str__()}"
        return f"{text} ({self.hint})" if self.hint else text


class InputError(AccordError):
    """A source could not be read as an article: unreadable, empty, too large, malformed."""

    code = "E100"
    hint = "check the file, or leave it out of the run"


class ConfigError(AccordError):
    """A setting, option or argument is invalid."""

    code = "E200"
    hint = "see `accord --help`"


class StoreError(AccordError):
    """The knowledge base cannot be opened or written."""

    code = "E300"
    hint = "check --db / ACCORD_DB and that the database is reachable"


class ModelError(AccordError):
    """An NLP model the pipeline needs is not installed."""

    code = "E400"
    hint = "reinstall Accord with `pip install .` so its model packages come along"
