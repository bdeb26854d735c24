"""The warm-up with the real default model: reading the start of the next request early changes
nothing the model answers (greedy, under the same grammar), in English and in Arabic, and the
bench's interview-wait figures are measured beside their cold anchor in one run."""

from __future__ import annotations

import threading

import pytest

from desktop.bench import interview_wait
from desktop.core.interview.languages import load_language
from desktop.llm.llama_model import LlamaChatModel
from desktop.services.interview_session import InterviewSession
from desktop.store import Study

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_warmed_request_gets_the_same_reply(default_model: LlamaChatModel, study: Study,
                                              language: str) -> None:
    question, answer = interview_wait.QUESTIONS[language]
    session: InterviewSession = interview_wait.interview_on(study, question)
    assert session.prompts == load_language(language).prompts
    warm_up = session.next_prompt_start()
    session.add_answer(answer)
    call = session.model_call(session.begin_turn())
    assert call.messages[:len(warm_up)] == warm_up and call.schema is not None
    default_model.reset()
    cold = default_model.generate(call.messages, call.sampling, threading.Event(),
                                  schema=call.schema)
    default_model.reset()
    default_model.warm(warm_up)
    warmed = default_model.generate(call.messages, call.sampling, threading.Event(),
                                    schema=call.schema)
    assert cold.finish_reason == warmed.finish_reason == "stop"
    assert warmed.text == cold.text


def test_the_bench_measures_both_waits_in_one_run(default_model: LlamaChatModel) -> None:
    figures = interview_wait.measure(1, default_model)
    for language in ("en", "es", "ar"):
        wait = figures[language]
        assert wait["language"] == language and wait["runs"] == 3
        assert wait["first_follow_up_cold_s"] > 0 and wait["warm_up_while_typing_s"] > 0
        assert wait["warmed_vs_cold"] == pytest.approx(  # both figures are rounded to ms
            wait["first_follow_up_after_warm_up_s"] / wait["first_follow_up_cold_s"], abs=0.005)
