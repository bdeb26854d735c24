"""A field day end to end with the real default model: interviews with the model asking and
drafting, cards grouped into values, upgrade stories drafted both ways by the model and
approved, later participants' wiser-than answers right after their cards, and the ranking and
MGE export that the study lead takes home."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.interview.prompts import load_prompts
from desktop.core.interview.protocol import InterviewSettings, Stage, next_step
from desktop.core.people import Role
from desktop.llm.llama_model import LlamaChatModel
from desktop.llm.stories import draft_both_directions
from desktop.services.scripted_interview import ScriptedInterview
from desktop.store import create_study, open_study
from desktop.store.graph import (
    add_story,
    list_stories,
    list_values,
    load_votes,
    review_story,
)
from desktop.store.interview_setup import save_interview_settings
from desktop.store.interview_voting import add_interview_vote, next_pair
from desktop.store.interviews import (
    get_interview,
    interview_prompts,
    load_transcript,
    start_interview,
    stored_settings,
)
from desktop.store.participants import record_consent
from desktop.store.people import add_person
from desktop.store.questions import add_question
from desktop.store.values import accept_suggestions
from tests.support.cli import run
from tests.support.values import LISTEN, LISTEN_AGAIN, SAFETY

ANSWERS = ["I would let her talk it through first.", "She needed time to find her words."]


def test_from_interviews_to_a_ranked_exported_graph(default_model: LlamaChatModel,
                                                    tmp_path: Path) -> None:
    path = tmp_path / "field-day.mgstudy"
    prompts = load_prompts()
    with create_study(path, "Field day") as study:
        save_interview_settings(study, InterviewSettings(follow_ups=1, votes_after_card=2))
        question = add_question(study, "My friend asks whether to quit her job. What do I say?")

        def interview(card: object) -> str:
            person = add_person(study, Role.PARTICIPANT)
            record_consent(study, person.id, "given", prompts.consent_version, prompts.sha256)
            info = start_interview(study, person.id, question.id, prompts,
                                   InterviewSettings(follow_ups=1, votes_after_card=2),
                                   (default_model.identity.file_name,
                                    default_model.identity.sha256))
            runner = ScriptedInterview(study, default_model, interview_prompts(study, info.id),
                                       stored_settings(study, info.id))
            runner.run(info.id, [*ANSWERS, card], confirm=True)  # the model asks and drafts
            return info.id

        early = [interview(card) for card in (LISTEN, LISTEN_AGAIN, SAFETY)]
        for interview_id in early:  # no stories yet: nothing to vote on, on to the survey
            assert get_interview(study, interview_id).stage == Stage.SURVEY
        assert accept_suggestions(study) == 2  # the two listening cards are one value
        listening, safety = sorted(list_values(study), key=lambda v: v.title != "Listening first")
        assert listening.title == "Listening first"
        drafts = draft_both_directions(default_model, question.text, safety, listening)
        for draft, (old, new) in zip(drafts, ((safety, listening), (listening, safety)),
                                     strict=True):
            assert draft.text, draft.problem  # the real model wrote a usable story
            story = add_story(study, question.text, old.id, new.id, draft.text,
                              draft.generation.model.file_name, draft.generation.model.sha256)
            review_story(study, story.id, status="approved")
        assert {s.model_sha256 for s in list_stories(study)} == {
            default_model.identity.sha256}

        for card in (LISTEN, SAFETY):  # two later participants, each voting after their card
            later = interview(card)
            assert next_step(load_transcript(study, later)) == "vote"
            pair = next_pair(study, later)
            assert pair is not None and pair.from_value_id == safety.id  # one approved pair
            add_interview_vote(study, later, pair, "upgrade", "Listening helps her decide.")
            assert next_pair(study, later) is None  # the reverse story asks the same pair

    ranked = run("rank", str(path), "--json", "--bootstrap", "20", home=tmp_path)
    assert ranked.returncode == 0, ranked.stderr
    report = json.loads(ranked.stdout)
    by_id = {v["id"]: v for v in report["values"]}
    winner = by_id[pair.to_value_id]
    tolerance = 1e-9  # identical resamples: the interval is the point, to rounding
    assert winner["bt_low"] - tolerance <= winner["bt_score"] <= winner["bt_high"] + tolerance
    assert winner["bt_score"] > by_id[pair.from_value_id]["bt_score"]
    assert winner["pagerank"] > by_id[pair.from_value_id]["pagerank"]
    [edge] = report["edges"]  # two wiser votes: MGE's filter keeps the edge
    assert (edge["from"], edge["to"]) == (safety.id, listening.id)
    assert edge["counts"]["markedWiser"] == 2
    exported = run("export", str(path), "--what", "graph", "--format", "mge-json", "--out",
                   str(tmp_path / "out"), home=tmp_path)
    assert exported.returncode == 0, exported.stderr
    written = [p for p in (tmp_path / "out").iterdir() if p.suffix == ".json"]
    summary = json.loads(written[0].read_text(encoding="utf-8"))
    assert {"values", "edges"} <= set(summary)
    assert len(summary["values"]) == 2
    with open_study(path) as study:
        votes = load_votes(study)
        assert [v.relationship for v in votes] == ["upgrade", "upgrade"]
        assert len({v.participant_id for v in votes}) == 2
