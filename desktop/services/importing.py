"""Import a file's rows into a study, all or nothing: questions, dilemmas, valence items,
labels, and a Moral Graph Elicitation run's cards and votes.

Every kind reads and checks the whole file before writing, then writes in one transaction:
a bad file names its line and leaves the study as it was; a file imported twice adds nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from desktop.core.formats import read_dilemmas, read_mge_cards, read_mge_votes, read_valence_items
from desktop.store.external_labels import import_labels
from desktop.store.graph import import_mge_cards, import_mge_votes
from desktop.store.items import ItemsAdded, add_dilemmas, add_valence_items
from desktop.store.questions import import_questions
from desktop.store.study import Study

ColumnMap = Mapping[str, str] | None  # our field -> the file's column
KINDS = ("questions", "dilemmas", "valence", "labels", "mge-cards", "mge-votes")


def import_file(study: Study, path: Path, kind: str, mapping: ColumnMap = None) -> dict[str, Any]:
    """Import `path` as `kind` into the study; a JSON-ready summary of what was done."""
    if kind not in KINDS:
        raise ValueError(f"cannot import {kind!r}; kinds are {', '.join(KINDS)}")
    path = Path(path)
    started = time.perf_counter()
    summary = _IMPORTERS[kind](study, path, mapping)
    seconds = time.perf_counter() - started
    if kind.startswith("mge-"):
        return {"file": str(path), **summary}
    rows = summary.get("read", 0)
    return {"file": str(path), **summary, "seconds": round(seconds, 3),
            "per_second": round(rows / seconds) if seconds and rows else None}


def _questions(study: Study, path: Path, mapping: ColumnMap) -> dict[str, Any]:
    added, skipped = import_questions(study, path, mapping)
    return {"kind": "questions", "read": len(added) + skipped, "added": len(added),
            "skipped_as_already_in_study": skipped}


def _dilemmas(study: Study, path: Path, mapping: ColumnMap) -> dict[str, Any]:
    return _items(add_dilemmas(study, read_dilemmas(path, mapping), path.name))


def _valence(study: Study, path: Path, mapping: ColumnMap) -> dict[str, Any]:
    return _items(add_valence_items(study, read_valence_items(path, mapping), path.name))


def _items(result: ItemsAdded) -> dict[str, Any]:
    return {"kind": "dilemmas" if result.kind == "dilemma" else "valence",
            "read": result.read, "added": result.added,
            "skipped_as_already_in_study": result.skipped}


def _labels(study: Study, path: Path, mapping: ColumnMap) -> dict[str, Any]:
    return import_labels(study, path, mapping)


def _mge_cards(study: Study, path: Path, mapping: ColumnMap) -> dict[str, Any]:
    _no_mapping(mapping)
    added, skipped = import_mge_cards(study, read_mge_cards(path))
    return {"kind": "mge-cards", "values_added": added, "already_there": skipped}


def _mge_votes(study: Study, path: Path, mapping: ColumnMap) -> dict[str, Any]:
    _no_mapping(mapping)
    added, skipped = import_mge_votes(study, read_mge_votes(path))
    return {"kind": "mge-votes", "votes_added": added, "already_there": skipped}


def _no_mapping(mapping: ColumnMap) -> None:
    if mapping:
        raise ValueError("MGE exports have a fixed shape: --map does not apply to them.")


_IMPORTERS: dict[str, Callable[[Study, Path, ColumnMap], dict[str, Any]]] = {
    "questions": _questions, "dilemmas": _dilemmas, "valence": _valence, "labels": _labels,
    "mge-cards": _mge_cards, "mge-votes": _mge_votes}
