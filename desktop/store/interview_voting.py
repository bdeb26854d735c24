"""Wiser-than questions inside an interview, after the participant confirmed their card.

As in MGE's flow, the participant then answers up to `votes_after_card` questions about other
people's values (approved upgrade stories, those of their own card's context first). Each vote
carries the interview it came from, so a resumed interview knows how many were asked; the end
of the voting (all asked, skipped, or nothing to ask) is an append-only row of its own.
"""

from __future__ import annotations

from typing import Literal

from desktop.core.graph import Vote
from desktop.core.graph.pairs import Candidate
from desktop.core.interview.protocol import next_step
from desktop.store.errors import StudyError
from desktop.store.graph import add_vote, pairs_to_ask, vote_candidates
from desktop.store.interviews import get_interview, load_transcript, refresh_stage, stored_settings
from desktop.store.study import Study

VotingEnd = Literal["done", "skipped", "nothing_to_vote"]


def votes_given(study: Study, interview_id: str) -> int:
    rows = study.query("SELECT count(*) AS n FROM votes WHERE interview_id = ?", (interview_id,))
    return int(rows[0]["n"])


def votes_asked(study: Study, interview_id: str) -> int:
    """How many wiser-than questions this interview asks at most."""
    return stored_settings(study, interview_id).votes_after_card


def next_pair(study: Study, interview_id: str) -> Candidate | None:
    """The next pair to ask this participant about; None when there is nothing left to ask."""
    info = get_interview(study, interview_id)
    candidates = vote_candidates(study)
    context = _card_context(study, interview_id)
    same_context = [c for c in candidates if context and c.context == context]
    for pool in (same_context, candidates):
        chosen = pairs_to_ask(study, info.participant_id, pool)
        if chosen:
            return chosen[0]
    return None


def add_interview_vote(study: Study, interview_id: str, pair: Candidate, relationship: str,
                       comment: str = "") -> Vote:
    """Commit the participant's answer; the last one asked ends the voting with it."""
    with study.transaction() as db:
        _check_voting(study, interview_id)
        info = get_interview(study, interview_id)
        vote = add_vote(study, info.participant_id, pair.context, pair.from_value_id,
                        pair.to_value_id, relationship, comment, pair.story_id, interview_id)
        given = votes_given(study, interview_id)
        if given >= votes_asked(study, interview_id):
            _insert_end(study, interview_id, given, "done")
        else:
            db.execute("UPDATE interviews SET updated_at = ? WHERE id = ?",
                       [vote.created_at, interview_id])
    return vote


def end_voting(study: Study, interview_id: str, reason: VotingEnd) -> None:
    """The participant skipped the rest, or there is nothing (more) to ask them."""
    with study.transaction():
        _check_voting(study, interview_id)
        _insert_end(study, interview_id, votes_given(study, interview_id), reason)


def _check_voting(study: Study, interview_id: str) -> None:
    if next_step(load_transcript(study, interview_id)) != "vote":
        raise StudyError(study.path, "this interview is not at its wiser-than questions now.")


def _insert_end(study: Study, interview_id: str, given: int, reason: VotingEnd) -> None:
    study.db.table("voting_ends").insert({**study.row_defaults(), "interview_id": interview_id,
                                          "votes_given": given, "reason": reason})
    refresh_stage(study, interview_id)


def _card_context(study: Study, interview_id: str) -> str:
    t = load_transcript(study, interview_id)
    confirmed = next((c for c in t.cards if c.id == t.confirmed_card_id), None)
    return confirmed.card.context if confirmed else ""
