"""`export STUDY --what WHAT --out DIR`: write a study's data for analysis and training.

Each kind of data is written by the module that owns its tables
(`run_export(study, format, out_dir) -> list[Path]`); this module parses and reports.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
from pathlib import Path

from desktop.services.sync import study_source
from desktop.store import StudyError

HANDLERS = {
    "interviews": "desktop.commands.export_interviews",
    "labels": "desktop.commands.export_labels",
    "graph": "desktop.commands.export_graph",
}
FORMATS = ("jsonl", "csv", "json", "mge-json", "graphml")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("study", type=Path, nargs="?", help="the study file (or --server)")
    parser.add_argument("--server", metavar="URL", help="read the study from the lab server")
    parser.add_argument("--what", required=True, choices=sorted(HANDLERS))
    parser.add_argument("--format", default="", choices=("", *FORMATS),
                        help="the file format (each kind has a sensible default)")
    parser.add_argument("--out", type=Path, required=True, help="the folder to write into")


def run(args: argparse.Namespace) -> int:
    from desktop.cli import UsageError

    module = HANDLERS[args.what]
    if importlib.util.find_spec(module) is None:
        raise UsageError(f"exporting {args.what} is not available in this version yet.")
    try:
        args.out.mkdir(parents=True, exist_ok=True)
        with study_source(args.study, args.server) as study:
            written = importlib.import_module(module).run_export(study, args.format, args.out)
    except (StudyError, OSError, ValueError) as error:
        raise UsageError(str(error)) from error
    print(json.dumps({"written": [str(path) for path in written]}, indent=2))
    return 0
