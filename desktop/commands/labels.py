"""`labels STUDY list [--annotator A] [--kind dilemmas|valence] [--history]`: the current label
of each item by each annotator (with --history every label ever given, superseded ones too),
with the labelled fields, time spent and whether a model suggestion was taken."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.commands.assign import KINDS
from desktop.commands.output import add_output_arguments, add_study_argument, run_on_study
from desktop.commands.table import table
from desktop.services import labels
from desktop.services.labels import LabelEntry

COLUMNS = (("item_id", "item"), ("kind", "kind"), ("annotator", "annotator"),
           ("fields", "answer"), ("created_at", "given at"), ("current", "current"))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_study_argument(parser)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="labels, in item order")
    listing.add_argument("--annotator", default=None, metavar="CODE",
                         help="only this annotator's labels")
    listing.add_argument("--kind", choices=sorted(KINDS), default=None,
                         help="only labels of this kind of item")
    listing.add_argument("--history", action="store_true",
                         help="every label ever given, in time order, not only current ones")
    add_output_arguments(listing)


def run(args: argparse.Namespace) -> int:
    return run_on_study(args, lambda study: [_json(entry) for entry in labels.listed(
        study, args.annotator, KINDS.get(args.kind or ""), args.history)], as_text)


def _json(entry: LabelEntry) -> dict[str, Any]:
    label = entry.label
    return {"id": label.id, "item_id": label.item_id, "kind": label.kind,
            "annotator": entry.annotator_code, "annotator_id": label.annotator_id,
            "fields": label.answer.fields(), "created_at": label.created_at,
            "duration_ms": label.duration_ms, "suggestion_accepted": label.suggestion_accepted,
            "origin": label.origin, "supersedes_id": label.supersedes_id,
            "current": entry.current}


def as_text(rows: list[dict[str, Any]]) -> str:
    shown = [{**row, "item_id": row["item_id"][:8],
              "fields": "; ".join(f"{k}: {_short(v)}" for k, v in row["fields"].items())}
             for row in rows]
    return table(shown, COLUMNS, "No labels yet.")


def _short(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(entry) for entry in value) or "—"
    return "—" if value in (None, "") else str(value)
