"""Moral graph tables: canonical values, card groupings, upgrade stories, wiser-than votes
(migrations m040-m059)."""

from __future__ import annotations
