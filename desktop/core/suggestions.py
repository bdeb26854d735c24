"""Model suggestions for labels: the prompts, the JSON schemas that hold the model to them, and
the checks that turn its reply into a suggestion or reject it.

A small model writes poor text, so every reply is held to a schema (it parses), value names are
limited to a list (they map to the value dimensions), and degenerate explanations are dropped.
The annotator always has the last word: a suggestion is shown, never stored as their label.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.core.formats.items import VALENCES, Dilemma, ValenceItem
from desktop.core.labelling import (
    Answer,
    DilemmaAnswer,
    LabelItem,
    ValenceAnswer,
    unique_entries,
    valence_answer,
)

# Stored with every suggestion; bump when a prompt or schema changes, so old ones are redone.
PROMPT_VERSION = "labelling-suggestions-v2"  # v2: each action names at least one value
MAX_CANDIDATES = 48  # more enum entries make llama.cpp's grammar slow to build (seconds)
MAX_VALUES_PER_ACTION = 3
MAX_EXPLANATION = 140
SYSTEM = "You label moral situations for a research study. Reply with JSON only."


@dataclass(frozen=True)
class Suggestion:
    """A parsed reply: the suggested answer, or None when the reply was unusable."""

    answer: Answer | None
    problem: str = ""  # why the reply was rejected, for the log and the stored row

    @property
    def usable(self) -> bool:
        return self.answer is not None


def valence_schema() -> dict[str, Any]:
    # No minLength: llama.cpp expands it into a grammar that takes seconds to build.
    return {
        "type": "object",
        "properties": {
            "relevant": {"type": "boolean"},
            "valence": {"type": "string", "enum": list(VALENCES)},
            "explanation": {"type": "string", "maxLength": MAX_EXPLANATION},
        },
        "required": ["relevant", "valence", "explanation"],
    }


def dilemma_schema(candidates: Sequence[str]) -> dict[str, Any]:
    # At least one value per action: with none allowed, the small model often named none,
    # and a suggestion that names no values is no suggestion.
    values = {"type": "array", "items": {"type": "string", "enum": list(candidates)},
              "minItems": 1, "maxItems": MAX_VALUES_PER_ACTION}
    return {
        "type": "object",
        "properties": {"choice": {"type": "string", "enum": ["a", "b"]},
                       "values_a": values, "values_b": values},
        "required": ["choice", "values_a", "values_b"],
    }


# Offered when neither the dilemma nor the study names any value (DailyDilemmas' most common).
FALLBACK_VALUES = ("honesty", "responsibility", "trust", "care", "fairness", "respect",
                   "loyalty", "integrity", "self-interest", "compassion", "autonomy", "safety")


def candidate_values(dilemma: Dilemma, study_values: Sequence[str]) -> list[str]:
    """The value names a dilemma suggestion may use: the dilemma's own, then the study's."""
    named = (*dilemma.values_a, *dilemma.values_b, *study_values) or FALLBACK_VALUES
    return list(unique_entries(named))[:MAX_CANDIDATES]


def valence_prompt(item: ValenceItem) -> list[tuple[str, str]]:
    """(role, text) messages asking about one valence item."""
    kind = item.kind.capitalize()
    return [("system", SYSTEM), ("user", (
        f"Situation: {item.situation}\n{kind}: {item.text}\n\n"
        f"Is the {item.kind} relevant to the situation? Does the {item.kind} support the "
        "action, oppose it, or either? Give a one-sentence explanation."))]


def dilemma_prompt(dilemma: Dilemma, candidates: Sequence[str]) -> list[tuple[str, str]]:
    return [("system", SYSTEM), ("user", (
        f"Situation: {dilemma.situation}\nAction a: {dilemma.action_a}\n"
        f"Action b: {dilemma.action_b}\n\nWhich action would you take? Which values does each "
        f"action serve? Values to choose from: {', '.join(candidates)}"))]


def request_for(item: LabelItem, study_values: Sequence[str]
                ) -> tuple[list[tuple[str, str]], dict[str, Any]]:
    """The messages and schema that ask the model about `item`."""
    if isinstance(item.content, ValenceItem):
        return valence_prompt(item.content), valence_schema()
    candidates = candidate_values(item.content, study_values)
    return dilemma_prompt(item.content, candidates), dilemma_schema(candidates)


def parse_suggestion(item: LabelItem, text: str, finish_reason: str) -> Suggestion:
    """The model's reply as a suggestion, or the reason it cannot be one."""
    if finish_reason == "cancelled":
        return Suggestion(None, "the request was stopped")
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        cut = " (cut off by the token limit)" if finish_reason == "length" else ""
        return Suggestion(None, f"the reply is not complete JSON{cut}")
    if not isinstance(data, dict):
        return Suggestion(None, "the reply is not a JSON object")
    if item.kind == "valence":
        return _valence(data)
    return _dilemma(data)


def _valence(data: dict[str, Any]) -> Suggestion:
    relevant, valence = data.get("relevant"), data.get("valence")
    if not isinstance(relevant, bool) or valence not in VALENCES:
        return Suggestion(None, "the reply lacks relevance or valence")
    return Suggestion(valence_answer(relevant, str(valence), clean_explanation(
        str(data.get("explanation") or ""))))


def _dilemma(data: dict[str, Any]) -> Suggestion:
    choice = data.get("choice")
    lists = [data.get(name) for name in ("values_a", "values_b")]
    if choice not in ("a", "b") or not all(isinstance(v, list) for v in lists):
        return Suggestion(None, "the reply lacks a choice or value lists")
    values_a, values_b = (unique_entries(str(v) for v in entries)  # type: ignore[union-attr]
                          for entries in lists)
    if not values_a and not values_b:
        return Suggestion(None, "the reply names no values")
    return Suggestion(DilemmaAnswer(str(choice), values_a, values_b))


_WORD = re.compile(r"\w+", re.UNICODE)


def clean_explanation(text: str) -> str:
    """One sentence of real text, or '' for a degenerate one (too short, repetitive, an echo)."""
    text = " ".join(text.split())
    words = _WORD.findall(text.lower())
    if len(words) < 4:
        return ""
    if Counter(words).most_common(1)[0][1] > max(3, len(words) // 3):
        return ""
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    return first[:MAX_EXPLANATION]


def suggestion_accepted(suggested: Answer, answer: Answer) -> bool:
    """Did the annotator's label keep what the model suggested?

    Valence: same relevance and valence (the explanation is the annotator's own words).
    Dilemma: the same values ticked for each action (the choice is the annotator's own view;
    the model's choice is recorded for value profiles but never shown as a suggestion).
    """
    if isinstance(suggested, ValenceAnswer) and isinstance(answer, ValenceAnswer):
        return suggested.agreement_key() == answer.agreement_key()
    if isinstance(suggested, DilemmaAnswer) and isinstance(answer, DilemmaAnswer):
        return all({v.casefold() for v in getattr(suggested, f)}
                   == {v.casefold() for v in getattr(answer, f)}
                   for f in ("values_a", "values_b"))
    return False
