"""Wiser-than voting as the Values page runs it: the pairs to ask a participant (inside an
interview or on their own), the stories shown with them, and each vote given."""

from __future__ import annotations

from desktop.store.graph import add_vote, list_stories, pairs_to_ask, value_by_id, vote_candidates
from desktop.store.interview_voting import (
    VotingEnd,
    add_interview_vote,
    end_voting,
    next_pair,
    votes_asked,
    votes_given,
)

__all__ = [
    "VotingEnd", "add_interview_vote", "add_vote", "end_voting", "list_stories", "next_pair",
    "pairs_to_ask", "value_by_id", "vote_candidates", "votes_asked", "votes_given",
]
