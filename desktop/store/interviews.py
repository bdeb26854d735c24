"""Interviews and their messages: started after consent, each message committed when complete.

A participant's answer is committed before the window acknowledges it; a model reply only once
it is complete (or stopped, and marked so). The stage is worked out by the protocol from these
rows, so an interview resumes where its stored rows say it stopped.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.__about__ import VERSION
from desktop.core.clock import content_id, now_iso
from desktop.core.interview.card import ValuesCard
from desktop.core.interview.prompts import PromptSet, prompt_set
from desktop.core.interview.protocol import (
    CardVersion,
    InterviewSettings,
    Message,
    Sampling,
    Stage,
    Transcript,
    next_step,
    stage_of,
)
from desktop.core.interview.turns import ModelRun
from desktop.store.errors import StudyError
from desktop.store.participants import latest_consent
from desktop.store.questions import get_question
from desktop.store.study import Study

MAX_ANSWER_CHARS = 50_000


@dataclass(frozen=True)
class InterviewInfo:
    id: str
    participant_id: str
    participant_code: str
    question_id: str
    question_text: str
    stage: Stage
    follow_ups: int
    prompt_sha256: str
    model_file: str
    model_sha256: str
    source: str
    draft_text: str
    app_version: str
    settings: dict[str, Any]
    created_at: str
    updated_at: str
    finished_at: str | None
    language: str = "en"  # the participant's language the interview runs in


def start_interview(study: Study, participant_id: str, question_id: str, prompts: PromptSet,
                    settings: InterviewSettings, model: tuple[str, str] = ("", ""),
                    source: str = "app", notes: Sequence[str] = ()) -> InterviewInfo:
    """A new interview with its opening turn, for a participant who has consented, in the
    language of its texts; `notes` go to its audit (e.g. what fell back to English)."""
    consent = latest_consent(study, participant_id)
    if consent is None or not consent.covers(prompts.consent_version):
        raise StudyError(study.path, "this participant has not consented to the current "
                         "consent text, so no interview can start.")
    question = get_question(study, question_id)
    if question is None:
        raise StudyError(study.path, "this question is no longer in the study.")
    row = {**study.row_defaults(), "participant_id": participant_id,
           "question_id": question_id, "question_text": question.text,
           "consent_id": consent.id, "follow_ups": settings.follow_ups,
           "stage": Stage.CONVERSATION.value, "prompt_sha256": prompts.sha256,
           "app_version": VERSION, "model_file": model[0], "model_sha256": model[1],
           "settings": json.dumps(settings_dict(settings)), "source": source,
           "language": prompts.language_code, "updated_at": now_iso()}
    opening = {**study.row_defaults(), "interview_id": row["id"], "seq": 0,
               "role": "assistant", "text": prompts.opening(question.text),
               "stage": Stage.CONVERSATION.value}
    with study.transaction() as db:
        _keep_prompt_set(study, prompts)
        db.table("interviews").insert(row)
        db.table("messages").insert(opening)
        for note in notes:
            db.table("interview_notes").insert(
                {**study.row_defaults(), "interview_id": row["id"], "note": note})
    return get_interview(study, str(row["id"]))


def settings_dict(settings: InterviewSettings) -> dict[str, Any]:
    return {"follow_ups": settings.follow_ups,
            "question_sampling": settings.question_sampling.as_dict(),
            "card_sampling": settings.card_sampling.as_dict(),
            "votes_after_card": settings.votes_after_card,
            "question_style": settings.question_style}


def _keep_prompt_set(study: Study, prompts: PromptSet) -> None:
    study.db.execute(
        "INSERT OR IGNORE INTO prompt_sets (id, created_at, device_id, sha256, files) "
        "VALUES (:id, :created_at, :device_id, :sha256, :files)",
        {**study.row_defaults(), "id": content_id("prompt-set", prompts.sha256),
         "sha256": prompts.sha256,
         "files": json.dumps(prompts.files, ensure_ascii=False, sort_keys=True)})


def prompt_files(study: Study, sha256: str) -> dict[str, str] | None:
    """The exact texts an interview with this prompt hash used."""
    rows = study.query("SELECT files FROM prompt_sets WHERE sha256 = ?", (sha256,))
    return json.loads(rows[0]["files"]) if rows else None


def interview_prompts(study: Study, interview_id: str) -> PromptSet:
    """The wording an interview started with: a resumed interview goes on with it."""
    info = get_interview(study, interview_id)
    files = prompt_files(study, info.prompt_sha256)
    if files is None:
        raise StudyError(study.path, "this interview's prompt texts are missing.")
    return prompt_set(files)


def stored_settings(study: Study, interview_id: str) -> InterviewSettings:
    """The settings an interview started with: a resumed interview goes on with them."""
    return _settings(get_interview(study, interview_id).settings)


def _settings(raw: Mapping[str, Any]) -> InterviewSettings:
    # Interviews started before voting came into the flow asked no wiser-than questions, and
    # those started before the guided style wrote their questions freely.
    return InterviewSettings(raw["follow_ups"], Sampling(**raw["question_sampling"]),
                             Sampling(**raw["card_sampling"]), raw.get("votes_after_card", 0),
                             raw.get("question_style", "free"))


# Messages --------------------------------------------------------------------------------------

def add_answer(study: Study, interview_id: str, text: str) -> Message:
    """Commit the participant's answer (or card revision request) before it is acknowledged."""
    if not text.strip():
        raise ValueError("Type an answer first: there is nothing to send.")
    if len(text) > MAX_ANSWER_CHARS:
        raise ValueError(f"An answer can be at most {MAX_ANSWER_CHARS:,} characters long.")
    with study.transaction():
        t = load_transcript(study, interview_id)
        step = next_step(t)
        if step not in ("answer", "review_card"):
            raise StudyError(study.path, "this interview is not waiting for an answer now.")
        stage = Stage.CONVERSATION if step == "answer" else Stage.CARD
        message = _insert_message(study, interview_id, t.next_seq, "user", text, stage, {})
        study.db.execute("UPDATE interviews SET draft_text = '' WHERE id = ?", [interview_id])
        refresh_stage(study, interview_id)
    return message


