"""The interview figures of `bench`, on the real default model: they are measured and add up
(figures, not limits: this machine's load decides the numbers)."""

from __future__ import annotations

import pytest

from desktop.bench.interviews import measure
from desktop.core import paths
from desktop.llm.llama_model import load_chat_model
from desktop.llm.protocol import LoadSettings


@pytest.mark.slow
def test_interview_figures_are_measured(qapp) -> None:  # type: ignore[no-untyped-def]
    path = paths.default_model_file()
    assert path is not None
    model = load_chat_model(path, LoadSettings(n_threads=1, n_ctx=4096))
    figures = measure(1, model, interviews=1)
    delays = figures["first_token_s"]
    assert delays["first_reply"]["runs"] == delays["third_follow_up"]["runs"] == 1
    for delay in ("first_reply", "third_follow_up", "third_follow_up_cold_start"):
        figure = delays[delay]
        assert 0 < figure["min"] <= figure["median"] <= figure["max"] < 60, delay
    # The kept prefix is the point of one Llama per interview: a warm third follow-up only
    # evaluates the newest answer, a cold start the whole transcript.
    assert delays["third_follow_up"]["median"] < delays["third_follow_up_cold_start"]["median"]
    assert 0 < delays["third_vs_cold_ratio"] < 1
    assert figures["follow_up_questions"] == 4
    assert 0 <= figures["needed_fallback"] <= 4
    drafts = figures["card_drafts"]
    assert drafts["cards"] == 1 and drafts["parsed"] == drafts["generated"] >= 1
    assert figures["gui"]["longest_stall_ms"]["runs"] == 1
    gui = figures["gui"]
    assert 0 <= gui["longest_stall_ms"]["median"] < gui["interview_s"]["median"] * 1000
    # A whole interview streams at least four questions and a card: seconds, not nothing.
    assert 0.5 < gui["interview_s"]["median"] < 600
