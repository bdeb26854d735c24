"""Labels of dilemmas and valence items: their fields, choices, checks and JSON form.

A label's answer is a small frozen value. Dilemma: the action the annotator would take (or
"undecided"), the values each action serves and the parties affected. Valence item: relevant or
not, the valence (supports / opposes / either) when relevant, and an optional explanation.
Answers are stored as JSON; `fields()` gives the flat (field, value) form that external labels,
exports and agreement statistics use.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal

from desktop.core.formats.items import VALENCES, Dilemma, ValenceItem

TaskKind = Literal["dilemma", "valence"]
DILEMMA: TaskKind = "dilemma"
VALENCE: TaskKind = "valence"
TASK_KINDS: tuple[TaskKind, ...] = (DILEMMA, VALENCE)

CHOICES = ("a", "b", "undecided")
SET_FIELDS = ("values_a", "values_b", "parties")
DILEMMA_FIELDS = ("choice", *SET_FIELDS)
VALENCE_FIELDS = ("relevant", "valence", "explanation")
MAX_TEXT = 2000  # an explanation or a value name longer than this is a paste accident

# What people write in files for our choices (paper sessions, other tools' exports).
_CHOICE_WORDS = {
    "a": "a", "action_a": "a", "to_do": "a", "1": "a", "yes": "a",
    "b": "b", "action_b": "b", "not_to_do": "b", "2": "b", "no": "b",
    "undecided": "undecided", "can't decide": "undecided", "cant decide": "undecided",
    "can't_decide": "undecided", "none": "undecided", "neither": "undecided", "c": "undecided",
}  # fmt: skip
_YES = {"yes", "y", "true", "1", "relevant"}
_NO = {"no", "n", "false", "0", "not relevant", "not_relevant", "irrelevant"}


def clean_entry(text: str) -> str:
    """A value or party name as stored: NFC, single spaces, trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())[:MAX_TEXT]


def unique_entries(entries: Iterable[str]) -> tuple[str, ...]:
    """Cleaned entries in first-seen order; a repeat differing only in case is dropped."""
    seen: dict[str, str] = {}
    for entry in map(clean_entry, entries):
        if entry:
            seen.setdefault(entry.casefold(), entry)
    return tuple(seen.values())


@dataclass(frozen=True)
class DilemmaAnswer:
    choice: str = ""  # "a", "b", "undecided", or "" while not chosen
    values_a: tuple[str, ...] = ()
    values_b: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()

    kind = DILEMMA

    def problem(self) -> str | None:
        """Why this answer cannot be submitted yet, or None."""
        if self.choice not in CHOICES:
            return "Choose the action you would take: A, B, or C if you cannot decide."
        return None

    def toggled(self, field: str, entry: str) -> DilemmaAnswer:
        """The answer with `entry` added to, or removed from, the set field `field`."""
        current = getattr(self, field)
        key = clean_entry(entry).casefold()
        kept = tuple(e for e in current if e.casefold() != key)
        changed: tuple[str, ...] = kept if len(kept) < len(current) else (*current, entry)
        return replace(self, **{field: changed})  # type: ignore[arg-type]

    def fields(self) -> dict[str, Any]:
        return {"choice": self.choice, "values_a": list(self.values_a),
                "values_b": list(self.values_b), "parties": list(self.parties)}

    def agreement_key(self) -> tuple[object, ...]:
        """What two annotators must share to agree (sets compared without case)."""
        return (self.choice, *(frozenset(e.casefold() for e in getattr(self, f))
                               for f in SET_FIELDS))


@dataclass(frozen=True)
class ValenceAnswer:
    relevant: bool | None = None
    valence: str = ""  # one of VALENCES when relevant
    explanation: str = ""

    kind = VALENCE

    def problem(self) -> str | None:
        if self.relevant is None:
            return "Mark the value: 1 supports, 2 opposes, 3 either, 0 not relevant."
        if self.relevant and self.valence not in VALENCES:
            return "Choose the valence: 1 supports, 2 opposes or 3 either."
        return None

    def fields(self) -> dict[str, Any]:
        relevant = None if self.relevant is None else ("yes" if self.relevant else "no")
        return {"relevant": relevant, "valence": self.valence if self.relevant else "",
                "explanation": self.explanation}

    def agreement_key(self) -> tuple[object, ...]:
        return (self.relevant, self.valence if self.relevant else "")


Answer = DilemmaAnswer | ValenceAnswer


def empty_answer(kind: TaskKind) -> Answer:
    return DilemmaAnswer() if kind == DILEMMA else ValenceAnswer()


def valence_answer(relevant: bool | None, valence: str = "", explanation: str = ""
                   ) -> ValenceAnswer:
    """A valence answer with its text cleaned; a not-relevant value has no valence."""
    return ValenceAnswer(relevant, valence if relevant else "", clean_text(explanation))


def clean_text(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()[:MAX_TEXT]


def answer_to_json(answer: Answer) -> str:
    return json.dumps(answer.fields(), ensure_ascii=False, separators=(",", ":"))


def answer_from_json(kind: TaskKind, text: str) -> Answer:
    return answer_from_fields(kind, json.loads(text))


def answer_from_fields(kind: TaskKind, fields: Mapping[str, Any]) -> Answer:
    """An answer from its flat fields (as stored, or as read from a file); ValueError if bad."""
    if kind == DILEMMA:
        return DilemmaAnswer(
            choice=parse_choice(fields.get("choice") or ""),
            **{name: unique_entries(_entries(fields.get(name))) for name in SET_FIELDS})
    relevant = parse_relevant(fields.get("relevant"))
    valence = str(fields.get("valence") or "").strip().lower()
    if valence and valence not in VALENCES:
        raise ValueError(f"the valence '{valence}' is not one of: {', '.join(VALENCES)}")
    if relevant is None and valence:
        relevant = True  # a valence given without relevance implies the value was relevant
    return valence_answer(relevant, valence, str(fields.get("explanation") or ""))


def parse_choice(value: object) -> str:
    text = " ".join(str(value).strip().lower().split())
    if not text:
        return ""
    if text not in _CHOICE_WORDS:
        raise ValueError(f"the choice '{value}' is not one of: a, b, undecided")
    return _CHOICE_WORDS[text]


def parse_relevant(value: object) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    text = " ".join(str(value).strip().lower().split())
    if not text:
        return None
    if text in _YES or text in _NO:
        return text in _YES
    raise ValueError(f"'relevant' should be yes or no, not '{value}'")


def _entries(value: object) -> list[str]:
    """A set field from a list, a JSON list in text, or text separated by ';'."""
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [str(entry) for entry in value]
    text = str(value).strip()
    if text.startswith("["):
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError:
            raise ValueError(f"'{text[:60]}' is not a readable list") from None
        if isinstance(parsed, list):
            return [str(entry) for entry in parsed]
    return text.split(";")


def fields_for(kind: TaskKind) -> tuple[str, ...]:
    return DILEMMA_FIELDS if kind == DILEMMA else VALENCE_FIELDS


@dataclass(frozen=True)
class LabelItem:
    """A dilemma or valence item as the labelling view shows it."""

    id: str
    kind: TaskKind
    position: float
    content: Dilemma | ValenceItem

    @property
    def situation(self) -> str:
        return self.content.situation
