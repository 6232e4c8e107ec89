"""`accord serve`: a read-only REST API (OpenAPI at /api/openapi.json) and a dashboard over a knowledge base."""

from .app import create_app

__all__ = ["create_app"]
