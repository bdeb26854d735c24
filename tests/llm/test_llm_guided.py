"""Guided questions and grounded cards with the real default model: the form is always valid,
the question reflects a phrase of the last answer, and every card field is filled with the
participant's own words. A reply the model cannot make usable fails the test, never skips it."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from desktop.core.interview.card import card_problems
from desktop.core.interview.guided import card_phrases
from desktop.core.interview.phrases import content_words, second_person
from desktop.core.interview.prompts import load_prompts
from desktop.core.interview.protocol import InterviewSettings, Message, Stage, Transcript
from desktop.core.interview.turns import ModelTurn, Settled, SettledCard, SettledReply
from desktop.llm.interview_requests import chat_messages, model_output, sampling_settings
from desktop.llm.llama_model import LlamaChatModel

PROMPTS = load_prompts()
SISTER = ("When my sister found out she was pregnant, she mostly needed someone to listen.",
          "She called me late at night and I just let her talk without giving advice.",
          "I noticed she relaxed when nobody judged her or told her what to do.",
          "It mattered because she is an adult who can trust her own judgement.",
          "A wise person would notice whether she feels respected and not alone.")
ARABIC = ("يجب أن يستمع المساعد إليها بهدوء ولا يحكم على قرارها.",
          "عندما حملت أختي، كانت تحتاج إلى من يسمعها دون لوم.")


def transcript(answers: tuple[str, ...], follow_ups: int) -> Transcript:
    messages: list[Message] = []
    for number, answer in enumerate(answers):
        question = "Opening?" if number == 0 else f"Question {number}?"
        for role, text in (("assistant", question), ("user", answer)):
            messages.append(Message(f"m{len(messages)}", len(messages), role,  # type: ignore
                                    text, Stage.CONVERSATION))
    return replace(Transcript("My sister is pregnant. What should I do?", follow_ups),
                   messages=tuple(messages))


def settle(model: LlamaChatModel, turn: ModelTurn) -> Settled:
    settled = None
    while settled is None:
        request = turn.request()
        generation = model.generate(chat_messages(request), sampling_settings(request),
                                    threading.Event(), None, request.schema)
        settled = turn.take(model_output(generation))
    return settled


@pytest.mark.parametrize("answers", [SISTER[:1], SISTER[:3], ARABIC],
                         ids=["opening", "third", "arabic"])
def test_a_guided_question_reflects_a_phrase_of_the_last_answer(
        default_model: LlamaChatModel, answers: tuple[str, ...]) -> None:
    settings = InterviewSettings(follow_ups=4)
    turn = ModelTurn(PROMPTS, settings, transcript(answers, 4))
    settled = settle(default_model, turn)
    assert isinstance(settled, SettledReply)
    assert settled.fallback == "" and settled.run.attempts == 1  # the grammar's first pick
    guide = settled.run.guide
    assert guide["style"] == "guided" and guide["frame"] in PROMPTS.frames_for(len(answers) - 1)
    last = answers[-1].casefold()
    assert guide["phrase"].casefold() in last
    assert settled.text == guide["frame"].replace("{phrase}", second_person(guide["phrase"]))
    assert settled.text.count("?") == 1 and settled.text.endswith("?")


@pytest.mark.parametrize("answers", [SISTER, ARABIC], ids=["sister", "arabic"])
def test_a_grounded_card_is_whole_and_in_the_participants_words(
        default_model: LlamaChatModel, answers: tuple[str, ...]) -> None:
    settings = InterviewSettings(follow_ups=len(answers) - 1)
    t = transcript(answers, len(answers) - 1)
    settled = settle(default_model, ModelTurn(PROMPTS, settings, t))
    assert isinstance(settled, SettledCard) and settled.problem == ""
    assert settled.run.attempts == 1 and settled.run.sampling["temperature"] == 0.0
    card = settled.card
    assert card_problems(card) == [] and set(settled.status.values()) <= {"ok", "repaired"}
    assert 2 <= len(card.title.split()) <= 5
    assert card.description.startswith("I ") and card.context.startswith("When ")
    assert 3 <= len(card.policies) <= 7 and len(set(card.policies)) == len(card.policies)
    words = PROMPTS.card_frames
    phrases = card_phrases(t)
    links = words["clause_links"] + words["phrase_links"]
    for policy in card.policies:
        noun, link, said = policy.split(" ", 2)
        assert noun in words["nouns"] and link in links and said in phrases
    said_words = {w for answer in answers for w in content_words(answer)}
    fixed = {w for key in ("nouns", "clause_descriptions", "phrase_descriptions", "contexts")
             for start in words[key] for w in content_words(start)}
    text = " ".join([card.title, card.description, *card.policies, card.context])
    assert set(content_words(text)) - said_words - fixed == set()
