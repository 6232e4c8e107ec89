"""Accord: news about relations between countries, turned into facts with their evidence."""

__version__ = "0.1.0"
