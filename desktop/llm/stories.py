"""Draft upgrade stories with the local model: one retry, then an empty draft for the study
lead to write, never a broken one shown to participants."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from desktop.core import paths
from desktop.core.graph.stories import STORY_SCHEMA, StoryPrompt, judge_story, story_text
from desktop.core.graph.values import Value
from desktop.llm.protocol import ChatMessage, ChatModel, Generation, SamplingSettings

ATTEMPTS = 2


@dataclass(frozen=True)
class StoryDraft:
    text: str  # empty when both attempts failed
    problem: str | None  # why the last attempt was unusable
    attempts: int
    generation: Generation


def load_story_prompt() -> StoryPrompt:
    return StoryPrompt.parse(paths.resource("graph", "story_prompt.txt").read_text("utf-8"))


def draft_story(model: ChatModel, context: str, old: Value, new: Value,
                cancel: threading.Event | None = None, prompt: StoryPrompt | None = None,
                seed: int = 1) -> StoryDraft:
    prompt = prompt or load_story_prompt()
    messages = [ChatMessage(role, text)  # type: ignore[arg-type]
                for role, text in prompt.messages(context, old, new)]
    cancel = cancel or threading.Event()
    for attempt in range(1, ATTEMPTS + 1):
        sampling = SamplingSettings(max_tokens=400, temperature=0.7, seed=seed + attempt)
        generation = model.generate(messages, sampling, cancel, schema=STORY_SCHEMA)
        text = story_text(generation.text)
        problem = judge_story(text, generation.finish_reason)
        if problem is None or generation.finish_reason == "cancelled":
            break
    return StoryDraft(text if problem is None else "", problem, attempt, generation)


def draft_both_directions(model: ChatModel, context: str, a: Value, b: Value,
                          cancel: threading.Event | None = None) -> tuple[StoryDraft, StoryDraft]:
    """A -> B and B -> A: the model favours whichever direction it is asked about."""
    return (draft_story(model, context, a, b, cancel), draft_story(model, context, b, a, cancel))
