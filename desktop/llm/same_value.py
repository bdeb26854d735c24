"""Ask the local model whether a suggested group of cards is one value, both ways round: the
requests and the reading of the replies (the use case is desktop.services.values)."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core import paths
from desktop.core.graph.dedupe import CardText
from desktop.core.graph.same_value import (
    Question,
    Reply,
    SameValuePrompt,
    Verdict,
    combine,
    read_reply,
)
from desktop.llm.protocol import ChatMessage, Generation, SamplingSettings

# Temperature 0: asking again about the same cards gives the same verdict.
SAMPLING = SamplingSettings(max_tokens=120, temperature=0.0, seed=0)


def load_same_value_prompt() -> SameValuePrompt:
    return SameValuePrompt.parse(
        paths.resource("graph", "same_value_prompt.txt").read_text("utf-8"))


def same_value_messages(cards: Sequence[CardText], question: Question,
                        prompt: SameValuePrompt | None = None) -> list[ChatMessage]:
    prompt = prompt or load_same_value_prompt()
    return [ChatMessage(role, text)  # type: ignore[arg-type]
            for role, text in prompt.messages(cards, question)]


def reply_of(question: Question, generation: Generation) -> Reply:
    return read_reply(question, generation.text, generation.finish_reason)


def verdict_of(same: Generation, different: Generation) -> Verdict:
    """The two replies as one verdict, carrying the model file and its SHA-256."""
    return combine(reply_of("same", same), reply_of("different", different),
                   same.model.file_name, same.model.sha256)
