"""Interviews for analysis: one JSON object per interview (messages, card versions, the
confirmed card, the wiser-than votes after it, survey, audit fields) as JSONL, and the
confirmed cards as CSV. `export --what interviews` and the `interview` command use it."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from desktop.core.interview.card import MAX_POLICIES
from desktop.store.cards import card_history, survey_answers
from desktop.store.interview_records import (
    card_confirmed_at,
    interview_consent,
    interview_votes,
)
from desktop.store.interviews import (
    InterviewInfo,
    get_interview,
    interview_notes,
    list_interviews,
    list_messages,
    load_transcript,
)
from desktop.store.participants import (
    demographic_answers,
    list_demographic_fields,
    withdrawn_participants,
)
from desktop.store.study import Study

JSONL_NAME, CSV_NAME = "interviews.jsonl", "cards.csv"
_MESSAGE_KEYS = ("seq", "role", "text", "stage", "status", "fallback", "attempts",
                 "model_file", "model_sha256", "completion_tokens",
                 "seconds_to_first_token", "seconds_total", "created_at", "device_id")
_CARD_KEYS = ("number", "source", "title", "description", "context", "problem", "attempts",
              "model_file", "model_sha256", "shown_at", "created_at", "device_id")
CSV_COLUMNS = ("interview_id", "participant", "question_id", "question", "title",
               "description", "context", *(f"policy_{n}" for n in range(1, MAX_POLICIES + 1)),
               "card_version", "confirmed_at", "model_file", "model_sha256", "prompt_sha256",
               "app_version", "device_id")


def run_export(study: Study, format: str, out_dir: Path) -> list[Path]:
    """Write interviews.jsonl and/or cards.csv into out_dir; withdrawn participants left out."""
    if format not in ("", "jsonl", "csv"):
        raise ValueError(f"interviews are exported as jsonl or csv, not {format}.")
    withdrawn = withdrawn_participants(study)
    records = [interview_record(study, info.id) for info in reversed(list_interviews(study))
               if info.participant_id not in withdrawn]  # withdrawn consent: left out
    written = []
    if format in ("", "jsonl"):
        written.append(_write_jsonl(out_dir / JSONL_NAME, records))
    if format in ("", "csv"):
        written.append(_write_csv(out_dir / CSV_NAME, records))
    return written


def interview_record(study: Study, interview_id: str) -> dict[str, Any]:
    """Everything stored about one interview, JSON-ready."""
    info = get_interview(study, interview_id)
    t = load_transcript(study, interview_id)
    versions = [_card_row(row) for row in card_history(study, interview_id)]
    confirmed = next((v for v, c in zip(versions, t.cards, strict=True)
                      if c.id == t.confirmed_card_id), None)
    confirmed_at = card_confirmed_at(study, interview_id)
    return {
        "interview_id": info.id, "participant": info.participant_code,
        "participant_id": info.participant_id, "question_id": info.question_id,
        "question": info.question_text, "language": info.language,
        "stage": info.stage.value, "source": info.source,
        "started_at": info.created_at, "finished_at": info.finished_at,
        "audit": _audit(study, info), "demographics": _demographics(study, info),
        "messages": [_message_row(row) for row in list_messages(study, interview_id)],
        "card_versions": versions,
        "card": {**confirmed, "confirmed_at": confirmed_at} if confirmed else None,
        "votes": interview_votes(study, interview_id),
        "survey": survey_answers(study, interview_id),
    }


def _audit(study: Study, info: InterviewInfo) -> dict[str, Any]:
    consent = interview_consent(study, info.id)
    return {"prompt_sha256": info.prompt_sha256, "app_version": info.app_version,
            "model_file": info.model_file, "model_sha256": info.model_sha256,
            "settings": info.settings, "consent_version": consent["consent_version"],
            "consent_text_sha256": consent["text_sha256"],
            "consent_given_at": consent["created_at"],
            "notes": interview_notes(study, info.id)}


def _demographics(study: Study, info: InterviewInfo) -> dict[str, str]:
    names = {f.id: f.name for f in list_demographic_fields(study)}
    answers = demographic_answers(study, info.participant_id)
    return {names.get(field_id, field_id): value for field_id, value in answers.items()}


def _message_row(row: dict[str, Any]) -> dict[str, Any]:
    return {**{key: row[key] for key in _MESSAGE_KEYS}, "sampling": json.loads(row["sampling"]),
            "rejected": json.loads(row["rejected"])}


def _card_row(row: dict[str, Any]) -> dict[str, Any]:
    return {**{key: row[key] for key in _CARD_KEYS}, "policies": json.loads(row["policies"]),
            "field_status": json.loads(row["field_status"]), "raw_text": row["raw_text"]}


def _write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="\n") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    tmp.replace(path)  # a reader never sees half a file
    return path


def _write_csv(path: Path, records: list[dict[str, Any]]) -> Path:
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8-sig", newline="") as out:  # BOM: Excel reads UTF-8
        writer = csv.DictWriter(out, CSV_COLUMNS)
        writer.writeheader()
        for record in records:
            if record["card"]:
                writer.writerow(_csv_row(record))
    tmp.replace(path)
    return path


def _csv_row(record: dict[str, Any]) -> dict[str, Any]:
    card, audit = record["card"], record["audit"]
    row = {"interview_id": record["interview_id"], "participant": record["participant"],
           "question_id": record["question_id"], "question": record["question"],
           "title": card["title"], "description": card["description"],
           "context": card["context"], "card_version": card["number"],
           "confirmed_at": card["confirmed_at"], "model_file": audit["model_file"],
           "model_sha256": audit["model_sha256"], "prompt_sha256": audit["prompt_sha256"],
           "app_version": audit["app_version"], "device_id": card["device_id"]}
    row.update({f"policy_{n}": text for n, text in enumerate(card["policies"], start=1)})
    return row
