"""Upgrade stories, the study lead's use cases: which pairs of values still need a story, the
model's draft of each (both directions of a pair, one retry, else a blank for the lead to
write), and the review (edit, approve, drop) before any participant sees one.

The command line drafts here in one go; the Values page sends the same messages to the model
on its worker thread and hands each reply back to `keep_draft`."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from desktop.core.graph.stories import judge_story, propose_pairs, story_text
from desktop.core.graph.values import Value
from desktop.llm.protocol import ChatMessage, ChatModel, Generation, SamplingSettings
from desktop.llm.stories import ATTEMPTS, draft_story, load_story_prompt
from desktop.store import Study, StudyError
from desktop.store.graph import Story, add_story, list_stories, list_values, review_story
from desktop.store.values import cards_of

MAX_PER_RUN = 6
Pair = tuple[str, Value, Value]  # (context, from, to)


@dataclass(frozen=True)
class StoryEntry:
    story: Story
    from_title: str
    to_title: str


def listed(study: Study, status: str | None = None, context: str | None = None
           ) -> list[StoryEntry]:
    """Stories by context then age, with the titles of their two values."""
    titles = {value.id: value.title for value in list_values(study)}
    return [StoryEntry(s, titles.get(s.from_value_id, ""), titles.get(s.to_value_id, ""))
            for s in list_stories(study, status) if context is None or s.context == context]


def pairs_to_draft(study: Study, context: str | None = None, limit: int | None = MAX_PER_RUN
                   ) -> list[Pair]:
    """Proposed pairs (both directions) that have no story yet, at most `limit` of them."""
    done = {(s.from_value_id, s.to_value_id) for s in list_stories(study)}
    values = list_values(study)
    pairs = [p for p in propose_pairs(values, _questions(study, values))
             if (p[1].id, p[2].id) not in done and (context is None or p[0] == context)]
    return pairs if limit is None else pairs[:limit]


def _questions(study: Study, values: list[Value]) -> dict[str, str]:
    """Each value's context for stories: the question its cards answered."""
    questions = {}
    for value in values:
        cards = cards_of(study, value.id)
        if cards:
            questions[value.id] = cards[0].question
    return questions


def draft_messages(pair: Pair) -> list[ChatMessage]:
    """What the model is asked for one story (the prompt is an editable resource file)."""
    context, old, new = pair
    return [ChatMessage(role, text)  # type: ignore[arg-type]
            for role, text in load_story_prompt().messages(context, old, new)]


def draft_sampling(attempt: int) -> SamplingSettings:
    """Sampling for an attempt; a retry draws with another seed."""
    return SamplingSettings(max_tokens=400, temperature=0.7, seed=attempt)


def keep_draft(study: Study, pair: Pair, generation: Generation, attempt: int) -> Story | None:
    """Store the model's reply as a draft, or None when it is unusable and worth another try.

    After the last attempt an unusable reply is stored blank: the lead writes it, and a broken
    story never reaches participants."""
    text = story_text(generation.text)
    usable = judge_story(text, generation.finish_reason) is None
    if not usable and attempt < ATTEMPTS:
        return None
    context, old, new = pair
    return add_story(study, context, old.id, new.id, text if usable else "",
                     generation.model.file_name, generation.model.sha256)


def draft(study: Study, model: ChatModel, pairs: list[Pair],
          cancel: threading.Event | None = None,
          on_story: Callable[[int, Story], None] | None = None) -> list[Story]:
    """Draft and store a story for each pair in turn (each is committed as it is written)."""
    stories = []
    for number, (context, old, new) in enumerate(pairs, start=1):
        made = draft_story(model, context, old, new, cancel, seed=0)
        if made.generation.finish_reason == "cancelled":
            break
        stories.append(add_story(study, context, old.id, new.id, made.text,
                                 made.generation.model.file_name, made.generation.model.sha256))
        if on_story is not None:
            on_story(number, stories[-1])
    return stories


def save_text(study: Study, story_id: str, text: str) -> Story:
    """The lead's own words for a story; it stays a draft until approved."""
    return review_story(study, _known(study, story_id).id, text=text.strip())


def approve(study: Study, story_id: str, text: str | None = None) -> Story:
    """Participants may be shown this story now (with `text`, if the lead rewrote it)."""
    story = _known(study, story_id)
    words = story.text if text is None else text.strip()
    if not words:
        raise StudyError(study.path, "a story needs words before participants can see it: "
                         "write it first.")
    return review_story(study, story.id, text=words, status="approved")


def drop(study: Study, story_id: str) -> Story:
    """Never show this story; it stays in the file with the model that wrote it."""
    return review_story(study, _known(study, story_id).id, status="dropped")


def _known(study: Study, story_id: str) -> Story:
    found = [s for s in list_stories(study) if s.id == story_id.strip()]
    if not found:
        raise StudyError(study.path, f"there is no story {story_id!r} in this study.")
    return found[0]
