"""Guided questions and grounded card drafts: built from the participant's own phrases, with the
model only choosing among them under a JSON-schema grammar (for a small model).

A follow-up is a frame for its stage with a phrase of the last answer put in; a card draft is a
title, an "I ..." description, policies "NOUN link phrase" and a "When ..." context, every phrase
taken from the answers. The grammar makes any other reply impossible; what the model picked is
kept as the `guide` of the stored turn.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from desktop.core.interview.card import (
    MAX_POLICIES,
    MIN_POLICIES,
    CardDraft,
    ValuesCard,
    parse_card_draft,
)
from desktop.core.interview.phrases import (
    DETERMINERS,
    candidate_phrases,
    fold,
    pronoun_before_verb,
    second_person,
    transcript_phrases,
)
from desktop.core.interview.prompts import PHRASE, PromptSet
from desktop.core.interview.protocol import (
    InterviewSettings,
    ModelRequest,
    Outcome,
    Transcript,
    for_attempt,
    model_conversation,
)

MAX_QUESTION_PHRASES = 8
MAX_CARD_PHRASES = 24
MAX_TITLE_WORDS = 5
QUESTION_TOKENS = 160


def answers_of(t: Transcript) -> list[str]:
    return [m.text for m in t.conversation if m.role == "user"]


# Follow-up questions ----------------------------------------------------------------------

@dataclass(frozen=True)
class QuestionChoices:
    phrases: tuple[str, ...]  # from the last answer (or, when it has none, the earlier ones)
    frames: tuple[str, ...]


def question_choices(prompts: PromptSet, t: Transcript) -> QuestionChoices:
    answers = answers_of(t)
    phrases = candidate_phrases(answers[-1], MAX_QUESTION_PHRASES) if answers else []
    if not phrases:
        phrases = transcript_phrases(answers[:-1], MAX_QUESTION_PHRASES)
    return QuestionChoices(tuple(phrases), prompts.frames_for(t.questions_asked))


def question_request(prompts: PromptSet, settings: InterviewSettings, t: Transcript,
                     attempt: int = 1) -> ModelRequest:
    """The conversation as in the free style; the reply is held to {phrase, question} enums."""
    choices = question_choices(prompts, t)
    # Greedy: under a grammar llama.cpp samples far faster so (it checks the top token only),
    # and the choice is one of the participant's phrases anyway. A retry warms up.
    base = settings.question_sampling
    sampling = for_attempt(replace(base, temperature=0.0,
                                   max_tokens=max(base.max_tokens, QUESTION_TOKENS)), attempt)
    return ModelRequest("follow_up", tuple(model_conversation(prompts, t)), sampling,
                        question_schema(choices, prompts.picks_by_number), attempt)


def question_schema(choices: QuestionChoices, by_number: bool = False) -> dict[str, Any]:
    if not choices.phrases:  # nothing said that can be reflected: the frame-free fallback
        return {"type": "object", "properties": {"frame": {"enum": [0]}},
                "required": ["frame"]}
    # Frames by number: the model writes a digit, not the frame's fifteen tokens; phrases too
    # in a language whose words cost many tokens each.
    phrases = list(range(1, len(choices.phrases) + 1)) if by_number else list(choices.phrases)
    return {"type": "object",
            "properties": {"phrase": {"enum": phrases},
                           "frame": {"enum": list(range(1, len(choices.frames) + 1))}},
            "required": ["phrase", "frame"]}


def compose_question(prompts: PromptSet, frame: str, phrase: str) -> str:
    """The frame with the phrase said back ("you felt") or, in a language that quotes, as said."""
    said = second_person(phrase) if prompts.says_back_in_second_person else phrase
    return frame.replace(PHRASE, said)


def judge_question_choice(prompts: PromptSet, t: Transcript, text: str, finish_reason: str,
                          attempt: int) -> tuple[Outcome, dict[str, str]]:
    """The built question; an unreadable pick is retried once, then the first choices used."""
    choices = question_choices(prompts, t)
    if not choices.phrases:
        fallback = prompts.fallback(t.questions_asked)
        return Outcome("fallback", fallback, "no_phrase"), {"style": "guided"}
    picked = _load(text)
    phrase, number = picked.get("phrase"), picked.get("frame")
    if prompts.picks_by_number:
        phrase = _numbered(choices.phrases, phrase)
    if (isinstance(phrase, str) and isinstance(number, int) and phrase in choices.phrases
            and 1 <= number <= len(choices.frames)):
        frame = choices.frames[number - 1]
        return (Outcome("accept", compose_question(prompts, frame, phrase)),
                {"style": "guided", "frame": frame, "phrase": phrase})
    problem = "stopped" if finish_reason == "cancelled" else (
        "cut_off" if finish_reason == "length" else "unparsed")
    if attempt < 2 and problem != "stopped":
        return Outcome("retry", problem=problem), {}
    phrase, frame = choices.phrases[0], choices.frames[0]
    return (Outcome("fallback", compose_question(prompts, frame, phrase), problem),
            {"style": "guided", "frame": frame, "phrase": phrase})


# Card drafts ------------------------------------------------------------------------------

def card_phrases(t: Transcript) -> tuple[str, ...]:
    """The phrases as they read inside a card text: a sentence's capital letter dropped."""
    answers = answers_of(t)
    return tuple(inline(p, answers) for p in transcript_phrases(answers, MAX_CARD_PHRASES))


