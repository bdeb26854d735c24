"""`export STUDY --what WHAT --out DIR`: write a study's data for analysis and training.

Labels and the moral graph are written by desktop.services (label_export, graph_export);
`--what graph` takes the filters of `rank` (`--context`, `--as-of`, `--group`) in every
format. This module parses and reports the files written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.commands import export_interviews
from desktop.commands.errors import UsageError
from desktop.commands.graph_filters import (
    add_graph_filter_arguments,
    filters_given,
    graph_filter,
)
from desktop.commands.output import add_out_folder, add_output_arguments, emit
from desktop.services.graph_export import export_graph
from desktop.services.label_export import export_labels
from desktop.services.sync import study_source
from desktop.store import Study, StudyError

WHAT = ("graph", "interviews", "labels")
FORMATS = ("jsonl", "csv", "json", "mge-json", "graphml")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("study", type=Path, nargs="?", help="the study file (or --server)")
    parser.add_argument("--server", metavar="URL", help="read the study from the lab server")
    parser.add_argument("--what", required=True, choices=WHAT)
    parser.add_argument("--format", default="", choices=("", *FORMATS),
                        help="the file format (each kind has a sensible default)")
    add_out_folder(parser)
    add_graph_filter_arguments(parser)
    add_output_arguments(parser)


def run(args: argparse.Namespace) -> int:
    if args.what != "graph" and filters_given(args):
        raise UsageError(f"{', '.join(filters_given(args))}: these filters are for --what "
                         "graph only.")
    try:
        args.out.mkdir(parents=True, exist_ok=True)
        with study_source(args.study, args.server) as study:
            written = _export(study, args)
    except (StudyError, OSError, ValueError) as error:
        raise UsageError(str(error)) from error
    emit(args, {"written": [str(path) for path in written]}, _as_text)
    return 0


def _export(study: Study, args: argparse.Namespace) -> list[Path]:
    if args.what == "graph":
        return export_graph(study, args.format, args.out, graph_filter(args))
    if args.what == "labels":
        return export_labels(study, args.format, args.out)
    return export_interviews.run_export(study, args.format, args.out)


def _as_text(report: dict[str, Any]) -> str:
    if not report["written"]:
        return "Nothing to write: there is no data of this kind yet."
    return "\n".join(["Written:", *(f"  {path}" for path in report["written"])])
