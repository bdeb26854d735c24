"""A second opinion on a suggested group: do these cards express the same value in MGE's sense
(the same things attended to, whatever the wording)? The request to the local model, from an
editable prompt (resources/graph/same_value_prompt.txt), and its reply read as a verdict.

Advisory only: a verdict is shown to the study lead beside the suggestion and groups nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

from desktop.core.graph.dedupe import CardText

Answer = Literal["same", "different", "unclear"]
REASON_MAX = 160
# Small limits only: llama.cpp builds one grammar rule per character of a maxLength (about
# 1200 crashed it) and minLength makes it very slow. A short reason is all the lead needs.
SAME_VALUE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"same": {"type": "boolean"},
                   "reason": {"type": "string", "maxLength": REASON_MAX}},
    "required": ["same", "reason"],
}
_WORDS = {"true": True, "yes": True, "same": True, "false": False, "no": False,
          "different": False}
_OBJECT = re.compile(r"\{.*\}", re.DOTALL)


@dataclass(frozen=True)
class SameValuePrompt:
    system: str
    user_template: str

    @classmethod
    def parse(cls, text: str) -> SameValuePrompt:
        system, _, user = text.partition("\n---\n")
        if not user.strip():
            raise ValueError("the same-value prompt needs a system part, a line '---', then "
                             "the request")
        return cls(system.strip(), user.strip())

    def messages(self, cards: Sequence[CardText]) -> list[tuple[str, str]]:
        """(role, text) pairs; the llm layer turns them into chat messages."""
        if len(cards) < 2:
            raise ValueError("it takes two or more cards to ask whether they are one value")
        block = "\n\n".join(card_block(number, card) for number, card in enumerate(cards, 1))
        user = self.user_template.format_map({"count": len(cards), "cards": block})
        return [("system", self.system), ("user", user)]


def card_block(number: int, card: CardText) -> str:
    description = f" — {card.description}" if card.description.strip() else ""
    policies = "; ".join(p.strip() for p in card.policies if p.strip()) or "(not written down)"
    return f'Card {number}: "{card.title}"{description}\nPays attention to: {policies}'


@dataclass(frozen=True)
class Verdict:
    answer: Answer
    reason: str  # the model's own words, whitespace tidied; may be empty
    problem: str | None  # why the reply could not be read (answer is then "unclear")
    model_file: str
    model_sha256: str

    def summary(self) -> str:
        """One plain line for the study lead."""
        if self.answer == "unclear":
            return f"Model's answer unclear: {self.problem or 'no reason given'}."
        words = "same value" if self.answer == "same" else "different values"
        return f"Model says: {words} — {self.reason or 'no reason given'}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def judge_reply(text: str, finish_reason: str, model_file: str = "",
                model_sha256: str = "") -> Verdict:
    """The model's reply as a verdict; an unusable reply is 'unclear' with the problem."""
    data, problem = _read_object(text, finish_reason)
    if data is None:
        return Verdict("unclear", "", problem, model_file, model_sha256)
    same = _as_bool(data.get("same"))
    if same is None:
        return Verdict("unclear", "", "the reply did not say whether the cards are the same "
                       "value", model_file, model_sha256)
    reason = " ".join(str(data.get("reason") or "").split())
    if len(reason) >= REASON_MAX - 1:  # the schema's limit cut it mid-sentence: say so
        reason = reason[:REASON_MAX - 1].rstrip() + "…"
    return Verdict("same" if same else "different", reason, None, model_file, model_sha256)


def _read_object(text: str, finish_reason: str) -> tuple[dict[str, Any] | None, str | None]:
    if finish_reason == "cancelled":
        return None, "the check was stopped before the model answered"
    if not text.strip():
        return None, "the model wrote nothing"
    found = _OBJECT.search(text)  # a model may wrap its JSON in words or code fences
    try:
        data = json.loads(found.group(0) if found else text)
    except ValueError:
        if finish_reason == "length":
            return None, "the reply was cut off before it was complete"
        return None, "the reply was not readable JSON"
    if not isinstance(data, dict):
        return None, "the reply was not a JSON object"
    return data, None


def _as_bool(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return _WORDS.get(value.strip().lower())
    return None
