"""The API's routes, one module per resource; every list is a Page (items, total, limit, offset)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Request

from ..reader import Reader


def _reader(request: Request) -> Reader:
    reader: Reader = request.app.state.reader
    return reader


KB = Annotated[Reader, Depends(_reader)]
CountryPath = Annotated[str, Path(min_length=2, max_length=64, description="ISO alpha-3 code (TJK) or English name.")]
CountryQuery = "ISO alpha-3 code (TJK) or English name; only facts that name this country."
PairQuery = "Two countries, comma-separated (RUS,TJK); only facts that name both."
