"""Degenerate follow-up questions are caught; small slips (flattery, rambling) are repaired."""

from __future__ import annotations

import pytest

from desktop.core.interview.replies import PROBLEMS, first_question, judge_question

GOOD = "Can you tell me about a moment when this mattered to you?"


def test_a_plain_question_is_kept_as_it_is() -> None:
    verdict = judge_question(GOOD, "stop")
    assert verdict.usable and verdict.text == GOOD and not verdict.repaired


def test_flattery_and_what_follows_the_first_question_are_cut() -> None:
    text = f"That's a great point. {GOOD} Also, what did you feel? I think you are wise."
    verdict = judge_question(text, "stop")
    assert verdict.usable and verdict.repaired
    assert verdict.text == GOOD


def test_a_role_label_is_dropped() -> None:
    assert judge_question(f"Assistant: {GOOD}", "stop").text == GOOD


def test_a_cut_off_ramble_with_a_question_early_on_is_salvaged() -> None:
    text = f"{GOOD} When I was young I used to think that everything was"
    verdict = judge_question(text, "length")
    assert verdict.usable and verdict.text == GOOD


@pytest.mark.parametrize(("text", "finish", "problem"), [
    ("", "stop", "empty"),
    ("   \n ", "stop", "empty"),
    ("I think the child is bored and the parents should", "length", "cut_off"),
    ("The assistant should be kind and patient.", "stop", "no_question"),
    ("Don't you think honesty matters most?", "stop", "leading"),
    ('You could ask, "Why do you refuse to do homework?"', "stop", "quoted"),
    ("Well " * 120 + "what do you think?", "stop", "too_long"),
    ("la la la la " * 5, "stop", "looping"),
    ("I was", "cancelled", "stopped"),
])
def test_degenerate_output_is_named(text: str, finish: str, problem: str) -> None:
    verdict = judge_question(text, finish)
    assert verdict.problem == problem and problem in PROBLEMS
    assert not verdict.usable


def test_a_repeated_question_is_caught() -> None:
    assert judge_question(GOOD, "stop", earlier=[GOOD]).problem == "repeated"
    near = GOOD.replace("moment", "moments")
    assert judge_question(near, "stop", earlier=[GOOD]).problem == "repeated"


def test_instructions_copied_back_are_caught() -> None:
    note = "[Interviewer guide: reply with one short question asking for a real moment.]"
    copied = "Reply with one short question asking for a real moment?"
    assert judge_question(copied, "stop", instructions=[note]).problem == "echo"


def test_a_stopped_reply_that_already_asked_is_kept() -> None:
    verdict = judge_question(f"{GOOD} And then", "cancelled")
    assert verdict.usable and verdict.text == GOOD


def test_first_question_handles_other_scripts_and_emoji() -> None:
    assert first_question("שלום. מה חשוב לך? עוד") == "שלום. מה חשוב לך?"
    assert first_question("🙂 What felt right to you? Then more.") == "🙂 What felt right to you?"
