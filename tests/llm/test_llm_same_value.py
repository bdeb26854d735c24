"""The 'same value?' check with the real default model, asked both ways round: both replies are
readable and combine into a verdict with the model's name and hash. Whether SmolLM2-135M judges
well is not asserted: measured, it says yes to "the same value?" and to "different values?"
alike, so its verdict comes out unclear (its answers contradict each other) — which is what
the lead should be told rather than "same value"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.graph.dedupe import CardText
from desktop.core.graph.same_value import CONTRADICTION
from desktop.llm.llama_model import LlamaChatModel, load_chat_model
from desktop.llm.protocol import LoadSettings
from desktop.services.values import check_same_value

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


@pytest.mark.parametrize("cards", [(LISTEN, HEARING), (LISTEN, SAFETY), (SAFETY, LISTEN)],
                         ids=["near-identical", "different", "different-reversed"])
def test_the_real_model_answers_both_ways_with_a_readable_verdict(
        one_thread_model: LlamaChatModel, cards: tuple[CardText, ...]) -> None:
    check = check_same_value(one_thread_model, cards)
    verdict = check.verdict
    for generation, reply in zip(check.generations, verdict.replies, strict=True):
        assert generation.finish_reason == "stop", generation.text
        assert reply.yes is not None and reply.problem is None, generation.text
    # The verdict must follow from the two readable replies, whatever they are: yes to "same?"
    # and no to "different?" is same, the reverse different, two alike a contradiction.
    same_yes, different_yes = (reply.yes for reply in verdict.replies)
    expected = {(True, False): "same", (False, True): "different"}.get(
        (same_yes, different_yes), "unclear")
    assert verdict.answer == expected, verdict
    if verdict.answer == "unclear":
        assert (verdict.problem or "").startswith(CONTRADICTION), verdict
        assert verdict.summary().startswith("Model's answer unclear: ")
    else:
        assert verdict.problem is None and verdict.summary().startswith("Model says: ")
    identity = one_thread_model.identity
    assert (verdict.model_file, verdict.model_sha256) == (identity.file_name, identity.sha256)
    assert all(0 < seconds < 60 for seconds in check.seconds)
    print(f"\n{cards[0].title} / {cards[1].title}: {verdict.summary()} "
          f"[{check.seconds[0]:.2f} s + {check.seconds[1]:.2f} s] "
          f"{[g.text for g in check.generations]}")
