"""Documents: the list, and one document's clean text with the evidence spans of its facts."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path

from ...api import as_dict
from ...errors import ConfigError
from ...store import catalog
from ..filters import Limit, Offset, page
from ..models import Document, DocumentSummary, Page
from ..problems import ERROR_RESPONSES, ApiError
from . import KB

router = APIRouter(prefix="/api/documents", tags=["documents"], responses=ERROR_RESPONSES)


@router.get("", response_model=Page[DocumentSummary], summary="Stored documents, newest first")
def list_documents(kb: KB, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return page(as_dict(kb.query(catalog.documents)), limit, offset)


@router.get("/{doc_id}", response_model=Document,
            summary="A document's clean text and the evidence spans (character offsets) of its facts")
def get_document(kb: KB, doc_id: Annotated[str, Path(pattern=r"^doc-[0-9]{1,9}$", description="doc-1")]
                 ) -> dict[str, Any]:
    try:
        found = kb.query(lambda conn: catalog.document(conn, int(doc_id[4:])))
    except ConfigError as exc:
        raise ApiError(404, str(exc.args[0]), exc.hint) from exc
    return as_dict(found)
