"""The 'same value?' request to the local model, and its reply read as a verdict whatever the
model wrote: good JSON, words around it, broken, cut off, or missing fields."""

from __future__ import annotations

import json

import pytest

from desktop.core import paths
from desktop.core.graph.dedupe import CardText
from desktop.core.graph.same_value import (
    REASON_MAX,
    SAME_VALUE_SCHEMA,
    SameValuePrompt,
    judge_reply,
)

LISTEN = CardText("a", "Listening first", "I let my friend finish before I advise.",
                  ("MOMENTS when they pause to find words", "FEELINGS they have not named yet"))
HEARING = CardText("b", "Patient hearing", "", ("FEELINGS they have not named yet", " "))
SAFETY = CardText("c", "Keeping people safe", "I check the risks first.",
                  ("RISKS to their health",))
SHA = "f" * 64


def prompt() -> SameValuePrompt:
    return SameValuePrompt.parse(paths.resource("graph", "same_value_prompt.txt")
                                 .read_text("utf-8"))


def test_the_request_shows_every_card_and_asks_for_a_small_schema() -> None:
    messages = prompt().messages([LISTEN, HEARING, SAFETY])
    assert [role for role, _ in messages] == ["system", "user"]
    user = messages[1][1]
    for part in ("3 values cards", 'Card 1: "Listening first" — I let my friend finish',
                 "Pays attention to: MOMENTS when they pause to find words; FEELINGS they",
                 'Card 2: "Patient hearing"\nPays attention to: FEELINGS they have not named yet\n',
                 'Card 3: "Keeping people safe"', '"same"', '"reason"'):
        assert part in user
    assert "{" not in user.replace('"same"', "")  # every placeholder was filled
    assert SAME_VALUE_SCHEMA["required"] == ["same", "reason"]
    reason = SAME_VALUE_SCHEMA["properties"]["reason"]
    assert reason["maxLength"] <= 200 and "minLength" not in reason  # llama.cpp's limits


def test_one_card_alone_and_a_prompt_without_a_request_are_refused() -> None:
    with pytest.raises(ValueError, match="two or more cards"):
        prompt().messages([LISTEN])
    with pytest.raises(ValueError, match="a line '---'"):
        SameValuePrompt.parse("only a system part")


def test_a_good_reply_is_a_verdict_carrying_the_model() -> None:
    same = judge_reply(json.dumps({"same": True, "reason": " Both  attend to\nfeelings. "}),
                       "stop", "smol.gguf", SHA)
    assert (same.answer, same.reason, same.problem) == ("same", "Both attend to feelings.", None)
    assert (same.model_file, same.model_sha256) == ("smol.gguf", SHA)
    assert same.summary() == "Model says: same value — Both attend to feelings."
    different = judge_reply('{"same": false, "reason": "Risks are not feelings."}', "stop")
    assert different.answer == "different"
    assert different.summary() == "Model says: different values — Risks are not feelings."
    assert different.to_dict()["answer"] == "different"


def test_words_around_the_json_and_yes_no_words_are_read() -> None:
    wrapped = judge_reply('Sure! ```json\n{"same": "yes", "reason": "alike"}\n```', "stop")
    assert (wrapped.answer, wrapped.reason) == ("same", "alike")
    assert judge_reply('{"same": "No", "reason": ""}', "stop").answer == "different"


def test_a_missing_reason_still_gives_a_verdict_but_a_missing_answer_does_not() -> None:
    no_reason = judge_reply('{"same": false}', "stop")
    assert no_reason.answer == "different" and no_reason.reason == ""
    assert no_reason.summary().endswith("no reason given")
    for text in ('{"reason": "they match"}', '{"same": "perhaps", "reason": "?"}',
                 '{"same": 1, "reason": "?"}'):
        verdict = judge_reply(text, "stop")
        assert verdict.answer == "unclear" and "did not say whether" in (verdict.problem or "")


@pytest.mark.parametrize(("text", "finish", "problem"), [
    ('{"same": true, "reason": "Both attend to', "length", "cut off"),
    ('{"same": tru', "stop", "not readable JSON"),
    ("I think they are the same.", "stop", "not readable JSON"),
    ("[true]", "stop", "not a JSON object"),
    ("", "stop", "wrote nothing"),
    ("  \n", "length", "wrote nothing"),
    ('{"same": true, "reason": "ok"}', "cancelled", "stopped"),
])
def test_unusable_replies_are_unclear_with_a_plain_problem(text: str, finish: str,
                                                            problem: str) -> None:
    verdict = judge_reply(text, finish, "smol.gguf", SHA)
    assert verdict.answer == "unclear" and problem in (verdict.problem or "")
    assert verdict.summary().startswith("Model's answer unclear: ")
    assert verdict.model_sha256 == SHA


def test_a_reason_cut_at_the_schema_limit_is_marked() -> None:
    long = "word " * 100
    verdict = judge_reply(json.dumps({"same": True, "reason": long}), "stop")
    assert len(verdict.reason) <= REASON_MAX and verdict.reason.endswith("…")
