"""Moral Graph Studio: offline elicitation and labelling of human values."""

from desktop.__about__ import VERSION as __version__

__all__ = ["__version__"]
