"""Checks on the model's interview questions: degenerate output is caught, small slips repaired.

A small model rambles, flatters, asks three questions at once, repeats itself or stops
mid-sentence. A reply is cleaned (role labels, flattering openers, everything after the first
question) and then judged; a reply that is still unusable gets one retry, then the protocol's
fallback question, and the reason is stored with the message.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

MAX_QUESTION_CHARS = 400
MAX_QUESTION_SENTENCES = 3

PROBLEMS = {
    "empty": "the model wrote nothing",
    "cut_off": "the model stopped mid-sentence",
    "too_long": "the reply was far too long",
    "repeated": "the model repeated an earlier question",
    "looping": "the model repeated itself",
    "no_question": "the reply asked no question",
    "leading": "the question suggested an answer",
    "echo": "the model repeated its instructions",
    "stopped": "the reply was stopped before it asked anything",
    "quoted": "the question was inside a quotation (the model played a role)",
}

_ROLE_LABEL = re.compile(r"^\s*(assistant|interviewer|ai|bot)\s*:\s*", re.IGNORECASE)
_FLATTERY = re.compile(
    r"^(that'?s|that is|this is|what|such|how)?\s*(a|an|so|really|very)?\s*"
    r"(great|wonderful|good|excellent|beautiful|amazing|fantastic|powerful|brilliant|lovely|"
    r"perfect|fascinating|insightful|thoughtful|interesting|important)\b", re.IGNORECASE)
_LEADING = re.compile(r"^(don'?t|wouldn'?t|isn'?t|aren'?t|shouldn'?t|doesn'?t) you\b|"
                      r"\b(surely|obviously|of course)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?…]*[.!?…]+[\"'”’)\]]*\s*|[^.!?…]+$")


@dataclass(frozen=True)
class Verdict:
    """What to show: the cleaned text, or the problem that makes it unusable."""

    text: str
    problem: str | None = None
    repaired: bool = False

    @property
    def usable(self) -> bool:
        return self.problem is None


def judge_question(text: str, finish_reason: str, earlier: Sequence[str] = (),
                   instructions: Sequence[str] = ()) -> Verdict:
    """Clean a follow-up question and say whether it can be shown to the participant."""
    raw = text.strip()
    cleaned = first_question(_drop_flattery(_ROLE_LABEL.sub("", raw)))
    problem = _problem(raw, cleaned, finish_reason, earlier, instructions)
    return Verdict(cleaned if problem is None else raw, problem,
                   repaired=problem is None and cleaned != raw)


def _problem(raw: str, cleaned: str, finish_reason: str, earlier: Sequence[str],
             instructions: Sequence[str]) -> str | None:
    if not raw:
        return "empty"
    if finish_reason == "cancelled" and "?" not in cleaned:
        return "stopped"
    if _loops(raw) and "?" not in cleaned:
        return "looping"
    if "?" not in cleaned:
        return "cut_off" if finish_reason == "length" else "no_question"
    checks = (
        ("too_long", len(cleaned) > MAX_QUESTION_CHARS
         or len(sentences(cleaned)) > MAX_QUESTION_SENTENCES),
        ("echo", any(_similar(cleaned, i) > 0.6 or _shares_words(cleaned, i, 6)
                     for i in instructions)),
        ("repeated", any(_similar(cleaned, e) > 0.85 for e in earlier)),
        ("quoted", _quoted(cleaned)),
        ("leading", bool(_LEADING.search(cleaned))),
        ("looping", _loops(cleaned)),
    )
    return next((name for name, failed in checks if failed), None)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def first_question(text: str) -> str:
    """Everything up to the end of the first sentence that asks something."""
    kept = []
    for sentence in sentences(text):
        kept.append(sentence)
        if "?" in sentence:
            break
    result = " ".join(kept).strip()
    return result if "?" in result else " ".join(text.split())


def _drop_flattery(text: str) -> str:
    parts = sentences(text)
    while parts and _FLATTERY.match(parts[0]) and "?" not in parts[0]:
        parts.pop(0)
    return " ".join(parts)


def _quoted(text: str) -> bool:
    # A question inside a quotation (You could ask, "Why...?") is the model playing a role.
    return bool(re.search(r"[\"“”«»]", text))


def _similar(a: str, b: str) -> float:
    a, b = _normal(a), _normal(b)
    return SequenceMatcher(None, a, b).ratio() if a and b else 0.0


def _shares_words(text: str, other: str, run: int) -> bool:
    """True when `text` contains `run` consecutive words of `other` (a copied instruction)."""
    words, source = _normal(text).split(), f" {_normal(other)} "
    return any(f" {' '.join(words[i:i + run])} " in source
               for i in range(len(words) - run + 1))


def _loops(text: str, size: int = 4, times: int = 3) -> bool:
    words = _normal(text).split()
    seen: dict[tuple[str, ...], int] = {}
    for i in range(len(words) - size + 1):
        gram = tuple(words[i:i + size])
        seen[gram] = seen.get(gram, 0) + 1
        if seen[gram] >= times:
            return True
    return False


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())
