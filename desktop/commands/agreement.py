"""`agreement STUDY [--text]`: inter-annotator agreement on the study's current labels, as JSON
(or a short table with `--text`).

Per task kind and labelled field: Krippendorff's alpha (nominal), percent agreement, pairwise
Cohen's kappa between annotators, and the local model's agreement with the annotators
(computed by desktop.services.agreement).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.commands.errors import UsageError
from desktop.commands.output import add_output_arguments, emit
from desktop.services.agreement import agreement_report
from desktop.services.sync import study_source
from desktop.store import StudyError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("study", type=Path, nargs="?", help="the study file (or --server)")
    parser.add_argument("--server", metavar="URL", help="read the study from the lab server")
    add_output_arguments(parser)


def run(args: argparse.Namespace) -> int:
    try:
        with study_source(args.study, args.server) as study:
            figures = agreement_report(study)
    except StudyError as error:
        raise UsageError(str(error)) from error
    emit(args, figures, as_text)
    return 0


def as_text(figures: dict[str, Any]) -> str:
    """The figures as a short table for a terminal."""
    lines = [f"{figures['study']}: {figures['n_disputed']} item(s) with disagreements"]
    if not figures["kinds"]:
        lines.append("No labels yet.")
    for kind, report in figures["kinds"].items():
        lines.append(f"\n{kind}: {report['n_labels']} labels on {report['n_items_labelled']} "
                     "items")
        lines.append(f"  {'field':<12} {'alpha':>7} {'agree':>7} {'items':>6} {'pairable':>9}")
        for field, row in report["fields"].items():
            lines.append(f"  {field:<12} {_number(row['alpha']):>7} "
                         f"{_number(row['percent_agreement']):>7} {row['n_items']:>6} "
                         f"{row['n_pairable_items']:>9}")
    return "\n".join(lines)


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"
