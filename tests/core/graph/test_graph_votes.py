"""Vote validation and the filters: as-of time, context, participants, supersede."""

from __future__ import annotations

import pytest

from desktop.core.graph.votes import (
    Vote,
    latest_votes,
    votes_as_of,
    votes_by_participants,
    votes_in_context,
)


def test_unknown_relationship_is_refused() -> None:
    with pytest.raises(ValueError, match="relationship"):
        Vote("v1", "p1", "c1", "a", "b", "wiser", "2024-01-01T00:00:00Z")


def test_a_value_cannot_be_wiser_than_itself() -> None:
    with pytest.raises(ValueError, match="itself"):
        Vote("v1", "p1", "c1", "a", "a", "upgrade", "2024-01-01T00:00:00Z")


def test_as_of_includes_the_moment_itself_and_compares_times_not_text(make_vote) -> None:
    on_time = make_vote("a", "b", at="2024-01-01T10:00:00Z")
    # As text this sorts before "...10:00:00Z", yet it is half a second later.
    late_by_half_second = make_vote("a", "c", at="2024-01-01T10:00:00.500Z")
    # 11:30 in UTC+02:00 is 09:30 UTC, so it counts.
    earlier_elsewhere = make_vote("a", "d", at="2024-01-01T11:30:00+02:00")
    votes = [on_time, late_by_half_second, earlier_elsewhere]
    assert votes_as_of(votes, "2024-01-01T10:00:00Z") == [on_time, earlier_elsewhere]
    assert votes_as_of(votes, "2024-01-01T09:59:59Z") == [earlier_elsewhere]


def test_context_and_participant_filters(make_vote) -> None:
    first = make_vote("a", "b", context="c1", participant="p1")
    second = make_vote("a", "b", context="c2", participant="p2")
    third = make_vote("b", "c", context="c1", participant="p3")
    votes = [first, second, third]
    assert votes_in_context(votes, "c1") == [first, third]
    assert votes_by_participants(votes, {"p2", "p3"}) == [second, third]
    assert votes_by_participants(votes, []) == []


def test_a_changed_mind_supersedes_the_earlier_vote(make_vote) -> None:
    before = make_vote("a", "b", "upgrade", participant="p1", at="2024-01-01T10:00:00Z")
    after = make_vote("a", "b", "no_upgrade", participant="p1", at="2024-01-01T11:00:00Z")
    assert latest_votes([after, before]) == [after]


def test_supersede_is_per_participant_context_and_direction(make_vote) -> None:
    base = make_vote("a", "b", participant="p1", context="c1")
    other_person = make_vote("a", "b", participant="p2", context="c1")
    other_context = make_vote("a", "b", participant="p1", context="c2")
    reverse = make_vote("b", "a", participant="p1", context="c1")
    votes = [base, other_person, other_context, reverse]
    assert latest_votes(votes) == votes


def test_supersede_tie_on_time_goes_to_the_larger_id(make_vote) -> None:
    moment = "2024-01-01T10:00:00Z"
    low = make_vote("a", "b", "upgrade", participant="p1", at=moment, vote_id="v-1")
    high = make_vote("a", "b", "not_sure", participant="p1", at=moment, vote_id="v-2")
    assert latest_votes([low, high]) == [high]
    assert latest_votes([high, low]) == [high]


def test_supersede_compares_parsed_times(make_vote) -> None:
    whole = make_vote(
        "a", "b", "upgrade", participant="p1", at="2024-01-01T10:00:00Z", vote_id="v-9"
    )
    later = make_vote(
        "a", "b", "no_upgrade", participant="p1", at="2024-01-01T10:00:00.250Z", vote_id="v-1"
    )
    assert latest_votes([whole, later]) == [later]
