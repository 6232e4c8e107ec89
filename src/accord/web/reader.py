"""The app's one KnowledgeBase, read under a lock (one SQLite connection serves every request thread),
and what turns its answers into the API's shapes: sources linked to their documents, countries named."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from ..api import KnowledgeBase, as_dict, country_code
from ..errors import ConfigError
from ..extract.gazetteer import state_names
from ..store import catalog
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

    def linked(self, value: Any) -> Any:
        """``value`` as plain data, each source with the id of its document."""
        ids = self.query(catalog.document_ids)
        return _link(as_dict(value), ids)


def _link(value: Any, ids: dict[str, str]) -> Any:
    if isinstance(value, list):
        return [_link(v, ids) for v in value]
    if isinstance(value, dict):
        out = {k: _link(v, ids) for k, v in value.items()}
        if "sentence" in out and "source" in out and "document" in out:
            out["document_id"] = ids.get(out["source"])
        return out
    return value


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
