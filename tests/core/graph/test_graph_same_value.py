"""The 'same value?' requests to the local model, asked both ways round, and the two replies
read as one verdict whatever the model wrote: good JSON, words around it, broken, cut off,
missing fields — and answers that agree or contradict each other once the question is turned
around."""

from __future__ import annotations

import json

import pytest

from desktop.core import paths
from desktop.core.graph.dedupe import CardText
from desktop.core.graph.same_value import (
    CONTRADICTION,
    QUESTIONS,
    REASON_MAX,
    SAME_VALUE_SCHEMA,
    Question,
    Reply,
    SameValuePrompt,
    combine,
    read_reply,
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


def reply(question: Question, answer: object, reason: str = "") -> Reply:
    return read_reply(question, json.dumps({"answer": answer, "reason": reason}), "stop")


def test_both_requests_show_every_card_and_ask_one_question_each() -> None:
    asked = {question: prompt().messages([LISTEN, HEARING, SAFETY], question)
             for question in QUESTIONS}
    for question, messages in asked.items():
        assert [role for role, _ in messages] == ["system", "user"]
        user = messages[1][1]
        for part in ("3 values cards", 'Card 1: "Listening first" — I let my friend finish',
                     "Pays attention to: MOMENTS when they pause to find words; FEELINGS they",
                     'Card 2: "Patient hearing"\nPays attention to: FEELINGS they have not '
                     'named yet\n', 'Card 3: "Keeping people safe"', '"answer"', '"reason"'):
            assert part in user, question
        assert "{" not in user  # every placeholder was filled
    assert "the same value?" in asked["same"][1][1]
    assert "different values?" not in asked["same"][1][1]
    assert "different values?" in asked["different"][1][1]
    assert "the same value?" not in asked["different"][1][1]
    assert asked["same"][0] == asked["different"][0]  # one system part for both
    assert SAME_VALUE_SCHEMA["required"] == ["answer", "reason"]
    reason = SAME_VALUE_SCHEMA["properties"]["reason"]
    assert reason["maxLength"] <= 200 and "minLength" not in reason  # llama.cpp's limits


def test_one_card_alone_and_a_prompt_without_both_questions_are_refused() -> None:
    with pytest.raises(ValueError, match="two or more cards"):
        prompt().messages([LISTEN], "same")
    for text in ("only a system part", "system\n---\nrequest {question}\n---\nsame?",
                 "system\n---\nrequest\n---\nsame?\n---\n  "):
        with pytest.raises(ValueError, match="four parts"):
            SameValuePrompt.parse(text)


def test_a_reply_is_read_as_yes_or_no_in_terms_of_its_question() -> None:
    yes = read_reply("different", ' {"answer": true, "reason": " Risks\\n are  not feelings. "}',
                     "stop")
    assert (yes.yes, yes.reason, yes.problem) == (True, "Risks are not feelings.", None)
    assert yes.says_same is False  # yes to "different values?" means not the same
    assert yes.text.startswith(' {"answer": true')  # kept exactly as written
    assert reply("same", True).says_same is True
    assert reply("same", False).says_same is False
    assert reply("different", False).says_same is True
    wrapped = read_reply("same", 'Sure! ```json\n{"answer": "yes", "reason": "alike"}\n```',
                         "stop")
    assert (wrapped.yes, wrapped.reason) == (True, "alike")
    assert read_reply("same", '{"answer": "No", "reason": ""}', "stop").yes is False
    no_reason = read_reply("same", '{"answer": false}', "stop")
    assert no_reason.yes is False and no_reason.reason == ""


def test_answers_that_agree_give_same_or_different() -> None:
    same = combine(reply("same", True, "Both wait for the friend."),
                   reply("different", False, "They attend to the same moments."),
                   "smol.gguf", SHA)
    assert (same.answer, same.reason, same.problem) == ("same", "Both wait for the friend.",
                                                         None)
    assert (same.model_file, same.model_sha256) == ("smol.gguf", SHA)
    assert same.summary() == ("Model says: same value (asked both ways round) — Both wait for "
                              "the friend.")
    different = combine(reply("same", False), reply("different", True, "Risks, not feelings."))
    assert different.answer == "different" and different.reason == "Risks, not feelings."
    assert different.summary() == ("Model says: different values (asked both ways round) — "
                                   "Risks, not feelings.")
    quiet = combine(reply("same", False), reply("different", True))
    assert quiet.summary().endswith("no reason given")


@pytest.mark.parametrize("said", [True, False], ids=["yes-to-both", "no-to-both"])
def test_answers_that_contradict_each_other_are_unclear_in_plain_words(said: bool) -> None:
    verdict = combine(reply("same", said, "They match."), reply("different", said, "They don't."),
                      "smol.gguf", SHA)
    word = "yes" if said else "no"
    assert verdict.answer == "unclear" and verdict.reason == ""
    assert verdict.summary() == (
        f"Model's answer unclear: {CONTRADICTION} (asked 'same value?' it said {word}, and "
        f"asked 'different values?' it also said {word}).")
    assert "contradict each other when the question is turned around, so it cannot tell" in (
        verdict.summary())
    assert verdict.model_sha256 == SHA


def test_the_report_keeps_both_questions_and_raw_replies() -> None:
    verdict = combine(reply("same", True, "x"), reply("different", True, "y"), "smol.gguf", SHA)
    data = json.loads(json.dumps(verdict.to_dict()))
    assert data["answer"] == "unclear" and data["model_file"] == "smol.gguf"
    assert [r["asked"] for r in data["replies"]] == ["same value?", "different values?"]
    assert [r["question"] for r in data["replies"]] == ["same", "different"]
    assert [json.loads(r["text"])["reason"] for r in data["replies"]] == ["x", "y"]
    assert [r["yes"] for r in data["replies"]] == [True, True]


@pytest.mark.parametrize(("text", "finish", "problem"), [
    ('{"answer": true, "reason": "Both attend to', "length", "cut off"),
    ('{"answer": tru', "stop", "not readable JSON"),
    ("I think they are the same.", "stop", "not readable JSON"),
    ("[true]", "stop", "not a JSON object"),
    ("", "stop", "wrote nothing"),
    ("  \n", "length", "wrote nothing"),
    ('{"answer": true, "reason": "ok"}', "cancelled", "stopped"),
    ('{"reason": "they match"}', "stop", "did not say yes or no"),
    ('{"answer": "perhaps", "reason": "?"}', "stop", "did not say yes or no"),
    ('{"answer": 1, "reason": "?"}', "stop", "did not say yes or no"),
])
def test_an_unusable_reply_to_either_question_makes_the_verdict_unclear(
        text: str, finish: str, problem: str) -> None:
    for question in QUESTIONS:
        unusable = read_reply(question, text, finish)
        assert unusable.yes is None and unusable.says_same is None
        assert problem in (unusable.problem or "")
        good = reply("different" if question == "same" else "same", True, "fine")
        pair = (unusable, good) if question == "same" else (good, unusable)
        verdict = combine(*pair, "smol.gguf", SHA)
        asked = "same value?" if question == "same" else "different values?"
        assert verdict.answer == "unclear" and verdict.reason == ""
        assert f"no usable answer to '{asked}' (" in (verdict.problem or "")
        assert problem in (verdict.problem or "") and verdict.model_sha256 == SHA
        assert verdict.summary().startswith("Model's answer unclear: ")
    both = combine(read_reply("same", text, finish), read_reply("different", "", "stop"))
    assert "'same value?'" in (both.problem or "") and "'different values?' (the model wrote "\
        "nothing)" in (both.problem or "")


def test_replies_must_come_in_question_order() -> None:
    with pytest.raises(ValueError, match="then to 'different"):
        combine(reply("different", True), reply("same", True))


def test_a_reason_cut_at_the_schema_limit_is_marked() -> None:
    long = "word " * 100
    cut = read_reply("same", json.dumps({"answer": True, "reason": long}), "stop")
    assert len(cut.reason) <= REASON_MAX and cut.reason.endswith("…")
