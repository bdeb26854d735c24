"""How long the participant waits for the model after an answer, for `bench`: the first
follow-up of an interview in English, Spanish and Arabic with the real model, read from the
start (cold) against read after the warm-up the Interviews page runs while the participant is
typing (the instructions and the conversation so far already in the model's cache). Both are
measured in the same run, alternating; the warm-up's own time is what the participant's typing
must cover for it to be free.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from desktop.core.interview.protocol import InterviewSettings
from desktop.core.people import Role
from desktop.llm.llama_model import LlamaChatModel
from desktop.services.interview_session import InterviewSession
from desktop.services.interview_start import question_texts, record_decision, start
from desktop.store import Study, create_study
from desktop.store.people import add_person
from desktop.store.questions import add_question

QUESTIONS = {
    "en": ("My sister is pregnant and does not know whether to keep the baby. What should I "
           "tell her?",
           "I think the assistant should listen to her calmly and not judge her decision."),
    "es": ("Mi hermana está embarazada y no sabe si tener el bebé. ¿Qué debería decirle?",
           "Creo que el asistente debería escucharla con calma y no juzgar su decisión."),
    "ar": ("أختي حامل ولا تعرف إن كانت ستحتفظ بالطفل. ماذا ينبغي أن أقول لها؟",
           "يجب أن يستمع المساعد إليها بهدوء ولا يحكم على قرارها."),
}


def measure(runs: int, model: LlamaChatModel) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="mgs-bench-wait-") as folder:
        with create_study(Path(folder) / "wait.mgstudy", "Interview wait") as study:
            for language, (question, answer) in QUESTIONS.items():
                figures[language] = _language(study, model, question, answer, max(3, runs))
    figures["load_average_1min"] = round(os.getloadavg()[0], 2)
    return figures


def _language(study: Study, model: LlamaChatModel, question: str, answer: str,
              runs: int) -> dict[str, Any]:
    session = interview_on(study, question)
    before = session.transcript()
    warm_up = session.next_prompt_start(before)
    session.add_answer(answer)
    call = session.model_call(session.begin_turn())
    assert call.messages[:len(warm_up)] == warm_up, "the warm-up is not the request's start"
    cold, warmed, warming = [], [], []
    for _ in range(runs):
        model.reset()
        cold.append(_seconds(lambda: model.generate(call.messages, call.sampling,
                                                    threading.Event(), schema=call.schema)))
        model.reset()
        warming.append(_seconds(lambda: model.warm(warm_up)))
        warmed.append(_seconds(lambda: model.generate(call.messages, call.sampling,
                                                      threading.Event(), schema=call.schema)))
    cold_s, warmed_s = statistics.median(cold), statistics.median(warmed)
    return {"language": session.prompts.language_code,
            "first_follow_up_cold_s": round(cold_s, 3),
            "first_follow_up_after_warm_up_s": round(warmed_s, 3),
            "warmed_vs_cold": round(warmed_s / cold_s, 3),
            "warm_up_while_typing_s": round(statistics.median(warming), 3),
            "runs": runs}


def interview_on(study: Study, question: str) -> InterviewSession:
    """A consented participant's guided interview of `question`, at its opening question."""
    added = add_question(study, question)
    texts = question_texts(study, added.id)
    person = add_person(study, Role.PARTICIPANT)
    record_decision(study, person.id, "given", texts.prompts)
    settings = InterviewSettings(follow_ups=2, votes_after_card=0, question_style="guided")
    info = start(study, person.id, added.id, texts.prompts, ("", ""), "script", settings,
                 notes=texts.notes)
    return InterviewSession(study, info.id)


def _seconds(action: Any) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started
