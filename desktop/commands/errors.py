"""The one error a command raises on purpose: bad input, printed as one plain sentence."""

from __future__ import annotations


class UsageError(Exception):
    """Bad input from the user: printed as one plain sentence, exit code 2."""