def add_reply(study: Study, interview_id: str, text: str, run: ModelRun, fallback: str = "",
              status: str = "complete") -> Message:
    """Commit the interviewer's follow-up question once it is whole (or stopped)."""
    with study.transaction():
        t = load_transcript(study, interview_id)
        if next_step(t) != "follow_up":
            raise StudyError(study.path, "this interview is not waiting for a question now.")
        extra = {**run_columns(run), "fallback": fallback, "status": status,
                 "rejected": json.dumps([dict(r) for r in run.rejected], ensure_ascii=False),
                 "completion_tokens": run.completion_tokens,
                 "seconds_to_first_token": run.seconds_to_first_token,
                 "seconds_total": run.seconds_total}
        message = _insert_message(study, interview_id, t.next_seq, "assistant", text,
                                  Stage.CONVERSATION, extra)
        refresh_stage(study, interview_id)
    return message


def run_columns(run: ModelRun) -> dict[str, Any]:
    return {"model_file": run.model_file, "model_sha256": run.model_sha256,
            # the question style (and a guided question's frame and phrase) is kept with how the
            # text was sampled, as its "guide"
            "sampling": json.dumps({**dict(run.sampling), **({"guide": dict(run.guide)}
                                                             if run.guide else {})},
                                   ensure_ascii=False),
            "attempts": run.attempts}


def _insert_message(study: Study, interview_id: str, seq: int, role: str, text: str,
                    stage: Stage, extra: dict[str, Any]) -> Message:
    row = {**study.row_defaults(), "interview_id": interview_id, "seq": seq, "role": role,
           "text": text, "stage": stage.value, **extra}
    study.db.table("messages").insert(row)
    return _message(row | {"status": extra.get("status", "complete"),
                           "fallback": extra.get("fallback", "")})


def save_draft_text(study: Study, interview_id: str, text: str) -> None:
    """What the participant is typing, kept so a crash mid-sentence loses nothing."""
    with study.transaction() as db:
        db.execute("UPDATE interviews SET draft_text = ?, updated_at = ? WHERE id = ?",
                    [text, now_iso(), interview_id])


def list_messages(study: Study, interview_id: str) -> list[dict[str, Any]]:
    """Every stored column of the interview's messages, in order (for export and audit)."""
    return study.query("SELECT * FROM messages WHERE interview_id = ? ORDER BY seq",
                       (interview_id,))


# Reading ---------------------------------------------------------------------------------------

