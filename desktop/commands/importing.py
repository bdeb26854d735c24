"""`import STUDY FILE --kind KIND`: bring a file's rows into a study, all or nothing.

The import itself is desktop.services.importing; this module parses the command and reports
(JSON by default, `--text` for people).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.errors import UsageError
from desktop.commands.output import add_output_arguments, as_lines, emit
from desktop.core.formats import ImportFileError, parse_mapping
from desktop.services.importing import KINDS, import_file
from desktop.store import StudyError, open_study


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("study", type=Path)
    parser.add_argument("file", type=Path)
    parser.add_argument("--kind", required=True, choices=sorted(KINDS))
    parser.add_argument("--map", default="", metavar="FIELD=COLUMN,...",
                        help="which of the file's columns hold our fields, for other layouts")
    add_output_arguments(parser)


def run(args: argparse.Namespace) -> int:
    try:
        mapping = parse_mapping(args.map) if args.map else None
        with open_study(args.study) as study:
            summary = import_file(study, args.file, args.kind, mapping)
    except (StudyError, ImportFileError, ValueError) as error:
        raise UsageError(f"{error} Nothing was imported.") from error
    emit(args, summary, as_lines)
    return 0
