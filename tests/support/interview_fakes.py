"""A scripted interviewer for the interview page's unit tests (end-to-end uses the real one)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Sequence
from typing import Any

from desktop.llm.protocol import ChatMessage, Generation, SamplingSettings, TextCallback
from tests.support.fakes import FAKE_IDENTITY

CARD = {"title": "Patient curiosity",
        "description": "I care about understanding why someone is afraid.",
        "policies": ["MOMENTS when a child is afraid", "CHOICES that respect their pace",
                     "FEELINGS of being understood"],
        "context": "When a child resists schoolwork"}


class ScriptedInterviewer:
    """Follow-ups: numbered questions streamed word by word; with a schema: a card as JSON."""

    def __init__(self, delay: float = 0.0, replies: Sequence[str] = ()) -> None:
        self.identity = FAKE_IDENTITY
        self.delay = delay
        self.replies = list(replies)  # used first, in order, instead of the numbered questions
        self.calls: list[tuple[list[ChatMessage], dict[str, Any] | None]] = []
        self.card = dict(CARD)

    def generate(self, messages: Sequence[ChatMessage], sampling: SamplingSettings,
                 cancel: threading.Event, on_text: TextCallback | None = None,
                 schema: dict[str, Any] | None = None) -> Generation:
        self.calls.append((list(messages), schema))
        if schema is not None:
            text = json.dumps(self.card)
        elif self.replies:
            text = self.replies.pop(0)
        else:
            text = f"What did you notice in moment {len(self.calls)}?"
        started, sent = time.perf_counter(), []
        for word in text.split(" "):
            if cancel.is_set():
                break
            time.sleep(self.delay)
            piece = word if not sent else " " + word
            sent.append(piece)
            if on_text:
                on_text(piece)
        finish = "cancelled" if cancel.is_set() else "stop"
        return Generation("".join(sent), finish, len(sent), 0.0 if sent else None,
                          time.perf_counter() - started, self.identity, sampling)
