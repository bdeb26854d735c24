"""Merge another laptop's copy of a study into this one, or say what a merge would change
without changing anything (a dry run). The rules per table are in desktop.store.merge."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.store import Study, open_study
from desktop.store.merge import MergeReport, merge_study, preview_merge

__all__ = ["MergeReport", "merge_copies", "merge_dry_run", "merge_into"]


def merge_copies(study_path: Path, other_path: Path) -> dict[str, Any]:
    """Bring `other_path`'s rows into the study at `study_path`; what was added and updated."""
    with open_study(study_path) as study:
        return merge_into(study, other_path).as_dict()


def merge_into(study: Study, other_path: Path) -> MergeReport:
    """Bring `other_path`'s rows into an open study (on the caller's connection)."""
    return merge_study(study, other_path)


def merge_dry_run(study_path: Path, other_path: Path) -> dict[str, Any]:
    """Per table, the rows a merge would add and update; neither file is written."""
    report = preview_merge(study_path, other_path)
    tables = sorted(set(report.added) | set(report.updated))
    changes = {table: {"would_add": report.added.get(table, 0),
                       "would_update": report.updated.get(table, 0)} for table in tables}
    return {"dry_run": True, **report.as_dict(), "tables": changes}
