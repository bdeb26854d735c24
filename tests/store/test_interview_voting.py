"""Wiser-than questions after the card: asked in the interview, counted across a resume,
ended by the last answer, a skip or an empty pool, and never asked twice."""

from __future__ import annotations

import random

import pytest

from desktop.core.graph.pairs import Candidate, choose_pairs
from desktop.core.interview.protocol import InterviewSettings, Stage
from desktop.core.people import Role
from desktop.store import Study, StudyError, open_study
from desktop.store.cards import add_card_version, confirm_card, submit_survey
from desktop.store.graph import (
    add_vote,
    list_values,
    load_votes,
    pairs_to_ask,
    vote_candidates,
)
from desktop.store.interview_setup import (
    interview_settings,
    save_interview_settings,
    study_survey,
)
from desktop.store.interview_voting import (
    add_interview_vote,
    end_voting,
    next_pair,
    votes_given,
)
from desktop.store.interviews import get_interview, load_transcript
from desktop.store.people import add_person
from tests.support.interviews import CARD, PROMPTS, begin, to_card_stage
from tests.support.voting import approve_stories, make_values


@pytest.fixture
def study_with_stories(study: Study) -> Study:
    """The shared study with four values and three approved stories, one in CARD's context."""
    approve_stories(study, make_values(study, 4), (
        (0, 1, "Elsewhere"), (2, 3, CARD.context), (1, 3, "Elsewhere")))
    return study


pytestmark = pytest.mark.usefixtures("study_with_stories")  # every test here starts from it


def confirmed(study: Study, votes: int) -> str:
    interview_id = begin(study, InterviewSettings(follow_ups=1, votes_after_card=votes))
    to_card_stage(study, interview_id)
    card = add_card_version(study, interview_id, CARD, "edit")
    confirm_card(study, interview_id, card.id)
    return interview_id


def stage(study: Study, interview_id: str) -> Stage:
    return get_interview(study, interview_id).stage


def test_the_last_question_asked_ends_the_voting_and_votes_name_their_interview(
        study: Study) -> None:
    interview_id = confirmed(study, votes=2)
    assert stage(study, interview_id) == Stage.VOTING
    first = next_pair(study, interview_id)
    assert first is not None and first.context == CARD.context  # the card's own context first
    add_interview_vote(study, interview_id, first, "upgrade", "It is kinder.")
    assert stage(study, interview_id) == Stage.VOTING and votes_given(study, interview_id) == 1
    second = next_pair(study, interview_id)
    assert second is not None and second.pair != first.pair
    add_interview_vote(study, interview_id, second, "not_sure")
    assert stage(study, interview_id) == Stage.SURVEY
    [end] = study.query("SELECT votes_given, reason FROM voting_ends")
    assert end == {"votes_given": 2, "reason": "done"}
    rows = study.query("SELECT interview_id, comment FROM votes ORDER BY rowid")
    assert [r["interview_id"] for r in rows] == [interview_id, interview_id]
    assert rows[0]["comment"] == "It is kinder."
    with pytest.raises(StudyError, match="not at its wiser-than questions"):
        add_interview_vote(study, interview_id, first, "upgrade")
    submit_survey(study, interview_id, study_survey(study, PROMPTS), {})
    assert stage(study, interview_id) == Stage.DONE


def test_a_resumed_interview_counts_the_votes_already_given(study: Study) -> None:
    interview_id = confirmed(study, votes=3)
    pair = next_pair(study, interview_id)
    assert pair is not None
    add_interview_vote(study, interview_id, pair, "no_upgrade")
    with open_study(study.path) as reopened:  # another start of the app
        assert load_transcript(reopened, interview_id).voting_done is False
        assert votes_given(reopened, interview_id) == 1
        again = next_pair(reopened, interview_id)
        assert again is not None and again.unordered != pair.unordered


def test_a_skip_or_an_empty_pool_ends_the_voting(study: Study) -> None:
    skipped = confirmed(study, votes=3)
    end_voting(study, skipped, "skipped")
    assert stage(study, skipped) == Stage.SURVEY
    with pytest.raises(StudyError):
        end_voting(study, skipped, "skipped")  # once only
    greedy = confirmed(study, votes=5)
    while (pair := next_pair(study, greedy)) is not None:
        add_interview_vote(study, greedy, pair, "upgrade")
    assert votes_given(study, greedy) == 3  # every approved story, each pair once
    end_voting(study, greedy, "nothing_to_vote")
    assert stage(study, greedy) == Stage.SURVEY


def test_no_questions_when_the_study_asks_none_or_the_interview_is_older(
        study: Study) -> None:
    save_interview_settings(study, InterviewSettings(follow_ups=2, votes_after_card=0))
    assert interview_settings(study) == InterviewSettings(follow_ups=2, votes_after_card=0)
    interview_id = confirmed(study, votes=0)
    assert stage(study, interview_id) == Stage.SURVEY
    older = confirmed(study, votes=2)
    study.db.execute("UPDATE interviews SET settings = json_remove(settings, "
                     "'$.votes_after_card') WHERE id = ?", [older])  # before voting existed
    assert load_transcript(study, older).voting_done is True


def test_a_vote_that_cannot_be_saved_changes_nothing(study: Study) -> None:
    interview_id = confirmed(study, votes=2)
    bogus = Candidate("no-story", CARD.context, "no-such-value", "nor-this")
    with pytest.raises(StudyError):
        add_interview_vote(study, interview_id, bogus, "upgrade")
    assert load_votes(study) == [] and votes_given(study, interview_id) == 0
    assert stage(study, interview_id) == Stage.VOTING


def test_pairs_tallied_in_sql_are_the_pairs_chosen_from_the_votes(study: Study) -> None:
    ids = [v.id for v in list_values(study)]
    people = [add_person(study, Role.PARTICIPANT).id for _ in range(4)]
    rng = random.Random(7)
    for n in range(60):
        a, b = rng.sample(ids, 2)
        add_vote(study, people[n % 4], rng.choice(("Elsewhere", CARD.context)), a, b,
                 rng.choice(("upgrade", "no_upgrade", "not_sure")))
    candidates = vote_candidates(study)
    for person in people:
        for count in (1, 2, 3):
            assert pairs_to_ask(study, person, candidates, count) == choose_pairs(
                candidates, load_votes(study), person, count)
