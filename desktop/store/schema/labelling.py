"""Labelling tables: dilemmas, valence items, assignments, labels, suggestions, adjudications
(migrations m020-m039)."""

from __future__ import annotations
