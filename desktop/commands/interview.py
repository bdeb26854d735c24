"""`interview STUDY --question ID --answers FILE`: a scripted interview, to pilot a question.

The answers file holds one participant answer per line, or JSONL objects with `text` (an
answer, or at the card stage a request for a revision) or `card` (the participant's own edit).
The interview runs through the same protocol, store and model as the page and is stored like
any other. Run the same command again after a crash: it resumes the participant's unfinished
interview on that question and skips the answers already stored.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.core.interview.card import ValuesCard, card_problems
from desktop.core.interview.prompts import PromptError
from desktop.llm.errors import ModelLoadError
from desktop.llm.llama_model import load_chosen_model
from desktop.services.interview_export import interview_record
from desktop.services.interview_session import InterviewSession
from desktop.services.interview_start import (
    consented_participant,
    find_question,
    pilot_settings,
    question_texts,
    resume_or_start,
)
from desktop.services.scripted_interview import ScriptedInterview
from desktop.store import Study, StudyError, open_study

Script = list[str | ValuesCard]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("study", type=Path)
    parser.add_argument("--question", required=True,
                        help="the question's id (or its first characters, or its number)")
    parser.add_argument("--answers", required=True, type=Path,
                        help="one answer per line, or JSONL with 'text' (or 'card')")
    parser.add_argument("--participant", default="",
                        help="a participant code (default: a new participant)")
    parser.add_argument("--confirm", action="store_true", help="confirm the final card")
    parser.add_argument("--survey", default="", metavar="JSON",
                        help='closing survey answers, e.g. \'{"clarified": "4"}\'')
    parser.add_argument("--follow-ups", type=int, default=None,
                        help="follow-up questions (default: the study's setting, 4)")
    parser.add_argument("--seed", type=int, default=None, help="for repeatable pilot runs")
    parser.add_argument("--model", default="", help="a GGUF file (default: SmolLM2-135M)")
    parser.add_argument("--threads", type=int, default=None, help="CPU threads for the model")
    parser.add_argument("--events", action="store_true",
                        help="report every commit as a JSON line on standard error")


def run(args: argparse.Namespace) -> int:
    from desktop.commands.errors import UsageError

    try:
        script = read_script(args.answers)
        survey = _survey(args.survey)
        with open_study(args.study) as study:
            return _interview(args, study, script, survey)
    except (StudyError, PromptError, ValueError) as error:
        raise UsageError(str(error)) from error


def _interview(args: argparse.Namespace, study: Study, script: Script,
               survey: dict[str, str] | None) -> int:
    from desktop.commands.errors import UsageError

    question_id = find_question(study, args.question)
    texts = question_texts(study, question_id)  # in the question's language
    prompts = texts.prompts
    participant_id = consented_participant(study, prompts, args.participant,
                                           "scripted interview")
    chosen: list[Path] = []
    try:
        model = load_chosen_model(args.model, args.threads, chosen.append)
    except ModelLoadError as error:
        raise UsageError(error.problem) from error
    settings = pilot_settings(study, args.follow_ups, args.seed, chosen[0])
    interview_id = resume_or_start(study, participant_id, question_id, prompts, settings,
                                   (model.identity.file_name, model.identity.sha256), "script",
                                   texts.notes)
    events = _print_event if args.events else None
    session = InterviewSession(study, interview_id)
    runner = ScriptedInterview(study, model, session.prompts, session.settings, events)
    waits_at = runner.run(interview_id, script, args.confirm, survey)
    record = interview_record(study, interview_id)
    record["waits_for"] = waits_at
    record["card_field_names"] = session.prompts.card_fields  # in the participant's language
    card = session.transcript().latest_card
    if args.confirm and waits_at == "review_card" and card is not None:
        record["problems"] = card_problems(card.card)
    print(json.dumps(record, indent=2, ensure_ascii=False))
    if "problems" not in record:
        return 0
    print(f"{args.study}: the card could not be confirmed as drafted: "
          f"{' '.join(record['problems'])} Edit it in the app, or give the participant's own "
          "card as the last line of the answers file ({\"card\": {...}}).", file=sys.stderr)
    return 1


def read_script(path: Path) -> Script:
    """Answers from a text file (one per line) or JSONL (`text` or `card` per line)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise ValueError(f"{path}: the answers file could not be read ({error}).") from error
    lines = [line for line in lines if line.strip()]
    if not lines:
        raise ValueError(f"{path}: the answers file is empty.")
    if not lines[0].lstrip().startswith("{"):
        return list(lines)
    return [_script_item(path, number, line) for number, line in enumerate(lines, start=1)]


def _script_item(path: Path, number: int, line: str) -> str | ValuesCard:
    try:
        row = json.loads(line)
    except ValueError as error:
        raise ValueError(f"{path}, line {number}: not valid JSON ({error.args[0]}).") from error
    if isinstance(row, dict) and isinstance(row.get("text"), str) and row["text"].strip():
        return str(row["text"])
    card = row.get("card") if isinstance(row, dict) else None
    if isinstance(card, dict):
        policies = card.get("policies", [])
        return ValuesCard(str(card.get("title", "")), str(card.get("description", "")),
                          tuple(str(p) for p in policies if isinstance(p, str)),
                          str(card.get("context", "")))
    raise ValueError(f"{path}, line {number}: expected an object with 'text' or 'card'.")


def _survey(text: str) -> dict[str, str] | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError as error:
        raise ValueError(f"--survey is not valid JSON ({error.args[0]}).") from error
    if not isinstance(value, dict):
        raise ValueError("--survey takes a JSON object of item keys and answers.")
    return {str(k): str(v) for k, v in value.items()}


def _print_event(event: dict[str, Any]) -> None:
    print(json.dumps(event), file=sys.stderr, flush=True)
