"""`annotators STUDY list|add|group`: the study's annotators with their group and progress
(items assigned and labelled), as the Labelling setup panel shows them."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.commands.output import add_output_arguments, add_study_argument, run_on_study
from desktop.commands.table import table
from desktop.services import annotators
from desktop.store import Study

COLUMNS = (("code", "code"), ("group", "group"), ("assigned", "assigned"),
           ("labelled", "labelled"), ("note", "note"))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_study_argument(parser)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="annotators with their group and progress")
    add = actions.add_parser("add", help="add an annotator under a code")
    add.add_argument("name", help="the annotator's code (a pseudonym, or initials)")
    add.add_argument("--group", default="", help="a group to compare annotators by")
    add.add_argument("--note", default="")
    group = actions.add_parser("group", help="put an annotator in a group ('' for none)")
    group.add_argument("name", help="the annotator's code")
    group.add_argument("group")
    for verb in (listing, add, group):
        add_output_arguments(verb)


def run(args: argparse.Namespace) -> int:
    return run_on_study(args, lambda study: _act(study, args), as_text)


def _act(study: Study, args: argparse.Namespace) -> list[dict[str, Any]]:
    changed = None
    if args.action == "add":
        changed = annotators.add(study, args.name, args.group, args.note).id
    elif args.action == "group":
        changed = annotators.set_group(study, args.name, args.group).id
    return [{"id": a.id, "code": a.code, "group": a.group, "assigned": a.assigned,
             "labelled": a.done, "note": a.person.note} for a in annotators.listed(study)
            if changed is None or a.id == changed]


def as_text(rows: list[dict[str, Any]]) -> str:
    return table(rows, COLUMNS, "No annotators yet: add one with `annotators STUDY add NAME`.")
