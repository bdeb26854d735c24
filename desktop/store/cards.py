"""Values card versions (every draft, revision and edit kept), the confirmation, the survey."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from desktop.core.clock import now_iso
from desktop.core.interview.card import ValuesCard, card_problems
from desktop.core.interview.protocol import CardVersion, can_confirm, next_step
from desktop.core.interview.survey import SurveyItem, clean_answer
from desktop.core.interview.turns import ModelRun, Settled, SettledCard
from desktop.store.errors import StudyError
from desktop.store.interviews import (
    add_reply,
    card_version,
    load_transcript,
    refresh_stage,
    run_columns,
)
from desktop.store.study import Study


def add_card_version(study: Study, interview_id: str, card: ValuesCard, source: str,
                     run: ModelRun | None = None, status: Mapping[str, str] | None = None,
                     problem: str = "", raw_text: str = "") -> CardVersion:
    """Append a drafted, revised or edited card; an edit is shown by its very making."""
    run = run or ModelRun()
    with study.transaction() as db:
        t = load_transcript(study, interview_id)
        step = next_step(t)
        allowed = {"draft": ("draft_card",), "revision": ("revise_card",),
                   "edit": ("review_card", "draft_card")}[source]
        if step not in allowed:
            raise StudyError(study.path, "this interview is not at the card stage now.")
        card = card.cleaned() if source == "edit" else card
        row = {**study.row_defaults(), "interview_id": interview_id,
               "number": len(t.cards) + 1, "source": source, "title": card.title,
               "description": card.description,
               "policies": json.dumps(list(card.policies), ensure_ascii=False),
               "context": card.context, "field_status": json.dumps(dict(status or {})),
               "problem": problem or "", "after_seq": t.next_seq - 1, "raw_text": raw_text,
               **run_columns(run), "shown_at": now_iso() if source == "edit" else None}
        db.table("card_versions").insert(row)
        refresh_stage(study, interview_id)
    return card_version(row)


def save_model_turn(study: Study, interview_id: str, settled: Settled) -> str:
    """Store what a model turn settled on (a question or a card); returns the new row's id."""
    if isinstance(settled, SettledCard):
        return add_card_version(study, interview_id, settled.card, settled.source, settled.run,
                                settled.status, settled.problem, settled.raw_text).id
    return add_reply(study, interview_id, settled.text, settled.run, settled.fallback,
                     settled.status).id


def save_card_edit(study: Study, interview_id: str, card: ValuesCard) -> CardVersion | None:
    """Keep the participant's edit as a new version, unless nothing changed."""
    latest = load_transcript(study, interview_id).latest_card
    if latest is not None and latest.card.cleaned() == card.cleaned():
        return None
    return add_card_version(study, interview_id, card, "edit")


def mark_card_shown(study: Study, card_id: str) -> None:
    """Record when the participant first saw this version: only a shown card can be confirmed."""
    with study.transaction() as db:
        db.execute("UPDATE card_versions SET shown_at = ? WHERE id = ? AND shown_at IS NULL",
                   [now_iso(), card_id])


def confirm_card(study: Study, interview_id: str, card_id: str) -> None:
    with study.transaction() as db:
        t = load_transcript(study, interview_id)
        latest = t.latest_card
        if latest is None or latest.id != card_id or not can_confirm(t):
            raise StudyError(study.path, "only the latest card the participant has seen can "
                             "be confirmed.")
        problems = card_problems(latest.card)
        if problems:
            raise ValueError(" ".join(problems))
        db.table("card_confirmations").insert({**study.row_defaults(),
                                               "interview_id": interview_id,
                                               "card_version_id": card_id})
        refresh_stage(study, interview_id)


def card_history(study: Study, interview_id: str) -> list[dict[str, Any]]:
    """Every stored column of every version, oldest first (for export and audit)."""
    return study.query("SELECT * FROM card_versions WHERE interview_id = ? ORDER BY number",
                       (interview_id,))


# Survey --------------------------------------------------------------------------------------

def submit_survey(study: Study, interview_id: str, items: tuple[SurveyItem, ...],
                  answers: Mapping[str, str]) -> None:
    """Store the closing survey (skipped items stay out) and finish the interview."""
    rows = []
    for item in items:
        value = clean_answer(item, answers.get(item.key, ""))
        if value:
            rows.append({**study.row_defaults(), "interview_id": interview_id,
                         "item_key": item.key, "item_text": item.text, "value": value})
    with study.transaction() as db:
        if next_step(load_transcript(study, interview_id)) != "survey":
            raise StudyError(study.path, "the survey comes after the card is confirmed.")
        db.table("survey_answers").insert_all(rows)
        db.execute("UPDATE interviews SET finished_at = ? WHERE id = ?",
                   [now_iso(), interview_id])
        refresh_stage(study, interview_id)


def survey_answers(study: Study, interview_id: str) -> dict[str, str]:
    rows = study.query("SELECT item_key, value FROM survey_answers WHERE interview_id = ? "
                       "ORDER BY created_at, rowid", (interview_id,))
    return {row["item_key"]: row["value"] for row in rows}
