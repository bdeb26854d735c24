"""The study's canonical values: grouping confirmed cards into values, and asking the local
model whether a suggested group of cards is one value, both ways round ("same value?", then
"different values?"). The verdict is advice only: it groups nothing."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.graph.dedupe import CardText, GroupSuggestion
from desktop.core.graph.same_value import QUESTIONS, SAME_VALUE_SCHEMA, Question, Verdict
from desktop.llm.llama_model import load_chosen_model
from desktop.llm.protocol import ChatMessage, ChatModel, Generation, SamplingSettings
from desktop.llm.same_value import SAMPLING, load_same_value_prompt, same_value_messages, verdict_of
from desktop.store import Study
from desktop.store.graph import list_values
from desktop.store.values import (
    ConfirmedCard,
    accept_suggestions,
    cards_of,
    confirmed_cards,
    make_value,
    merge_values,
    move_cards,
    suggestions,
    ungrouped_cards,
)

__all__ = [
    "ConfirmedCard", "ModelChanged", "SameValueCheck", "SameValueQuestion", "cards_of",
    "check_same_value", "check_suggestions", "confirmed_cards", "group_cards", "list_values",
    "make_value", "merge_values", "move_cards", "same_value_question", "same_value_verdict",
    "suggestions", "ungrouped_cards", "values_report",
]


def values_report(study: Study, threshold: float) -> dict[str, Any]:
    """The values with their cards, the ungrouped cards, and the suggested groups."""
    return {
        "values": [{"id": v.id, "title": v.title, "origin": v.origin,
                    "cards": [c.card_id for c in cards_of(study, v.id)]}
                   for v in list_values(study)],
        "ungrouped_cards": [{"id": c.card_id, "title": c.title}
                            for c in ungrouped_cards(study)],
        "suggestions": [{"cards": list(s.card_ids), "worded_like": s.canonical_card_id,
                         "weakest_similarity": round(s.weakest_link, 3)}
                        for s in suggestions(study, threshold)],
    }


def group_cards(study: Study, threshold: float, accept: bool) -> dict[str, Any]:
    """The values report, after accepting every suggestion if `accept` (single cards then
    become values of their own; `values_made` says how many values were made)."""
    made = accept_suggestions(study, threshold) if accept else 0
    return {**values_report(study, threshold), "values_made": made}


@dataclass(frozen=True)
class SameValueQuestion:
    """One of the two requests of a check, ready for the model."""

    messages: list[ChatMessage]
    sampling: SamplingSettings
    schema: dict[str, Any]


class ModelChanged(Exception):
    """The two answers of one check came from different model files."""


def same_value_question(cards: Sequence[CardText], step: int) -> SameValueQuestion:
    """Question `step` (1: "the same value?", 2: "different values?") about `cards`."""
    return SameValueQuestion(same_value_messages(cards, QUESTIONS[step - 1]), SAMPLING,
                             SAME_VALUE_SCHEMA)


def same_value_verdict(same: Generation, different: Generation) -> Verdict:
    """Both answers as one verdict; ModelChanged if another model answered the second."""
    if same.model.sha256 != different.model.sha256:
        raise ModelChanged("the model was changed between the two questions; ask again")
    return verdict_of(same, different)


@dataclass(frozen=True)
class SameValueCheck:
    verdict: Verdict
    generations: tuple[Generation, Generation]  # 'same value?', then 'different values?'

    @property
    def seconds(self) -> tuple[float, float]:
        return (self.generations[0].seconds_total, self.generations[1].seconds_total)


def check_same_value(model: ChatModel, cards: Sequence[CardText],
                     cancel: threading.Event | None = None) -> SameValueCheck:
    """Two generations, one per question, blocking; a cancel stops whichever is running."""
    cancel = cancel or threading.Event()
    prompt = load_same_value_prompt()

    def ask(question: Question) -> Generation:
        return model.generate(same_value_messages(cards, question, prompt), SAMPLING, cancel,
                              schema=SAME_VALUE_SCHEMA)

    same, different = ask(QUESTIONS[0]), ask(QUESTIONS[1])
    return SameValueCheck(verdict_of(same, different), (same, different))


def check_suggestions(study: Study, threshold: float, model_path: str, threads: int | None,
                      on_loading: Callable[[Path], None],
                      on_asking: Callable[[int, int], None]) -> list[dict[str, Any]]:
    """Each suggestion's `same_value` verdict, in the order of `values_report`; the model is
    loaded only if there is a suggestion to ask about."""
    groups = suggestions(study, threshold)
    if not groups:
        return []
    model = load_chosen_model(model_path, threads, on_loading)
    cards = {c.card_id: c.text() for c in confirmed_cards(study)}
    verdicts = []
    for number, group in enumerate(groups, 1):
        on_asking(number, len(groups))
        verdicts.append(_verdict(model, group, cards))
    return verdicts


def _verdict(model: ChatModel, group: GroupSuggestion, cards: dict[str, CardText]
             ) -> dict[str, Any]:
    check = check_same_value(model, [cards[c] for c in group.card_ids])
    verdict = check.verdict.to_dict()
    for reply, seconds in zip(verdict["replies"], check.seconds, strict=True):
        reply["seconds"] = round(seconds, 2)
    return {**verdict, "seconds": round(sum(check.seconds), 2)}
