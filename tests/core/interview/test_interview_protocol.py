"""The interview state machine, in plain tests: every stage, fallbacks, retries and resume."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from desktop.core.interview.card import ValuesCard
from desktop.core.interview.prompts import load_prompts
from desktop.core.interview.protocol import (
    CardVersion,
    InterviewSettings,
    Message,
    Stage,
    Transcript,
    can_confirm,
    model_conversation,
    next_step,
    stage_of,
)
from desktop.core.interview.turns import ModelOutput, ModelTurn, SettledCard, SettledReply

PROMPTS = load_prompts()
# These tests are about the free style (the model writes the question and the card).
SETTINGS = InterviewSettings(follow_ups=2, question_style="free")
QUESTION = 'Should I tell my friend "the truth"?\nשאלה 🙂'
CARD = {"title": "Honest Care", "description": "I care about telling hard truths kindly.",
        "policies": ["MOMENTS when a friend needs the truth", "WORDS that are kind and clear",
                     "CHOICES that respect the friend"], "context": "When a friend asks"}


def say(t: Transcript, role: str, text: str, stage: Stage = Stage.CONVERSATION) -> Transcript:
    message = Message(f"m{t.next_seq}", t.next_seq, role, text, stage)  # type: ignore[arg-type]
    return replace(t, messages=(*t.messages, message))


def started() -> Transcript:
    t = Transcript(QUESTION, SETTINGS.follow_ups)
    assert next_step(t) == "opening"
    return say(t, "assistant", PROMPTS.opening(QUESTION))


def with_card(t: Transcript, card: ValuesCard, source: str = "draft",
              shown: bool = False) -> Transcript:
    version = CardVersion(f"c{len(t.cards) + 1}", len(t.cards) + 1, card, source,  # type: ignore[arg-type]
                          t.next_seq - 1, shown)
    return replace(t, cards=(*t.cards, version))


def answered_all() -> Transcript:
    t = started()
    for n in range(SETTINGS.follow_ups):
        t = say(t, "user", f"answer {n}")
        t = say(t, "assistant", f"question {n}?")
    return say(t, "user", "last answer")


def test_no_consent_no_interview() -> None:
    t = replace(started(), consented=False)
    assert stage_of(t) == Stage.CONSENT and next_step(t) == "consent"


def test_the_stages_follow_each_other() -> None:
    t = started()
    assert (stage_of(t), next_step(t)) == (Stage.CONVERSATION, "answer")
    t = say(t, "user", "An answer")
    assert next_step(t) == "follow_up"
    t = say(t, "assistant", "What happened?")
    assert t.questions_asked == 1
    t = answered_all()
    assert (stage_of(t), next_step(t)) == (Stage.CARD, "draft_card")
    t = with_card(t, ValuesCard(**{**CARD, "policies": tuple(CARD["policies"])}))
    assert next_step(t) == "review_card" and not can_confirm(t)
    t = replace(t, cards=(replace(t.cards[-1], shown=True),))
    assert can_confirm(t)
    t = replace(t, confirmed_card_id="c1")
    assert (stage_of(t), next_step(t)) == (Stage.SURVEY, "survey")
    assert not can_confirm(t)
    t = replace(t, survey_done=True)
    assert (stage_of(t), next_step(t)) == (Stage.DONE, "done")


def test_a_revision_request_waits_for_the_model_and_blocks_confirming() -> None:
    t = with_card(answered_all(), ValuesCard("A b", "I x.", ("MOMENTS when",)), shown=True)
    t = say(t, "user", "Make it about honesty", Stage.CARD)
    assert next_step(t) == "revise_card" and not can_confirm(t)
    t = with_card(t, ValuesCard("Honest care", "I x.", ("MOMENTS when",)), "revision")
    assert next_step(t) == "review_card" and t.pending_revision is None


def test_model_messages_are_byte_identical_from_turn_to_turn() -> None:
    t = say(started(), "user", 'First "answer"\nwith a newline 🙂')
    first = model_conversation(PROMPTS, t)
    t = say(say(t, "assistant", "What happened?"), "user", "Second answer")
    second = model_conversation(PROMPTS, t)
    assert second[:len(first)] == first  # the prefix llama.cpp can reuse
    assert first[0] == ("system", PROMPTS.system)
    assert first[-1][1].startswith('First "answer"\nwith a newline 🙂')
    assert first[-1][1].endswith(PROMPTS.turn_note(0))
    assert second[-1][1].endswith(PROMPTS.turn_note(1))


def test_the_last_answer_carries_no_guide_and_the_draft_shares_the_prefix() -> None:
    t = answered_all()
    conversation = model_conversation(PROMPTS, t)
    assert conversation[-1] == ("user", "last answer")
    request = ModelTurn(PROMPTS, SETTINGS, t).request()
    assert request.purpose == "card_draft" and request.schema == PROMPTS.card_schema
    assert list(request.messages[:-1]) == conversation
    assert request.sampling.temperature == 0.0


def test_a_very_long_answer_is_sent_shortened_but_kept_whole() -> None:
    long = "x" * 20_000
    t = say(started(), "user", long)
    assert t.messages[-1].text == long
    sent = model_conversation(PROMPTS, t)[-1][1]
    assert len(sent) < 2000 and "[…]" in sent


def reply_turn() -> tuple[Transcript, ModelTurn]:
    t = say(started(), "user", "An answer")
    return t, ModelTurn(PROMPTS, SETTINGS, t)


def test_a_good_reply_is_accepted_at_once() -> None:
    _, turn = reply_turn()
    settled = turn.take(ModelOutput("What happened then?", "stop", "m.gguf", "ab" * 32))
    assert isinstance(settled, SettledReply)
    assert (settled.text, settled.fallback, settled.status) == ("What happened then?", "",
                                                                 "complete")
    assert settled.run.attempts == 1 and settled.run.model_file == "m.gguf"


def test_a_bad_reply_is_retried_once_then_the_fallback_is_used() -> None:
    t, turn = reply_turn()
    first = turn.request()
    assert turn.take(ModelOutput("", "stop")) is None
    second = turn.request()
    assert second.attempt == 2 and second.messages == first.messages
    seeded = replace(SETTINGS, question_sampling=replace(SETTINGS.question_sampling, seed=7))
    assert ModelTurn(PROMPTS, seeded, t).request().sampling.seed == 7
    retry = ModelTurn(PROMPTS, seeded, t)
    retry.take(ModelOutput("", "stop"))
    assert retry.request().sampling.seed != 7  # a seeded retry can still come out differently
    settled = turn.take(ModelOutput("The child is lazy.", "stop"))
    assert isinstance(settled, SettledReply)
    assert settled.text == PROMPTS.fallback(0) and settled.fallback == "no_question"
    assert [r["problem"] for r in settled.run.rejected] == ["empty", "no_question"]
    assert settled.run.attempts == 2


def test_a_retry_that_works_is_kept_with_the_rejected_output_recorded() -> None:
    _, turn = reply_turn()
    assert turn.take(ModelOutput("blah " * 5, "length")) is None
    settled = turn.take(ModelOutput("Who was there?", "stop"))
    assert isinstance(settled, SettledReply) and settled.text == "Who was there?"
    assert settled.fallback == "" and settled.run.rejected[0]["problem"] == "cut_off"


def test_stop_keeps_a_question_already_asked_and_else_uses_the_fallback_at_once() -> None:
    _, turn = reply_turn()
    kept = turn.take(ModelOutput("Who was there? And", "cancelled"))
    assert isinstance(kept, SettledReply) and kept.status == "stopped"
    _, turn = reply_turn()
    settled = turn.take(ModelOutput("I think", "cancelled"))
    assert isinstance(settled, SettledReply) and settled.fallback == "stopped"


def test_a_model_that_cannot_run_gives_the_fallback() -> None:
    _, turn = reply_turn()
    settled = turn.fail("No model is loaded yet.")
    assert isinstance(settled, SettledReply) and settled.fallback == "failed"
    assert settled.run.rejected[0]["detail"] == "No model is loaded yet."


def test_the_fallbacks_follow_the_turn() -> None:
    t = started()
    for n in range(SETTINGS.follow_ups):
        t = say(t, "user", f"answer {n}")
        settled = ModelTurn(PROMPTS, SETTINGS, t).fail("x")
        assert isinstance(settled, SettledReply) and settled.text == PROMPTS.fallback(n)
        t = say(t, "assistant", settled.text)


def test_a_draft_that_does_not_parse_is_retried_then_left_empty() -> None:
    turn = ModelTurn(PROMPTS, SETTINGS, answered_all())
    assert turn.take(ModelOutput('{"title": "cut', "length")) is None
    settled = turn.take(ModelOutput('{"title": "cut', "length"))
    assert isinstance(settled, SettledCard)
    assert settled.card == ValuesCard() and settled.problem == "cut_off"
    assert set(settled.status.values()) == {"fallback"}


def test_a_good_draft_becomes_the_card() -> None:
    turn = ModelTurn(PROMPTS, SETTINGS, answered_all())
    settled = turn.take(ModelOutput(json.dumps(CARD), "stop"))
    assert isinstance(settled, SettledCard) and settled.source == "draft"
    assert settled.card.title == "Honest Care" and settled.problem == ""
    assert settled.raw_text == json.dumps(CARD)


def test_a_revision_keeps_previous_fields_the_model_spoiled() -> None:
    previous = ValuesCard("Honest Care", "I care about truth.", ("MOMENTS when x is so",),
                          "When asked")
    t = with_card(answered_all(), previous, shown=True)
    t = say(t, "user", "Shorter please", Stage.CARD)
    turn = ModelTurn(PROMPTS, SETTINGS, t)
    request = turn.request()
    assert request.purpose == "card_revision"
    assert "Shorter please" in request.messages[-1][1]
    assert previous.to_json() in request.messages[-1][1]
    settled = turn.take(ModelOutput(json.dumps({**CARD, "title": ""}), "stop"))
    assert isinstance(settled, SettledCard) and settled.source == "revision"
    assert settled.card.title == "Honest Care" and settled.status["title"] == "kept"
    assert settled.card.description == CARD["description"]


def test_a_turn_only_starts_when_the_model_is_due() -> None:
    with pytest.raises(ValueError, match="not waiting for the model"):
        ModelTurn(PROMPTS, SETTINGS, started())


def test_settings_are_bounded() -> None:
    with pytest.raises(ValueError):
        InterviewSettings(follow_ups=0)
    assert InterviewSettings().follow_ups == 4
