"""The values card: its fields, the checks on a model's draft, and the checks before confirming.

A draft is generated under a JSON schema, so it parses; its content may still be poor (an
empty title, a policy without its capitalised noun, an instruction copied back). Each field is
checked on its own: kept, repaired (a small fix), or replaced by an empty fallback the
participant fills in. Which happened is stored with the card version.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from desktop.core.interview.replies import _shares_words, sentences

FIELDS = ("title", "description", "policies", "context")
# kept: a revision's field failed its check, so the previous card's text stayed.
FieldStatus = Literal["ok", "repaired", "fallback", "kept"]
MIN_POLICIES, MAX_POLICIES = 3, 7
MAX_TITLE_WORDS = 5
LIMITS = {"title": 80, "description": 400, "policy": 200, "context": 200}
# English, Spanish and Arabic first-person words ("I care", "Me importa", "يهمني"; "Creo que"
# and "أرى أنه" start a description whose phrase already says "should").
_FIRST_PERSON = re.compile(r"\b(i|i'm|i’m|me|my|myself|we|our|yo|mi|mis|nos|nuestro|nuestra|"
                           r"valoro|creo|pienso|أنا|نحن|يهمني|أقدر|أقدّر|أرى|أعتقد)\b",
                           re.IGNORECASE)
# The word a context starts with, as written on a card: "When ...", "Cuando ...", "عندما ...".
_CONTEXT_STARTS = {"when": "When", "cuando": "Cuando", "عندما": "عندما", "حين": "حين"}
_QUALIFIER = {"when", "that", "for", "of", "in", "where", "which", "to", "about", "with", "who",
              "between", "like", "from", "around", "during", "as", "i", "my"}


@dataclass(frozen=True)
class ValuesCard:
    title: str = ""
    description: str = ""
    policies: tuple[str, ...] = ()
    context: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"title": self.title, "description": self.description,
                "policies": list(self.policies), "context": self.context}

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False)

    def cleaned(self) -> ValuesCard:
        """Whitespace tidied and blank policies dropped: how an edited card is stored."""
        return ValuesCard(_one_line(self.title), _one_line(self.description),
                          tuple(p for p in (_one_line(p) for p in self.policies) if p),
                          _one_line(self.context))


@dataclass(frozen=True)
class CardDraft:
    """A model's card after the per-field checks; `problem` when nothing could be parsed."""

    card: ValuesCard
    status: dict[str, FieldStatus] = field(default_factory=dict)
    problem: str | None = None

    @property
    def fallback_fields(self) -> list[str]:
        return [name for name, status in self.status.items() if status == "fallback"]


def parse_card_draft(text: str, finish_reason: str, instructions: Sequence[str] = ()
                     ) -> CardDraft:
    """Check a drafted card field by field; unusable fields become empty for the person."""
    raw = _load(text)
    if raw is None:
        problem = "cut_off" if finish_reason == "length" else "unparsed"
        return CardDraft(ValuesCard(), dict.fromkeys(FIELDS, "fallback"), problem)
    checks = {"title": _title, "description": _description, "context": _context}
    values: dict[str, Any] = {}
    status: dict[str, FieldStatus] = {}
    for name, check in checks.items():
        values[name], status[name] = _guard(check(raw.get(name)), instructions)
    values["policies"], status["policies"] = _policies(raw.get("policies"), instructions)
    return CardDraft(ValuesCard(**values), {name: status[name] for name in FIELDS})


def card_problems(card: ValuesCard) -> list[str]:
    """Why a card cannot be confirmed yet, in words for the participant (empty: it can)."""
    card = card.cleaned()
    problems = []
    if not card.title:
        problems.append("Give your card a short title.")
    if not card.description:
        problems.append("Write one sentence describing what you care about.")
    if not card.policies:
        problems.append("Add at least one thing you pay attention to.")
    too_long = [name for name, value in (("title", card.title), ("description",
                card.description), ("context", card.context)) if len(value) > LIMITS[name]]
    too_long += ["a policy"] * any(len(p) > LIMITS["policy"] for p in card.policies)
    problems += [f"Shorten {name}: it is too long for a card." for name in too_long]
    if len(card.policies) > MAX_POLICIES:
        problems.append(f"Keep at most {MAX_POLICIES} things you pay attention to.")
    return problems


