"""Interview quality for `bench`: scripted participants (English, Spanish, Arabic) interviewed
by the real model in both question styles, guided and free, on the same answers in one run.

Figures per style: the share of follow-ups that fell back; that are exactly one question ending
in "?"; that reflect the previous answer (hold one of its content words that no fixed text of
the interview holds); of first drafts valid as drafted (title of 2-5 words, a description
starting with "I", 3-7 policies each starting with a noun of the card's list, a context starting
with "When", no field left empty or as a fallback); grounding (the share of the card's content
words that the participant's answers hold); and seconds per interview.

Content words (desktop.core.interview.phrases): words that are not stop-words (English, Spanish,
Arabic) and have 3+ letters (2+ outside the Latin script), compared case-folded; the policies'
capitalised nouns (the card's required format words) are left out of the card's words.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from desktop.bench.participants import PARTICIPANTS, ScriptedParticipant
from desktop.core.interview.card import ValuesCard
from desktop.core.interview.phrases import content_words
from desktop.core.interview.prompts import PromptSet, load_prompts
from desktop.core.interview.protocol import (
    QUESTION_STYLES,
    InterviewSettings,
    QuestionStyle,
    Sampling,
)
from desktop.core.people import Role
from desktop.llm.llama_model import LlamaChatModel
from desktop.services.scripted_interview import ScriptedInterview
from desktop.store import Study, create_study
from desktop.store.demo import demo_questions
from desktop.store.interviews import list_messages, load_transcript, start_interview
from desktop.store.participants import record_consent
from desktop.store.people import add_person
from desktop.store.questions import add_questions, list_questions

TARGETS = {"fallback_share": "<= 0.05", "well_formed_share": "1.0",
           "reflecting_share": ">= 0.8", "valid_draft_share": "1.0", "grounding": ">= 0.7"}


def measure(runs: int, model: LlamaChatModel) -> dict[str, Any]:
    """One pass of every participant per style (`runs` is not used: each pass is minutes)."""
    prompts = load_prompts()
    figures: dict[str, Any] = {"participants": len(PARTICIPANTS), "targets_guided": TARGETS,
                               "content_words": "not a stop-word (en/es/ar), 3+ letters (2+ "
                               "outside Latin script), case-folded; card nouns left out"}
    with tempfile.TemporaryDirectory(prefix="mgs-bench-quality-") as folder:
        with create_study(Path(folder) / "quality.mgstudy", "Interview quality") as study:
            add_questions(study, demo_questions())
            for style in QUESTION_STYLES:
                figures[style] = _style(study, model, prompts, style)
    return figures


def _style(study: Study, model: LlamaChatModel, prompts: PromptSet,
           style: QuestionStyle) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    for number, participant in enumerate(PARTICIPANTS):
        rows.append(interview_figures(study, model, prompts, style, participant, seed=number))
    questions = [q for row in rows for q in row["questions"]]
    share = _share
    return {
        "interviews": len(rows), "follow_ups": len(questions),
        "fallback_share": share(sum(q["fallback"] for q in questions), len(questions)),
        "well_formed_share": share(sum(q["well_formed"] for q in questions), len(questions)),
        "reflecting_share": share(sum(q["reflecting"] for q in questions), len(questions)),
        "valid_draft_share": share(sum(row["valid_draft"] for row in rows), len(rows)),
        "grounding": round(statistics.median(row["grounding"] for row in rows), 3),
        "grounding_mean": round(statistics.fmean(row["grounding"] for row in rows), 3),
        "seconds_per_interview": round(statistics.median(row["seconds"] for row in rows), 1),
        "examples": {row["name"]: {"card": row["card"], "questions": [
            q["text"] for q in row["questions"]]} for row in rows[:1] + rows[-2:]},
    }


def interview_figures(study: Study, model: LlamaChatModel, prompts: PromptSet,
                      style: QuestionStyle, participant: ScriptedParticipant,
                      seed: int) -> dict[str, Any]:
    """Interview one scripted participant to the first card draft, and judge what was made."""
    base = InterviewSettings()
    q = base.question_sampling
    settings = InterviewSettings(
        follow_ups=len(participant.answers) - 1,
        question_sampling=Sampling(q.max_tokens, q.temperature, q.top_p, q.top_k,
                                   q.repeat_penalty, seed),
        card_sampling=base.card_sampling, votes_after_card=0, question_style=style)
    person = add_person(study, Role.PARTICIPANT)
    record_consent(study, person.id, "given", prompts.consent_version, prompts.sha256)
    question_id = list_questions(study)[participant.question].id
    interview_id = start_interview(study, person.id, question_id, prompts, settings,
                                   source="script").id
    started = time.perf_counter()
    ScriptedInterview(study, model, prompts, settings).run(interview_id,
                                                           list(participant.answers))
    seconds = time.perf_counter() - started
    t = load_transcript(study, interview_id)
    draft = t.cards[0] if t.cards else None
    card = draft.card if draft else ValuesCard()
    fixed = _fixed_words(prompts)
    return {"name": participant.name, "seconds": seconds,
            "questions": _questions(study, interview_id, fixed),
            "valid_draft": bool(draft) and valid_draft(card, draft.status if draft else {},
                                                       prompts),
            "grounding": grounding(card, participant.answers, prompts), "card": card.as_dict()}


def _questions(study: Study, interview_id: str, fixed: set[str]) -> list[dict[str, Any]]:
    rows = [r for r in list_messages(study, interview_id) if r["stage"] == "conversation"]
    found = []
    for previous, row in zip(rows, rows[1:], strict=False):
        if row["role"] == "assistant" and previous["role"] == "user":
            found.append({"text": row["text"], "fallback": bool(row["fallback"]),
                          "well_formed": well_formed(row["text"]),
                          "reflecting": reflecting(row["text"], previous["text"], fixed)})
    return found


def well_formed(question: str) -> bool:
    """Exactly one question mark, at the end."""
    text = question.strip()
    return text.count("?") + text.count("؟") == 1 and text.endswith(("?", "؟"))


def reflecting(question: str, answer: str, fixed: set[str]) -> bool:
    """The question holds a content word of the answer that no fixed text of the interview has."""
    return bool((set(content_words(question)) & set(content_words(answer))) - fixed)


def valid_draft(card: ValuesCard, status: dict[str, str], prompts: PromptSet) -> bool:
    nouns = set(prompts.card_frames.get("nouns", ()))
    policies_ok = 3 <= len(card.policies) <= 7 and all(
        p.split()[0] in nouns and len(p.split()) > 2 for p in card.policies)
    return (2 <= len(card.title.split()) <= 5 and card.description.startswith("I ")
            and policies_ok and card.context.startswith("When ")
            and "fallback" not in status.values())


def grounding(card: ValuesCard, answers: tuple[str, ...], prompts: PromptSet) -> float:
    """The share of the card's content words that occur in the participant's answers."""
    nouns = {n.casefold() for n in prompts.card_frames.get("nouns", ())}
    said = {w for answer in answers for w in content_words(answer)}
    text = " ".join([card.title, card.description, *card.policies, card.context])
    words = [w for w in content_words(text) if w not in nouns]
    return round(sum(w in said for w in words) / len(words), 3) if words else 0.0


def _fixed_words(prompts: PromptSet) -> set[str]:
    texts = [prompts.system, *prompts.turn_notes, *prompts.fallbacks,
             *(f for frames in prompts.frames for f in frames)]
    return {w for text in texts for w in content_words(text)}


def _share(count: int, total: int) -> float | None:
    return round(count / total, 3) if total else None
