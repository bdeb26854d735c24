"""Canonical values: the nodes of the moral graph (one or more confirmed cards each)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Value:
    id: str
    title: str
    description: str = ""
    policies: tuple[str, ...] = ()
    context: str = ""
    mge_id: str = ""  # its id in an imported MGE export, so results can be compared
    origin: str = "cards"
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def public_id(self) -> str:
        """The id an export shows: MGE's own where the value came from MGE."""
        return self.mge_id or self.id

    def card(self) -> dict[str, Any]:
        return {"title": self.title, "description": self.description,
                "policies": list(self.policies)}