def card_hints(card: ValuesCard) -> list[str]:
    """Gentle suggestions that do not block confirming (MGE's shape for a card)."""
    card = card.cleaned()
    hints = []
    if len(card.title.split()) > MAX_TITLE_WORDS:
        hints.append("Titles work best with 2 to 5 words.")
    if 0 < len(card.policies) < MIN_POLICIES:
        hints.append("Cards usually list 3 to 7 things you pay attention to.")
    if any(not _policy_shape(p) for p in card.policies):
        hints.append('Each item usually starts with a word in capitals, like "MOMENTS when".')
    return hints


def _load(text: str) -> dict[str, Any] | None:
    try:
        # strict=False: llama.cpp's grammar has let a raw newline into a string; it is still
        # the card the model meant, so it is read rather than thrown away.
        value = json.loads(text, strict=False)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _guard(checked: tuple[str, FieldStatus], instructions: Sequence[str]
           ) -> tuple[str, FieldStatus]:
    value, status = checked
    if value and any(_shares_words(value, i, 4) for i in instructions):
        return "", "fallback"  # an instruction copied back is not the participant's card
    return value, status


def _title(value: object) -> tuple[str, FieldStatus]:
    text = _one_line(value)
    fixed = text.strip(" \"'“”.,;:!-")
    words = fixed.split()
    if not 1 < len(words) <= MAX_TITLE_WORDS or not any(c.isalpha() for c in fixed):
        return "", "fallback"
    fixed = fixed[0].upper() + fixed[1:]
    return fixed, "ok" if fixed == text else "repaired"


def _description(value: object) -> tuple[str, FieldStatus]:
    text = _one_line(value)
    parts = sentences(text)
    first = parts[0] if parts else ""
    # Arabic says in three words what English says in four ("أقدّر الاحترام المتبادل").
    shortest = 3 if any("\u0600" <= c <= "\u06ff" for c in first) else 4
    if len(first.split()) < shortest or not _FIRST_PERSON.search(first) or len(first) > 300:
        return "", "fallback"
    return first, "ok" if first == text else "repaired"


def _context(value: object) -> tuple[str, FieldStatus]:
    text = _one_line(value).rstrip(" .,;:")
    if len(text.split()) < 2 or len(text) > 160:
        return "", "fallback"
    first = text.split()[0]
    start = _CONTEXT_STARTS.get(first.casefold())
    if start is None:
        return "", "fallback"
    fixed = start + text[len(first):]
    return fixed, "ok" if fixed == _one_line(value) else "repaired"


def _policies(value: object, instructions: Sequence[str]) -> tuple[tuple[str, ...], FieldStatus]:
    items = value if isinstance(value, list) else []
    kept: list[str] = []
    repaired = False
    for item in items:
        text = _one_line(item).rstrip(" ,;")
        fixed = _policy_repair(text)
        if (fixed and fixed.casefold() not in {k.casefold() for k in kept}
                and not any(_shares_words(fixed, i, 5) for i in instructions)):
            kept.append(fixed)
            repaired = repaired or fixed != text
        else:
            repaired = True
    kept = kept[:MAX_POLICIES]
    if len(kept) < MIN_POLICIES:
        return tuple(kept), "fallback"
    return tuple(kept), "repaired" if repaired or len(kept) < len(items) else "ok"


def _policy_repair(text: str) -> str:
    """'moments when ...' becomes 'MOMENTS when ...'; anything else unlike a policy is ''."""
    words = text.split()
    if len(words) < 3 or len(text) > LIMITS["policy"]:
        return ""
    noun = words[0].strip("\"'“”*-•")
    if not noun.isalpha():
        return ""
    uncased = noun.upper() == noun.lower()  # Hebrew, Arabic, Chinese...: no capitals to check
    if uncased or (noun.upper() == noun and len(noun) >= 3):
        return " ".join([noun, *words[1:]])
    if noun.casefold().endswith("s") and words[1].casefold() in _QUALIFIER:
        return " ".join([noun.upper(), *words[1:]])
    return ""


def _policy_shape(text: str) -> bool:
    first = text.split()[0] if text.split() else ""
    return first.isalpha() and first.upper() == first and (len(first) >= 3
                                                           or first.upper() == first.lower())


def _one_line(value: object) -> str:
    return " ".join(str(value).split()) if isinstance(value, str) else ""
