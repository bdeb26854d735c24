"""`import --kind mge-cards|mge-votes`: bring in a Moral Graph Elicitation run's raw exports."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop.core.formats import read_mge_cards, read_mge_votes
from desktop.store import Study
from desktop.store.graph import import_mge_cards, import_mge_votes


def run_import(study: Study, path: Path, kind: str, mapping: Mapping[str, str] | None
               ) -> dict[str, Any]:
    if mapping:
        raise ValueError("MGE exports have a fixed shape: --map does not apply to them.")
    if kind == "mge-cards":
        added, skipped = import_mge_cards(study, read_mge_cards(path))
        return {"file": str(path), "kind": kind, "values_added": added,
                "already_there": skipped}
    added, skipped = import_mge_votes(study, read_mge_votes(path))
    return {"file": str(path), "kind": kind, "votes_added": added, "already_there": skipped}
