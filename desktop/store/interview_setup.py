"""How a study runs its interviews: the number of follow-ups, sampling, the closing survey."""

from __future__ import annotations

import json

from desktop.core.clock import content_id, now_iso
from desktop.core.interview.prompts import PromptSet
from desktop.core.interview.protocol import InterviewSettings, QuestionStyle
from desktop.core.interview.survey import SurveyItem, survey_items
from desktop.store.study import Study

_KEYS = ("follow_ups", "votes_after_card", "question_style")  # the study's settings rows


def interview_settings(study: Study, default_style: QuestionStyle | None = None
                       ) -> InterviewSettings:
    """The study's settings; defaults (4 follow-ups, 3 wiser-than questions, `default_style`
    or guided questions: the one suited to the model in use) for the rest."""
    stored = {row["key"]: json.loads(row["value"]) for row in study.query(
        "SELECT key, value FROM interview_settings WHERE key IN (?, ?, ?)", _KEYS)}
    defaults = InterviewSettings()
    return InterviewSettings(
        follow_ups=int(stored.get("follow_ups", defaults.follow_ups)),
        votes_after_card=int(stored.get("votes_after_card", defaults.votes_after_card)),
        question_style=stored.get("question_style", default_style or defaults.question_style))


def stored_question_style(study: Study) -> QuestionStyle | None:
    """The question style the study chose, or None when it left it to the model in use."""
    rows = study.query("SELECT value FROM interview_settings WHERE key = 'question_style'")
    return json.loads(rows[0]["value"]) if rows else None


def save_interview_settings(study: Study, settings: InterviewSettings) -> None:
    """Applies to interviews started from now on (each keeps the settings it began with)."""
    with study.transaction() as db:
        for key in _KEYS:
            db.execute(
                "INSERT INTO interview_settings (id, created_at, device_id, key, value, "
                "updated_at) VALUES (:id, :created_at, :device_id, :key, :value, :now) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                "updated_at = excluded.updated_at",
                {**study.row_defaults(), "id": content_id("interview-setting", key),
                 "key": key, "value": json.dumps(getattr(settings, key)), "now": now_iso()})


def study_survey(study: Study, prompts: PromptSet) -> tuple[SurveyItem, ...]:
    """The study's own survey items, or the protocol's defaults when it has none."""
    rows = study.query("SELECT key, kind, text, low, high FROM survey_items WHERE archived = 0 "
                       "ORDER BY position, created_at")
    return survey_items(rows) if rows else prompts.survey


def set_study_survey(study: Study, items: tuple[SurveyItem, ...]) -> None:
    """Replace the study's survey (items taken out are archived, never deleted).

    An item's id is made from its key, so the same item edited on two laptops is one row
    whose newest edit wins in a merge, instead of two active items with one key.
    """
    survey_items([item.__dict__ for item in items])  # the same checks as the defaults
    now = now_iso()
    ids = [content_id("survey-item", item.key) for item in items]
    with study.transaction() as db:
        marks = ", ".join("?" for _ in ids)
        db.execute(f"UPDATE survey_items SET archived = 1, updated_at = ? WHERE archived = 0 "
                   f"AND id NOT IN ({marks})", [now, *ids])
        for number, (row_id, item) in enumerate(zip(ids, items, strict=True), start=1):
            db.execute(
                "INSERT INTO survey_items (id, created_at, device_id, key, kind, text, low, "
                "high, position, archived, updated_at) VALUES (:id, :created_at, :device_id, "
                ":key, :kind, :text, :low, :high, :position, 0, :now) ON CONFLICT(id) DO "
                "UPDATE SET kind = excluded.kind, text = excluded.text, low = excluded.low, "
                "high = excluded.high, position = excluded.position, archived = 0, "
                "updated_at = excluded.updated_at",
                {**study.row_defaults(), "id": row_id, "key": item.key, "kind": item.kind,
                 "text": item.text, "low": item.low, "high": item.high,
                 "position": float(number), "now": now})
