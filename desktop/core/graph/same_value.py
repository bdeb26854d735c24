"""A second opinion on a suggested group: do these cards express the same value in MGE's sense
(the same things attended to, whatever the wording)? The requests to the local model, from an
editable prompt (resources/graph/same_value_prompt.txt), and its replies read as one verdict.

The question is asked both ways round ("the same value?" and "different values?"), because a
small model tends to answer yes to whatever it is asked: measured, SmolLM2-135M says yes to
both. Only answers that agree once the question is turned around give "same" or "different";
answers that contradict each other, or cannot be read, give "unclear" with the reason.

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
Question = Literal["same", "different"]
QUESTIONS: tuple[Question, Question] = ("same", "different")  # asked in this order
ASKED = {"same": "same value?", "different": "different values?"}
CONTRADICTION = ("the model's answers contradict each other when the question is turned "
                 "around, so it cannot tell")
REASON_MAX = 160
# Small limits only: llama.cpp builds one grammar rule per character of a maxLength (about
# 1200 crashed it) and minLength makes it very slow. A short reason is all the lead needs.
SAME_VALUE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"answer": {"type": "boolean"},
                   "reason": {"type": "string", "maxLength": REASON_MAX}},
    "required": ["answer", "reason"],
}
_WORDS = {"true": True, "yes": True, "false": False, "no": False}
_OBJECT = re.compile(r"\{.*\}", re.DOTALL)
_PARTS = "the system part, the request, the same-value question and the different-values question"


@dataclass(frozen=True)
class SameValuePrompt:
    system: str
    user_template: str  # holds {count}, {cards} and {question}
    questions: dict[Question, str]

    @classmethod
    def parse(cls, text: str) -> SameValuePrompt:
        parts = [part.strip() for part in text.split("\n---\n")]
        if len(parts) != 4 or not all(parts[1:]):
            raise ValueError(f"the same-value prompt needs four parts, each after a line "
                             f"'---': {_PARTS}")
        system, user, same, different = parts
        return cls(system, user, {"same": same, "different": different})

    def messages(self, cards: Sequence[CardText], question: Question) -> list[tuple[str, str]]:
        """(role, text) pairs asking one of the two questions; the llm layer turns them into
        chat messages."""
        if len(cards) < 2:
            raise ValueError("it takes two or more cards to ask whether they are one value")
        block = "\n\n".join(card_block(number, card) for number, card in enumerate(cards, 1))
        user = self.user_template.format_map({"count": len(cards), "cards": block,
                                              "question": self.questions[question]})
        return [("system", self.system), ("user", user)]


def card_block(number: int, card: CardText) -> str:
    description = f" — {card.description}" if card.description.strip() else ""
    policies = "; ".join(p.strip() for p in card.policies if p.strip()) or "(not written down)"
    return f'Card {number}: "{card.title}"{description}\nPays attention to: {policies}'


@dataclass(frozen=True)
class Reply:
    """The model's answer to one of the two questions."""

    question: Question
    yes: bool | None  # None when the reply could not be read
    reason: str  # the model's own words, whitespace tidied; may be empty
    problem: str | None  # why the reply could not be read
    text: str  # the reply exactly as the model wrote it

    @property
    def says_same(self) -> bool | None:
        """The answer in terms of 'the same value?', whichever way it was asked."""
        if self.yes is None:
            return None
        return self.yes if self.question == "same" else not self.yes


@dataclass(frozen=True)
class Verdict:
    answer: Answer
    reason: str  # the model's own words; may be empty
    problem: str | None  # why there is no same/different answer (answer is then "unclear")
    model_file: str
    model_sha256: str
    replies: tuple[Reply, ...] = ()

    def label(self) -> str:
        """A few words for a list of suggestions; `summary` says why."""
        words = {"same": "same value", "different": "different values"}
        return f"Model: {words.get(self.answer, 'unclear')}"

    def summary(self) -> str:
        """One plain line for the study lead."""
        if self.answer == "unclear":
            return f"Model's answer unclear: {self.problem or 'no reason given'}."
        words = "same value" if self.answer == "same" else "different values"
        return (f"Model says: {words} (asked both ways round) — "
                f"{self.reason or 'no reason given'}")

    def to_dict(self) -> dict[str, Any]:
        """The verdict with each question as asked and the model's raw reply to it."""
        data = asdict(self)
        data["replies"] = [{"asked": ASKED[reply.question], **asdict(reply)}
                           for reply in self.replies]
        return data


def read_reply(question: Question, text: str, finish_reason: str) -> Reply:
    """One reply read as yes/no; an unusable reply has no answer and says why."""
    data, problem = _read_object(text, finish_reason)
    if data is None:
        return Reply(question, None, "", problem, text)
    yes = _as_bool(data.get("answer"))
    if yes is None:
        return Reply(question, None, "", "the reply did not say yes or no", text)
    reason = " ".join(str(data.get("reason") or "").split())
    if len(reason) >= REASON_MAX - 1:  # the schema's limit cut it mid-sentence: say so
        reason = reason[:REASON_MAX - 1].rstrip() + "…"
    return Reply(question, yes, reason, None, text)


def combine(same: Reply, different: Reply, model_file: str = "",
            model_sha256: str = "") -> Verdict:
    """The two answers as one verdict: same/different only when they agree."""
    if (same.question, different.question) != QUESTIONS:
        raise ValueError("combine takes the answer to 'same value?', then to 'different "
                         "values?'")
    replies = (same, different)
    unusable = [f"no usable answer to '{ASKED[r.question]}' ({r.problem})"
                for r in replies if r.says_same is None]
    if unusable:
        return Verdict("unclear", "", "; ".join(unusable), model_file, model_sha256, replies)
    if same.says_same != different.says_same:
        said = "yes" if same.yes else "no"
        problem = (f"{CONTRADICTION} (asked '{ASKED['same']}' it said {said}, and asked "
                   f"'{ASKED['different']}' it also said {said})")
        return Verdict("unclear", "", problem, model_file, model_sha256, replies)
    answer: Answer = "same" if same.says_same else "different"
    return Verdict(answer, same.reason or different.reason, None, model_file, model_sha256,
                   replies)


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
