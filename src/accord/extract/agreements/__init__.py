"""Agreements: the named instruments between the parties (``instruments``), their titles
(``titles``) and parties (``parties``), with their status and its date (``status``)."""

from .instruments import find_agreements

__all__ = ["find_agreements"]
