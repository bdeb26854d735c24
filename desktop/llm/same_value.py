"""Ask the local model whether a suggested group of cards is one value, both ways round: the
requests (shared by the app's worker and the command line) and a blocking check for the
command line."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core import paths
from desktop.core.graph.dedupe import CardText
from desktop.core.graph.same_value import (
    SAME_VALUE_SCHEMA,
    Question,
    Reply,
    SameValuePrompt,
    Verdict,
    combine,
    read_reply,
)
from desktop.llm.protocol import ChatMessage, ChatModel, Generation, SamplingSettings

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


@dataclass(frozen=True)
class SameValueCheck:
    verdict: Verdict
    generations: tuple[Generation, Generation]  # 'same value?', then 'different values?'

    @property
    def seconds(self) -> tuple[float, float]:
        return (self.generations[0].seconds_total, self.generations[1].seconds_total)


def check_same_value(model: ChatModel, cards: Sequence[CardText],
                     cancel: threading.Event | None = None) -> SameValueCheck:
    """Two generations, one per question; a cancel stops whichever is running."""
    cancel = cancel or threading.Event()
    prompt = load_same_value_prompt()

    def ask(question: Question) -> Generation:
        return model.generate(same_value_messages(cards, question, prompt), SAMPLING, cancel,
                              schema=SAME_VALUE_SCHEMA)

    same = ask("same")
    different = ask("different")
    return SameValueCheck(verdict_of(same, different), (same, different))
