"""People who act for a state: their names and offices (``names``) and the words around a name
that tell its state (``context``)."""

from .names import find_people
from .references import named_among, people_in

__all__ = ["find_people", "named_among", "people_in"]