def inline(phrase: str, answers: list[str]) -> str:
    """'Debería escuchar' -> 'debería escuchar'; 'I', acronyms and names keep their capitals."""
    first = phrase.split()[0] if phrase.split() else ""
    if (not first[:1].isupper() or first == "I" or (len(first) >= 2 and first.isupper())
            or first in _mid_sentence_words(answers)):
        return phrase
    return first[:1].lower() + phrase[1:]


def _mid_sentence_words(answers: list[str]) -> set[str]:
    """Words written with a capital where no sentence starts: names."""
    found: set[str] = set()
    for answer in answers:
        words = answer.split()
        for before, word in zip(words, words[1:], strict=False):
            if word[:1].isupper() and not before.endswith((".", "!", "?", ":", "¿", "¡")):
                found.add(word.strip(".,;:!?¿¡\"'()"))
    return found


def can_ground(prompts: PromptSet, t: Transcript) -> bool:
    return prompts.can_guide and bool(card_phrases(t))


@dataclass(frozen=True)
class CardPhrases:
    """The answers' phrases, as noun phrases ("her own judgement") and clauses (the rest)."""

    phrases: tuple[str, ...]
    nouns: tuple[str, ...]
    clauses: tuple[str, ...]


def sorted_phrases(phrases: tuple[str, ...]) -> CardPhrases:
    nouns = tuple(p for p in phrases if _noun_phrase(p))
    clauses = tuple(p for p in phrases if p not in nouns)
    return CardPhrases(phrases, nouns or clauses, clauses or nouns)


_VERBS = frozenset("is was are were be been am has have had do does did can could would should "
                   "will felt feel made es era fue está estaba son tiene tenía كان كانت".split())


def _noun_phrase(phrase: str) -> bool:
    """'her own judgement', not 'my sister was pregnant': a determiner first, no common verb."""
    words = [fold(w) for w in phrase.split()]
    return (len(words) <= MAX_TITLE_WORDS - 1 and words[0] in DETERMINERS
            and not _VERBS.intersection(words) and not pronoun_before_verb(words))


def titles(phrases: tuple[str, ...]) -> list[str]:
    """Noun phrases of at most five words first ("Her own judgement"), else phrases cut short."""
    found: list[str] = []
    nouns = [p for p in phrases if _noun_phrase(p)]
    for phrase in nouns or phrases:
        title = _capitalised(" ".join(phrase.split()[:MAX_TITLE_WORDS]))
        if title not in found:
            found.append(title)
    return found


