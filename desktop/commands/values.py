"""`values STUDY [--accept] [--threshold T]`: the study's canonical values with their cards,
and which ungrouped confirmed cards look like the same value. `--accept` takes every
suggestion and makes a value of each remaining card (all reversible in the app)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop.store import Study, StudyError, open_study
from desktop.store.graph import list_values
from desktop.store.values import accept_suggestions, cards_of, suggestions, ungrouped_cards


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("study", type=Path)
    parser.add_argument("--threshold", type=float, default=0.6,
                        help="how alike two cards' policies must be to be suggested (0-1)")
    parser.add_argument("--accept", action="store_true",
                        help="accept every suggestion; single cards become values of their own")


def run(args: argparse.Namespace) -> int:
    from desktop.cli import UsageError

    if not 0 < args.threshold <= 1:
        raise UsageError("--threshold is a similarity between 0 and 1.")
    try:
        with open_study(args.study) as study:
            made = accept_suggestions(study, args.threshold) if args.accept else 0
            report = values_report(study, args.threshold)
    except StudyError as error:
        raise UsageError(str(error)) from error
    report["values_made"] = made
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


def values_report(study: Study, threshold: float) -> dict[str, Any]:
    return {
        "values": [{"id": v.id, "title": v.title, "origin": v.origin,
                    "cards": [c.card_id for c in cards_of(study, v.id)]}
                   for v in list_values(study)],
        "ungrouped_cards": [{"id": c.card_id, "title": c.title}
                            for c in ungrouped_cards(study)],
        "suggestions": [{"cards": list(s.card_ids), "worded_like": s.canonical_card_id,
                         "weakest_similarity": round(s.weakest_link, 3)}
                        for s in suggestions(study, threshold)],
    }
