"""`merge STUDY OTHER_STUDY [--dry-run]`: bring another laptop's copy of the study into this
one, or (`--dry-run`) say per table what would be added and updated, changing nothing."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.commands.errors import UsageError
from desktop.commands.output import add_output_arguments, emit
from desktop.services.merge import merge_copies, merge_dry_run
from desktop.store import StudyError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("study", type=Path, help="the study to merge into (it is changed)")
    parser.add_argument("other", type=Path, help="the other copy (it is only read)")
    parser.add_argument("--dry-run", action="store_true",
                        help="only say what would be added and updated; change nothing")
    add_output_arguments(parser)


def run(args: argparse.Namespace) -> int:
    try:
        if args.dry_run:
            report = merge_dry_run(args.study, args.other)
        else:
            report = merge_copies(args.study, args.other)
    except StudyError as error:
        raise UsageError(str(error)) from error
    emit(args, report, as_text)
    return 0


def as_text(report: dict[str, Any]) -> str:
    """The tables that change (or would), with their counts."""
    verb = "would change" if report.get("dry_run") else "changed"
    lines = [f"Merging {report['other']}: {report['rows_changed']} row(s) {verb}."]
    for table in sorted(set(report["added"]) | set(report["updated"])):
        added, updated = report["added"].get(table, 0), report["updated"].get(table, 0)
        if added or updated:
            lines.append(f"  {table:<24} {added:>7} added {updated:>7} updated")
    return "\n".join(lines)
