"""`rank STUDY [--context C] [--as-of TIME] [--group FIELD=VALUE] [--bridging FIELD]`: the
moral graph's ranking (desktop.services.ranking), comparable with MGE's own output. JSON by
default, `--text` for a table."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.commands.errors import UsageError
from desktop.commands.graph_filters import add_graph_filter_arguments, graph_filter
from desktop.commands.output import add_output_arguments, emit
from desktop.services.ranking import PARTICIPANTS, VOTES, filtered_ranking
from desktop.services.sync import study_source
from desktop.store import StudyError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("study", type=Path, nargs="?", help="the study file (or --server)")
    parser.add_argument("--server", metavar="URL", help="read the study from the lab server")
    add_graph_filter_arguments(parser)
    parser.add_argument("--bridging", default=None, metavar="FIELD",
                        help="also list values that people of different FIELD groups both "
                        "moved towards")
    parser.add_argument("--bootstrap", type=_bootstrap, default=PARTICIPANTS,
                        metavar="participants|votes",
                        help="what the intervals' bootstrap redraws: participants with all "
                        "their votes (the default: one person's votes are not independent) "
                        "or single votes (a number here is read as --samples, as before)")
    parser.add_argument("--samples", type=int, default=200,
                        help="bootstrap samples for the Bradley-Terry intervals")
    add_output_arguments(parser)


def run(args: argparse.Namespace) -> int:
    try:
        with study_source(args.study, args.server) as study:
            samples, resample = _samples_and_mode(args)
            report = filtered_ranking(study, graph_filter(args), samples, args.bridging,
                                      resample)
    except (StudyError, ValueError) as error:
        raise UsageError(str(error)) from error
    emit(args, report, as_text)
    return 0


def _bootstrap(text: str) -> str | int:
    if text.isdigit():
        return int(text)  # `--bootstrap 500` meant 500 samples before the resampling choice
    if text not in (PARTICIPANTS, VOTES):
        raise argparse.ArgumentTypeError(f"expected participants or votes, not {text!r}")
    return text


def _samples_and_mode(args: argparse.Namespace) -> tuple[int, str]:
    if isinstance(args.bootstrap, int):
        return args.bootstrap, PARTICIPANTS
    return args.samples, args.bootstrap


def as_text(report: dict[str, Any]) -> str:
    """The values, best first by Bradley-Terry score, as a table for a terminal."""
    filters = ", ".join(f"{k}={v}" for k, v in report["filters"].items() if v) or "all votes"
    lines = [f"{len(report['values'])} value(s), {len(report['edges'])} edge(s) ({filters})",
             f"  {'title':<36} {'bt':>7} {'low':>7} {'high':>7} {'pagerank':>9} {'for':>5} "
             f"{'against':>8}"]
    ranked = sorted(report["values"], key=lambda v: -(v["bt_score"] or 0))
    lines += [f"  {v['title'][:36]:<36} {_number(v['bt_score']):>7} {_number(v['bt_low']):>7} "
              f"{_number(v['bt_high']):>7} {_number(v['pagerank']):>9} {v['votes_for']:>5} "
              f"{v['votes_against']:>8}" for v in ranked]
    for value in report.get("bridging", []):
        lines.append(f"bridging: {value['title']} ({', '.join(value['groups'])})")
    return "\n".join(lines)


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"
