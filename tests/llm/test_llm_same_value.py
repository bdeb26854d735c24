"""The 'same value?' check with the real default model: its reply always reads as a verdict
with the model's name and hash. Whether SmolLM2-135M judges well is not asserted: measured, it
answers "same" to nearly any pair, so the verdict is advice for bigger models and the lead."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.graph.dedupe import CardText
from desktop.llm.llama_model import LlamaChatModel, load_chat_model
from desktop.llm.protocol import LoadSettings
from desktop.llm.same_value import check_same_value

LISTEN = CardText("a", "Listening first", "I let my friend finish before I advise.",
                  ("MOMENTS when they pause to find words", "FEELINGS they have not named yet",
                   "QUESTIONS that let them reach their own answer"))
HEARING = CardText("b", "Patient hearing", "I wait until they have said everything.",
                   ("QUESTIONS that let them reach their own answer",
                    "MOMENTS when they pause to find words", "FEELINGS they have not named yet"))
SAFETY = CardText("c", "Keeping people safe", "I check the risks before anything else.",
                  ("RISKS to their health", "RULES that protect others",
                   "EXITS if things go wrong"))


@pytest.fixture(scope="module")
def one_thread_model(default_model_path: Path) -> Iterator[LlamaChatModel]:
    """One thread: the test machine's other core belongs to whoever else is working."""
    yield load_chat_model(default_model_path, LoadSettings(n_threads=1, n_ctx=2048))


@pytest.mark.parametrize("cards", [(LISTEN, HEARING), (LISTEN, SAFETY)],
                         ids=["near-identical", "different"])
def test_the_real_model_answers_with_a_readable_verdict(one_thread_model: LlamaChatModel,
                                                        cards: tuple[CardText, ...]) -> None:
    verdict, generation = check_same_value(one_thread_model, cards)
    assert generation.finish_reason == "stop", generation.text
    assert verdict.problem is None and verdict.answer in ("same", "different"), generation.text
    assert verdict.reason and verdict.summary().startswith("Model says: ")
    identity = one_thread_model.identity
    assert (verdict.model_file, verdict.model_sha256) == (identity.file_name, identity.sha256)
    assert generation.seconds_total < 60