def load_transcript(study: Study, interview_id: str) -> Transcript:
    info = get_interview(study, interview_id)
    messages = study.query("SELECT id, seq, role, text, stage, status, fallback FROM messages "
                           "WHERE interview_id = ? ORDER BY seq", (interview_id,))
    cards = study.query("SELECT * FROM card_versions WHERE interview_id = ? ORDER BY number",
                        (interview_id,))
    confirmed = study.query("SELECT card_version_id FROM card_confirmations WHERE "
                            "interview_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1",
                            (interview_id,))
    return Transcript(
        question=info.question_text, follow_ups=info.follow_ups,
        messages=tuple(_message(row) for row in messages),
        cards=tuple(card_version(row) for row in cards),
        confirmed_card_id=confirmed[0]["card_version_id"] if confirmed else None,
        voting_done=_voting_done(study, info),
        survey_done=info.finished_at is not None)


def _voting_done(study: Study, info: InterviewInfo) -> bool:
    if _settings(info.settings).votes_after_card == 0:
        return True
    return bool(study.query("SELECT 1 FROM voting_ends WHERE interview_id = ? LIMIT 1",
                            (info.id,)))


def interview_notes(study: Study, interview_id: str) -> list[str]:
    """The interview's audit notes, oldest first."""
    rows = study.query("SELECT note FROM interview_notes WHERE interview_id = ? "
                       "ORDER BY created_at, id", (interview_id,))
    return [str(row["note"]) for row in rows]


def notes_by_interview(study: Study) -> dict[str, list[str]]:
    """Every interview's audit notes, oldest first, in one read (interviews without notes are
    left out)."""
    notes: dict[str, list[str]] = {}
    for row in study.query("SELECT interview_id, note FROM interview_notes "
                           "ORDER BY created_at, id"):
        notes.setdefault(str(row["interview_id"]), []).append(str(row["note"]))
    return notes


def get_interview(study: Study, interview_id: str) -> InterviewInfo:
    rows = _interview_rows(study, "WHERE i.id = ?", (interview_id,))
    if not rows:
        raise StudyError(study.path, "this interview is not in the study.")
    return rows[0]


def list_interviews(study: Study, participant_id: str | None = None) -> list[InterviewInfo]:
    """Newest first."""
    if participant_id is None:
        return _interview_rows(study, "", ())
    return _interview_rows(study, "WHERE i.participant_id = ?", (participant_id,))


def _interview_rows(study: Study, where: str, params: tuple[Any, ...]) -> list[InterviewInfo]:
    rows = study.query(
        "SELECT i.*, p.code AS participant_code FROM interviews i "
        f"JOIN people p ON p.id = i.participant_id {where} "
        "ORDER BY i.updated_at DESC, i.created_at DESC", params)
    return [_info(row) for row in rows]


def _info(row: Mapping[str, Any]) -> InterviewInfo:
    return InterviewInfo(
        id=row["id"], participant_id=row["participant_id"],
        participant_code=row["participant_code"], question_id=row["question_id"],
        question_text=row["question_text"], stage=Stage(row["stage"]),
        follow_ups=row["follow_ups"], prompt_sha256=row["prompt_sha256"],
        model_file=row["model_file"], model_sha256=row["model_sha256"],
        source=row["source"], draft_text=row["draft_text"], app_version=row["app_version"],
        settings=json.loads(row["settings"]), created_at=row["created_at"],
        updated_at=row["updated_at"], finished_at=row["finished_at"],
        language=row["language"])


def _message(row: Mapping[str, Any]) -> Message:
    return Message(id=row["id"], seq=row["seq"], role=row["role"], text=row["text"],
                   stage=Stage(row["stage"]), status=row["status"], fallback=row["fallback"])


def card_version(row: Mapping[str, Any]) -> CardVersion:
    card = ValuesCard(row["title"], row["description"], tuple(json.loads(row["policies"])),
                      row["context"])
    return CardVersion(id=row["id"], number=row["number"], card=card, source=row["source"],
                       after_seq=row["after_seq"], shown=row["shown_at"] is not None,
                       status=json.loads(row["field_status"]))


def refresh_stage(study: Study, interview_id: str) -> None:
    """Keep the listed stage in step with the rows, in the same transaction as the change."""
    stage = stage_of(load_transcript(study, interview_id))
    study.db.execute("UPDATE interviews SET stage = ?, updated_at = ? WHERE id = ?",
                     [stage.value, now_iso(), interview_id])