def card_request(prompts: PromptSet, settings: InterviewSettings, t: Transcript,
                 attempt: int = 1) -> ModelRequest:
    phrases = card_phrases(t)
    instruction = prompts.card_draft(t.question)
    schema = card_schema(prompts, phrases)
    if prompts.picks_by_number:
        instruction = f"{instruction}\n{numbered_list(prompts, phrases)}"
        schema = numbered_card_schema(phrases)
    messages = [*model_conversation(prompts, t), ("user", instruction)]
    return ModelRequest("card_draft", tuple(messages),
                        for_attempt(settings.card_sampling, attempt), schema, attempt)


# By number: the model writes "3", not the thirty tokens of an Arabic phrase ---------------

def numbered_list(prompts: PromptSet, phrases: tuple[str, ...]) -> str:
    lines = [f"{number}. {phrase}" for number, phrase in enumerate(phrases, start=1)]
    return "\n".join([prompts.language["phrase_list"], *lines]).strip()


def numbered_card_schema(phrases: tuple[str, ...]) -> dict[str, Any]:
    """Every field a phrase's number; the context only a clause's."""
    numbers = list(range(1, len(phrases) + 1))
    said = sorted_phrases(phrases)
    clauses = [n for n in numbers if phrases[n - 1] in said.clauses] or numbers
    return {"type": "object", "properties": {
        "description": {"enum": numbers},
        "policies": {"type": "array", "minItems": MIN_POLICIES, "maxItems": MAX_POLICIES,
                     "items": {"enum": numbers}},
        "context": {"enum": clauses},
        "title": {"enum": numbers}},
        "required": ["description", "policies", "context", "title"]}


def numbered_card(prompts: PromptSet, phrases: tuple[str, ...],
                  picked: dict[str, Any]) -> dict[str, Any]:
    """The picks by number as the card's texts, with the language's card words."""
    w = prompts.card_frames

    def said(key: str) -> str:
        return _numbered(phrases, picked.get(key))

    def linked(phrase: str, clause_key: str, noun_key: str) -> str:
        return f"{w[noun_key if _noun_phrase(phrase) else clause_key][0]} {phrase}"

    card: dict[str, Any] = {}
    if said("title"):
        card["title"] = _capitalised(" ".join(said("title").split()[:MAX_TITLE_WORDS]))
    if said("description"):
        card["description"] = linked(said("description"), "clause_descriptions",
                                     "phrase_descriptions")
    if said("context"):
        card["context"] = f"{w['contexts'][0]} {said('context')}"
    numbers = picked.get("policies")
    chosen = [_numbered(phrases, n) for n in (numbers if isinstance(numbers, list) else [])]
    card["policies"] = [f"{w['nouns'][i % len(w['nouns'])]} "
                        f"{linked(p, 'clause_links', 'phrase_links')}"
                        for i, p in enumerate(p for p in chosen if p)]
    return card


def _numbered(phrases: tuple[str, ...], number: object) -> str:
    """The phrase a pick names ("" for anything but one of their numbers)."""
    if isinstance(number, int) and not isinstance(number, bool) and 1 <= number <= len(phrases):
        return phrases[number - 1]
    return ""


def card_schema(prompts: PromptSet, phrases: tuple[str, ...]) -> dict[str, Any]:
    """Every field a choice among the participant's phrases, with the card's fixed words."""
    w, said = prompts.card_frames, sorted_phrases(phrases)
    clauses, nouns = _any_of(said.clauses), _any_of(said.nouns)

    def either(clause_starts: str, noun_starts: str) -> str:
        # "... when she relaxed" or "... of her own judgement", never "... of she relaxed"
        return (f"({_any_of(w[clause_starts])} {clauses}|"
                f"{_any_of(w[noun_starts])} {nouns})")

    return {"type": "object", "properties": {
        "description": {"type": "string", "pattern":
                        f"^{either('clause_descriptions', 'phrase_descriptions')}$"},
        "policies": {"type": "array", "minItems": MIN_POLICIES, "maxItems": MAX_POLICIES,
                     "items": {"type": "string", "pattern": f"^{_any_of(w['nouns'])} "
                               f"{either('clause_links', 'phrase_links')}$"}},
        "context": {"type": "string", "pattern": f"^{_any_of(w['contexts'])} {clauses}$"},
        "title": {"enum": titles(phrases)}},
        "required": ["description", "policies", "context", "title"]}


