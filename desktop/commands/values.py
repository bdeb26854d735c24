"""`values STUDY [--accept] [--threshold T] [--check-same [--model PATH] [--threads N]]`: the
study's canonical values with their cards, and which ungrouped confirmed cards look like the
same value. `--accept` takes every suggestion and makes a value of each remaining card (all
reversible in the app). `--check-same` asks the local model about each suggestion both ways
round ("same value?", then "different values?") and adds both raw answers, with their seconds,
and the combined verdict: unclear when the answers contradict each other (advice only: it
groups nothing)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.core.graph.dedupe import CardText, GroupSuggestion
from desktop.llm.errors import ModelLoadError
from desktop.llm.llama_model import load_chosen_model
from desktop.llm.protocol import ChatModel
from desktop.llm.same_value import check_same_value
from desktop.store import Study, StudyError, open_study
from desktop.store.graph import list_values
from desktop.store.values import (
    accept_suggestions,
    cards_of,
    confirmed_cards,
    suggestions,
    ungrouped_cards,
)


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


def run(args: argparse.Namespace) -> int:
    from desktop.cli import UsageError

    if not 0 < args.threshold <= 1:
        raise UsageError("--threshold is a similarity between 0 and 1.")
    if args.check_same and args.accept:
        raise UsageError("--check-same asks about suggestions before anyone accepts them; run "
                         "it without --accept.")
    try:
        with open_study(args.study) as study:
            made = accept_suggestions(study, args.threshold) if args.accept else 0
            report = values_report(study, args.threshold)
            if args.check_same:
                add_verdicts(study, report, args.threshold, args.model, args.threads)
    except StudyError as error:
        raise UsageError(str(error)) from error
    except ModelLoadError as error:
        raise UsageError(error.problem) from error
    report["values_made"] = made
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


def values_report(study: Study, threshold: float) -> dict[str, Any]:
    return {
        "values": [{"id": v.id, "title": v.title, "origin": v.origin,
                    "cards": [c.card_id for c in cards_of(study, v.id)]}
                   for v in list_values(study)],
        "ungrouped_cards": [{"id": c.card_id, "title": c.title}
                            for c in ungrouped_cards(study)],
        "suggestions": [{"cards": list(s.card_ids), "worded_like": s.canonical_card_id,
                         "weakest_similarity": round(s.weakest_link, 3)}
                        for s in suggestions(study, threshold)],
    }


def add_verdicts(study: Study, report: dict[str, Any], threshold: float, model_path: str,
                 threads: int | None) -> None:
    """Each suggestion's `same_value` verdict; the model is loaded only if there is one."""
    groups = suggestions(study, threshold)
    if not groups:
        return
    model = load_chosen_model(model_path, threads, _announce)
    cards = {c.card_id: c.text() for c in confirmed_cards(study)}
    for number, (group, entry) in enumerate(zip(groups, report["suggestions"], strict=True), 1):
        print(f"Asking the model about suggestion {number} of {len(groups)}…", file=sys.stderr,
              flush=True)
        entry["same_value"] = _verdict(model, group, cards)


def _verdict(model: ChatModel, group: GroupSuggestion, cards: dict[str, CardText]
             ) -> dict[str, Any]:
    check = check_same_value(model, [cards[c] for c in group.card_ids])
    verdict = check.verdict.to_dict()
    for reply, seconds in zip(verdict["replies"], check.seconds, strict=True):
        reply["seconds"] = round(seconds, 2)
    return {**verdict, "seconds": round(sum(check.seconds), 2)}


def _announce(path: Path) -> None:
    print(f"Loading {path.name}…", file=sys.stderr, flush=True)
