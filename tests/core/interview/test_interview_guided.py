"""The guided style: questions and card drafts built from the participant's own phrases, the
model's reply held to choices; what was chosen is kept for the audit."""

from __future__ import annotations

import json
from dataclasses import replace

from desktop.core.interview.card import card_problems
from desktop.core.interview.guided import card_phrases, question_choices, sorted_phrases
from desktop.core.interview.prompts import load_prompts, prompt_set
from desktop.core.interview.protocol import (
    CardVersion,
    InterviewSettings,
    Message,
    Stage,
    Transcript,
)
from desktop.core.interview.turns import ModelOutput, ModelTurn, SettledCard, SettledReply

PROMPTS = load_prompts()
SETTINGS = InterviewSettings(follow_ups=2)  # guided is the default
ANSWERS = ("When my sister was pregnant, she needed to be listened to, not judged.",
           "She called me at night and I just let her talk.",
           "She can trust her own judgement about her life.")


def transcript(answers: int) -> Transcript:
    t = Transcript("What should I do?", SETTINGS.follow_ups)
    texts = ["Opening?"]
    for number in range(answers):
        texts += [ANSWERS[number], f"Question {number}?"]
    texts = texts[:2 * answers]
    messages = tuple(Message(f"m{i}", i, "assistant" if i % 2 == 0 else "user", text,
                             Stage.CONVERSATION) for i, text in enumerate(texts))
    return replace(t, messages=messages)


def offered(phrase: str, pattern: str) -> bool:
    return any(f"{before}{phrase}{after}" in pattern for before in "(|" for after in "|)")


def test_the_question_request_offers_the_last_answers_phrases_and_the_stages_frames() -> None:
    t = transcript(2)
    request = ModelTurn(PROMPTS, SETTINGS, t).request()
    schema = request.schema
    assert schema is not None and request.purpose == "follow_up"
    assert schema["properties"]["phrase"]["enum"] == ["she called me at night",
                                                      "I just let her talk", "her talk"]
    assert schema["properties"]["frame"]["enum"] == [1, 2, 3]
    assert request.sampling.temperature == 0.0
    assert question_choices(PROMPTS, t).frames == PROMPTS.frames_for(1)


def test_a_chosen_phrase_and_frame_make_one_question_in_the_persons_words() -> None:
    turn = ModelTurn(PROMPTS, SETTINGS, transcript(2))
    settled = turn.take(ModelOutput('{"phrase": "I just let her talk", "frame": 2}', "stop"))
    assert isinstance(settled, SettledReply) and settled.fallback == ""
    frame = PROMPTS.frames_for(1)[1]
    assert settled.text == frame.replace("{phrase}", "you just let her talk")
    assert settled.text.count("?") == 1 and settled.text.endswith("?")
    assert settled.run.guide == {"style": "guided", "frame": frame,
                                 "phrase": "I just let her talk"}


def test_an_unreadable_choice_is_retried_once_then_the_first_choices_are_used() -> None:
    turn = ModelTurn(PROMPTS, SETTINGS, transcript(1))
    assert turn.take(ModelOutput('{"phrase": "my sis', "length")) is None
    assert turn.request().attempt == 2
    settled = turn.take(ModelOutput("", "length"))
    assert isinstance(settled, SettledReply) and settled.fallback == "cut_off"
    assert settled.text == PROMPTS.frames_for(0)[0].replace("{phrase}", "your sister was pregnant")
    assert [r["problem"] for r in settled.run.rejected] == ["cut_off", "cut_off"]


def test_a_model_that_cannot_run_still_gets_a_built_question() -> None:
    settled = ModelTurn(PROMPTS, SETTINGS, transcript(1)).fail("not loaded")
    assert isinstance(settled, SettledReply) and settled.fallback == "failed"
    assert "your sister was pregnant" in settled.text


def test_an_answer_with_no_phrase_falls_back_to_the_earlier_answers_then_the_canned_question(
        ) -> None:
    t = transcript(2)
    short = replace(t, messages=(*t.messages[:-1], replace(t.messages[-1], text="Yes.")))
    assert question_choices(PROMPTS, short).phrases[0] == "my sister was pregnant"
    first = transcript(1)
    bare = replace(first, messages=(first.messages[0], replace(first.messages[1], text="No.")))
    turn = ModelTurn(PROMPTS, SETTINGS, bare)
    settled = turn.take(ModelOutput('{"frame": 0}', "stop"))
    assert isinstance(settled, SettledReply) and settled.text == PROMPTS.fallback(0)
    assert settled.fallback == "no_phrase"


