"""The app's one KnowledgeBase, read under a lock (one SQLite connection serves every request thread),
and countries as the API names them."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from ..api import KnowledgeBase, country_code
from ..errors import ConfigError
from ..extract.gazetteer import state_names
from ..store.backend import Connection
from .models import ErrorDetail
from .problems import ApiError

T = TypeVar("T")


class Reader:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._lock = threading.RLock()

    def ask(self, question: Callable[[KnowledgeBase], T]) -> T:
        with self._lock:
            return question(self.kb)

    def query(self, question: Callable[[Connection], T]) -> T:
        with self._lock:
            return question(self.kb.store.conn)


def country_name(code: str) -> str:
    if code.startswith("IGO:"):
        return code[4:]
    names = state_names(code)
    return names[0] if names else code


def resolve(text: str, where: str, name: str) -> str:
    """A country as a user gives it -> its code; an unknown one is not found (404), in a path or a filter."""
    try:
        return country_code(text)
    except ConfigError as exc:
        raise ApiError(404, f"unknown country {text!r}", exc.hint,
                       [ErrorDetail(location=where, name=name, message="unknown country")]) from exc
