"""Ask the local model whether a suggested group of cards is one value: the request (shared
by the app's worker and the command line) and a blocking check for the command line."""

from __future__ import annotations

import threading
from collections.abc import Sequence

from desktop.core import paths
from desktop.core.graph.dedupe import CardText
from desktop.core.graph.same_value import (
    SAME_VALUE_SCHEMA,
    SameValuePrompt,
    Verdict,
    judge_reply,
)
from desktop.llm.protocol import ChatMessage, ChatModel, Generation, SamplingSettings

# Temperature 0: asking again about the same cards gives the same verdict.
SAMPLING = SamplingSettings(max_tokens=120, temperature=0.0, seed=0)


def load_same_value_prompt() -> SameValuePrompt:
    return SameValuePrompt.parse(
        paths.resource("graph", "same_value_prompt.txt").read_text("utf-8"))


def same_value_messages(cards: Sequence[CardText],
                        prompt: SameValuePrompt | None = None) -> list[ChatMessage]:
    prompt = prompt or load_same_value_prompt()
    return [ChatMessage(role, text)  # type: ignore[arg-type]
            for role, text in prompt.messages(cards)]


def verdict_of(generation: Generation) -> Verdict:
    """The reply read as a verdict, carrying the model file and its SHA-256."""
    return judge_reply(generation.text, generation.finish_reason, generation.model.file_name,
                       generation.model.sha256)


def check_same_value(model: ChatModel, cards: Sequence[CardText],
                     cancel: threading.Event | None = None) -> tuple[Verdict, Generation]:
    generation = model.generate(same_value_messages(cards), SAMPLING,
                                cancel or threading.Event(), schema=SAME_VALUE_SCHEMA)
    return verdict_of(generation), generation
