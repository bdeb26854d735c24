"""Reads for the record of one interview (export, audit, benchmark figures): its consent, its
confirmation time and the wiser-than votes given after its card."""

from __future__ import annotations

from typing import Any

from desktop.store.study import Study


def interview_ids(study: Study) -> list[str]:
    """Every interview of the study, in the order they were stored."""
    return [row["id"] for row in study.query("SELECT id FROM interviews ORDER BY rowid")]


def card_confirmed_at(study: Study, interview_id: str) -> str | None:
    """When the interview's card was last confirmed (None before any confirmation)."""
    rows = study.query("SELECT max(created_at) AS at FROM card_confirmations WHERE "
                       "interview_id = ?", (interview_id,))
    return rows[0]["at"]


def interview_votes(study: Study, interview_id: str) -> list[dict[str, Any]]:
    """The wiser-than questions answered after the card, in order."""
    return study.query("SELECT context, from_value_id, to_value_id, relationship, comment, "
                       "story_id, voted_at, device_id FROM votes WHERE interview_id = ? "
                       "ORDER BY voted_at, rowid", (interview_id,))


def interview_consent(study: Study, interview_id: str) -> dict[str, Any]:
    """The consent the interview was started under: its text version, hash and time."""
    return study.query("SELECT consent_version, text_sha256, created_at FROM consents "
                       "WHERE id = (SELECT consent_id FROM interviews WHERE id = ?)",
                       (interview_id,))[0]