def judge_card_choice(prompts: PromptSet, t: Transcript, text: str, finish_reason: str,
                      attempt: int) -> tuple[Outcome, CardDraft]:
    """The grounded card: repeated picks dropped, missing fields filled in the same order."""
    picked = _load(text)
    if not picked and attempt < 2 and finish_reason != "cancelled":
        return Outcome("retry", problem="unparsed"), CardDraft(ValuesCard())
    phrases = card_phrases(t)
    if prompts.picks_by_number:
        picked = numbered_card(prompts, phrases, picked)
    card = grounded_card(prompts, phrases, picked)
    instructions = [prompts.card_draft(t.question)]
    return Outcome("accept"), parse_card_draft(json.dumps(card), "stop", instructions)


def grounded_card(prompts: PromptSet, phrases: tuple[str, ...],
                  picked: dict[str, Any]) -> dict[str, Any]:
    """The model's picks, deduplicated; any field missing is filled from the first phrases."""
    words, said = prompts.card_frames, sorted_phrases(phrases)
    start = "phrase_descriptions" if _noun_phrase(said.nouns[0]) else "clause_descriptions"
    description = (_text(picked.get("description")) or f"{words[start][0]} {said.nouns[0]}")
    context = _text(picked.get("context")) or f"{words['contexts'][0]} {said.clauses[0]}"
    title = _text(picked.get("title")) or titles(phrases)[0]
    description = _modal_description(words, description)
    return {"title": title, "description": _sentence(description),
            "policies": _policies(words, phrases, picked.get("policies")), "context": context}


def _policies(words: dict[str, tuple[str, ...]], phrases: tuple[str, ...],
              picked: object) -> list[str]:
    kept: list[str] = []
    used: set[str] = set()
    for item in picked if isinstance(picked, list) else []:
        text = _text(item)
        said = _said_in(text, phrases)
        if text and said and said.casefold() not in used:
            used.add(said.casefold())
            kept.append(text)
    fill = [p for p in phrases if p.casefold() not in used]
    nouns = words["nouns"]
    while len(kept) < MIN_POLICIES and fill:
        noun, phrase = nouns[len(kept) % len(nouns)], fill.pop(0)
        link = words["phrase_links" if _noun_phrase(phrase) else "clause_links"][0]
        kept.append(f"{noun} {link} {phrase}")
    return kept[:MAX_POLICIES]


def _modal_description(words: dict[str, tuple[str, ...]], description: str) -> str:
    """'Me importa que debería escuchar' -> 'Creo que debería escuchar': no doubled connector."""
    if not words.get("modal_descriptions"):
        return description
    for frame in words["clause_descriptions"]:
        if not description.startswith(frame + " "):
            continue
        rest = description[len(frame) + 1:]
        if any(fold_start(rest, modal) for modal in words.get("modals", ())):
            return f"{words['modal_descriptions'][0]} {rest}"
    return description


def fold_start(text: str, word: str) -> bool:
    return (text.casefold() + " ").startswith(word.casefold() + " ")


def _said_in(policy: str, phrases: tuple[str, ...]) -> str:
    return next((p for p in sorted(phrases, key=len, reverse=True)
                 if policy.endswith(" " + p)), "")


def _any_of(options: tuple[str, ...] | list[str]) -> str:
    # Phrases hold only letters, digits, apostrophes and hyphens between spaces: nothing here is
    # a regular-expression character that would need escaping.
    return "(" + "|".join(options) + ")"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else f"{text}."


def _text(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _load(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text, strict=False)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