def test_the_card_request_holds_every_field_to_the_answers_phrases() -> None:
    t = transcript(3)
    request = ModelTurn(PROMPTS, SETTINGS, t).request()
    assert request.purpose == "card_draft" and request.sampling.temperature == 0.0
    schema = request.schema
    assert schema is not None
    phrases = card_phrases(t)
    assert set(schema["required"]) == {"title", "description", "policies", "context"}
    said = sorted_phrases(phrases)
    assert said.nouns == ("her own judgement", "her talk", "her life")
    for phrase in phrases:
        assert offered(phrase, schema["properties"]["description"]["pattern"])
        assert offered(phrase, schema["properties"]["policies"]["items"]["pattern"])
        assert offered(phrase, schema["properties"]["context"]["pattern"]) == (
            phrase in said.clauses)
    assert schema["properties"]["title"]["enum"] == ["Her own judgement", "Her talk", "Her life"]
    assert schema["properties"]["policies"]["items"]["pattern"].startswith("^(MOMENTS|")


def test_a_grounded_card_drops_repeated_picks_and_fills_every_field() -> None:
    picks = {"description": "I care about her own judgement",
             "policies": ["MOMENTS when my sister was pregnant",
                          "CHOICES of my sister was pregnant", "FEELINGS of her own judgement"],
             "context": "When my sister was pregnant", "title": "Her own judgement"}
    turn = ModelTurn(PROMPTS, SETTINGS, transcript(3))
    settled = turn.take(ModelOutput(json.dumps(picks), "stop"))
    assert isinstance(settled, SettledCard) and settled.problem == ""
    card = settled.card
    assert card.title == "Her own judgement"
    assert card.description == "I care about her own judgement."
    assert card.policies[:2] == ("MOMENTS when my sister was pregnant",
                                 "FEELINGS of her own judgement")
    # the repeated phrase is dropped; the first unused phrase fills the third policy
    assert card.policies[2] == "OPPORTUNITIES when she called me at night"
    assert card.context == "When my sister was pregnant"
    assert card_problems(card) == [] and "fallback" not in settled.status.values()
    assert settled.run.guide == {"style": "guided"}


def test_a_draft_that_never_parses_is_still_a_whole_grounded_card() -> None:
    turn = ModelTurn(PROMPTS, SETTINGS, transcript(3))
    assert turn.take(ModelOutput('{"descr', "length")) is None
    settled = turn.take(ModelOutput('{"descr', "length"))
    assert isinstance(settled, SettledCard)
    assert card_problems(settled.card) == [] and len(settled.card.policies) >= 3
    assert settled.card.context.startswith("When ") and settled.card.description.startswith("I ")


def test_the_free_style_and_old_texts_write_freely() -> None:
    free = ModelTurn(PROMPTS, replace(SETTINGS, question_style="free"), transcript(1))
    assert free.request().schema is None and not free.guided
    old_files = {k: v for k, v in PROMPTS.files.items()
                 if k not in ("frames.txt", "card_frames.json")}
    old = ModelTurn(prompt_set(old_files), SETTINGS, transcript(1))
    assert old.request().schema is None
    settled = old.take(ModelOutput("What did you notice then?", "stop"))
    assert isinstance(settled, SettledReply) and settled.run.guide == {"style": "free"}


def test_a_revision_is_written_freely_under_the_card_schema() -> None:
    t = transcript(3)
    turn = ModelTurn(PROMPTS, SETTINGS, t)
    assert turn.take(ModelOutput("{}", "stop")) is None  # nothing chosen: retried
    draft = turn.take(ModelOutput("{}", "stop"))
    assert isinstance(draft, SettledCard)
    shown = replace(t, cards=(CardVersion("c1", 1, draft.card, "draft", t.next_seq - 1, True),))
    asked = replace(shown, messages=(*t.messages, Message(
        "r", t.next_seq, "user", "Shorter title please.", Stage.CARD)))
    revision = ModelTurn(PROMPTS, SETTINGS, asked)
    assert not revision.guided and revision.request().schema == PROMPTS.card_schema
