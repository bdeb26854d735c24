"""`values STUDY [--accept] [--threshold T] [--check-same [--model PATH] [--threads N]]`: the
study's canonical values with their cards, and which ungrouped confirmed cards look like the
same value. `--accept` takes every suggestion and makes a value of each remaining card (all
reversible in the app). `--check-same` asks the local model about each suggestion both ways
round ("same value?", then "different values?") and adds both raw answers, with their seconds,
and the combined verdict: unclear when the answers contradict each other (advice only: it
groups nothing)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.commands.errors import UsageError
from desktop.commands.output import add_output_arguments, emit
from desktop.llm.errors import ModelLoadError
from desktop.services.values import check_suggestions, group_cards
from desktop.store import StudyError, open_study


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("study", type=Path)
    parser.add_argument("--threshold", type=float, default=0.6,
                        help="how alike two cards' policies must be to be suggested (0-1)")
    parser.add_argument("--accept", action="store_true",
                        help="accept every suggestion; single cards become values of their own")
    parser.add_argument("--check-same", action="store_true",
                        help="ask the local model whether each suggestion is one value, both "
                        "ways round (advice)")
    parser.add_argument("--model", default="", help="a GGUF file for --check-same "
                        "(default: the model chosen in the app, else SmolLM2-135M)")
    parser.add_argument("--threads", type=int, default=None, help="CPU threads for the model")
    add_output_arguments(parser)


def run(args: argparse.Namespace) -> int:
    if not 0 < args.threshold <= 1:
        raise UsageError("--threshold is a similarity between 0 and 1.")
    if args.check_same and args.accept:
        raise UsageError("--check-same asks about suggestions before anyone accepts them; run "
                         "it without --accept.")
    try:
        with open_study(args.study) as study:
            report = group_cards(study, args.threshold, args.accept)
            if args.check_same:
                verdicts = check_suggestions(study, args.threshold, args.model, args.threads,
                                             _announce_loading, _announce_asking)
                for entry, verdict in zip(report["suggestions"], verdicts, strict=False):
                    entry["same_value"] = verdict
    except StudyError as error:
        raise UsageError(str(error)) from error
    except ModelLoadError as error:
        raise UsageError(error.problem) from error
    emit(args, report, as_text)
    return 0


def as_text(report: dict[str, Any]) -> str:
    """The values, the ungrouped cards and the suggestions as lines a person reads."""
    lines = [f"{len(report['values'])} value(s), {len(report['ungrouped_cards'])} ungrouped "
             f"card(s), {len(report['suggestions'])} suggestion(s)"]
    lines += [f"  value {v['title']!r}: {len(v['cards'])} card(s)" for v in report["values"]]
    lines += [f"  ungrouped card {c['title']!r}" for c in report["ungrouped_cards"]]
    for number, entry in enumerate(report["suggestions"], 1):
        verdict = entry.get("same_value")
        said = f", the model: {verdict['answer']}" if verdict else ""
        lines.append(f"  suggestion {number}: {len(entry['cards'])} cards, similarity "
                     f"{entry['weakest_similarity']:.3f}{said}")
    if report.get("values_made"):
        lines.append(f"{report['values_made']} value(s) made.")
    return "\n".join(lines)


def _announce_loading(path: Path) -> None:
    print(f"Loading {path.name}…", file=sys.stderr, flush=True)


def _announce_asking(number: int, total: int) -> None:
    print(f"Asking the model about suggestion {number} of {total}…", file=sys.stderr,
          flush=True)
