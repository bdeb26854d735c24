"""Questions (contexts) an interview can be about."""

from __future__ import annotations

from dataclasses import dataclass

MAX_QUESTION_CHARS = 5000


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    language: str
    note: str
    position: float
    created_at: str
    device_id: str


def clean_question_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValueError("A question needs some text.")
    if len(text) > MAX_QUESTION_CHARS:
        raise ValueError(f"A question can be at most {MAX_QUESTION_CHARS:,} characters long.")
    return text
