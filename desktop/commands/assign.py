"""`assign STUDY [--annotators A,B] --overlap N [--kind dilemmas|valence] [--order O]`: give
each item to N of the annotators, as the Labelling setup panel's button does (topping up:
running it again adds nothing); with no --annotators, to all of them."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.commands.output import add_output_arguments, emit
from desktop.core.assignment import QUEUE_ORDERS
from desktop.core.labelling import DILEMMA, VALENCE, TaskKind
from desktop.services import annotators
from desktop.services.assignment import AssignmentDone, assign
from desktop.store import StudyError, open_study

KINDS: dict[str, TaskKind] = {"dilemmas": DILEMMA, "valence": VALENCE}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("study", type=Path, metavar="STUDY", help="the study file (.mgstudy)")
    parser.add_argument("--annotators", default="", metavar="A,B",
                        help="annotators' codes, comma-separated (default: every annotator)")
    parser.add_argument("--overlap", type=int, required=True, metavar="N",
                        help="how many of them label each item")
    parser.add_argument("--kind", choices=sorted(KINDS), default=None,
                        help="only this kind of item (default: every item)")
    parser.add_argument("--order", choices=QUEUE_ORDERS, default="as_imported",
                        help="each annotator's queue order")
    add_output_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from desktop.commands.errors import UsageError

    codes = [code for code in args.annotators.split(",") if code.strip()]
    try:
        with open_study(args.study) as study:
            people = annotators.by_codes(study, codes)
            done = assign(study, [p.id for p in people] or None, args.overlap, args.order,
                          KINDS.get(args.kind or ""))
            names = {a.id: a.code for a in annotators.listed(study)}
    except StudyError as error:
        raise UsageError(str(error)) from error
    emit(args, _json(done, names, args.kind), as_text)
    return 0


def _json(done: AssignmentDone, names: dict[str, str], kind: str | None) -> dict[str, Any]:
    return {"added": done.added, "overlap": done.overlap, "order": done.order,
            "kind": kind, "items": done.items,
            "annotators": [names.get(i, i) for i in done.annotator_ids],
            "items_by_annotator_count": done.spread}


def as_text(report: dict[str, Any]) -> str:
    spread = ", ".join(f"{count} with {n}" for n, count in
                       report["items_by_annotator_count"].items())
    items = {"dilemmas": "dilemmas", "valence": "valence items"}.get(report["kind"], "items")
    return (f"{report['added']} assignments added: each of the {report['items']} {items} now "
            f"goes to {report['overlap']} of {', '.join(report['annotators'])}.\n"
            f"Items by number of annotators: {spread}.")
