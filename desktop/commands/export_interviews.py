"""`export --what interviews`: the command's side of the interviews export (the records and
files are made by desktop.services.interview_export)."""

from __future__ import annotations

from pathlib import Path

from desktop.services import interview_export
from desktop.store import Study


def run_export(study: Study, format: str, out_dir: Path) -> list[Path]:
    """interviews.jsonl and cards.csv (or the one format asked for) in out_dir."""
    return interview_export.run_export(study, format, out_dir)
