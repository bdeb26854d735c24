"""`import STUDY FILE --kind KIND`: bring a file's rows into a study, all or nothing.

Each kind is handled by the module that owns its tables (`run_import(study, path, mapping)`
returning a JSON-ready summary); this module only parses the command and reports.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
from pathlib import Path

from desktop.core.formats import ImportFileError, parse_mapping
from desktop.store import StudyError, open_study

HANDLERS = {
    "questions": "desktop.commands.import_items",
    "dilemmas": "desktop.commands.import_items",
    "valence": "desktop.commands.import_items",
    "labels": "desktop.commands.import_items",
    "mge-votes": "desktop.commands.import_mge",
    "mge-cards": "desktop.commands.import_mge",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("study", type=Path)
    parser.add_argument("file", type=Path)
    parser.add_argument("--kind", required=True, choices=sorted(HANDLERS))
    parser.add_argument("--map", default="", metavar="FIELD=COLUMN,...",
                        help="which of the file's columns hold our fields, for other layouts")


def run(args: argparse.Namespace) -> int:
    from desktop.cli import UsageError

    module = HANDLERS[args.kind]
    if importlib.util.find_spec(module) is None:
        raise UsageError(f"importing {args.kind} is not available in this version yet.")
    try:
        mapping = parse_mapping(args.map) if args.map else None
        with open_study(args.study) as study:
            summary = importlib.import_module(module).run_import(
                study, args.file, args.kind, mapping)
    except (StudyError, ImportFileError, ValueError) as error:
        raise UsageError(f"{error} Nothing was imported.") from error
    print(json.dumps(summary, indent=2, ensure_ascii=False))
    return 0
