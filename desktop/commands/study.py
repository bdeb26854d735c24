"""`study new` and `study info`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.errors import UsageError
from desktop.commands.output import add_output_arguments, as_lines, emit
from desktop.services.demo_study import add_demo_questions
from desktop.store import StudyError, create_study, open_study


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="study_command", metavar="ACTION", required=True)
    new = actions.add_parser("new", help="create a new, empty study file")
    new.add_argument("path", type=Path)
    new.add_argument("--name", default="", help="the study's name (default: the file name)")
    new.add_argument("--demo", action="store_true", help="add the demo questions")
    add_output_arguments(new)
    info = actions.add_parser("info", help="print the study's tables and row counts as JSON")
    info.add_argument("path", type=Path)
    add_output_arguments(info)


def run(args: argparse.Namespace) -> int:
    try:
        if args.study_command == "new":
            with create_study(args.path, args.name or args.path.stem) as study:
                if args.demo:
                    add_demo_questions(study)
                emit(args, study.info(), as_lines)
            return 0
        with open_study(args.path) as study:
            emit(args, study.info(), as_lines)
        return 0
    except StudyError as error:
        raise UsageError(str(error)) from error
