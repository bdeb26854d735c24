"""Wiser-than votes as a reader wants them: filtered like the ranking (context, time, a
demographic group), with the participant's code and the values' titles beside the ids."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.graph import Vote
from desktop.core.graph.ranking import select_votes
from desktop.core.graph.votes import (
    parse_time,
    votes_as_of,
    votes_by_participants,
    votes_in_context,
)
from desktop.store import Study, StudyError
from desktop.store.graph import list_values, load_votes, participants_in_group
from desktop.store.people import list_people


@dataclass(frozen=True)
class VoteEntry:
    vote: Vote
    participant_code: str
    from_title: str
    to_title: str


def listed(study: Study, context: str | None = None, as_of: str | None = None,
           group: str | None = None, latest: bool = False) -> list[VoteEntry]:
    """Votes in time order. `latest` keeps only what the ranking counts: each person's last
    answer to each question (as of `as_of`). `group` is FIELD=VALUE of a demographic field."""
    _check_time(study, as_of)
    people = group_members(study, group) if group else None
    votes = _selected(load_votes(study), context, as_of, people, latest)
    codes = {person.id: person.code for person in list_people(study)}
    titles = {value.id: value.title for value in list_values(study)}
    return [VoteEntry(vote, codes.get(vote.participant_id, ""),
                      titles.get(vote.from_value_id, ""), titles.get(vote.to_value_id, ""))
            for vote in votes]


def _selected(votes: list[Vote], context: str | None, as_of: str | None,
              people: set[str] | None, latest: bool) -> list[Vote]:
    if latest:
        return select_votes(votes, context=context, as_of=as_of, participant_ids=people)
    if as_of is not None:
        votes = votes_as_of(votes, as_of)
    if context is not None:
        votes = votes_in_context(votes, context)
    return votes if people is None else votes_by_participants(votes, people)


def _check_time(study: Study, as_of: str | None) -> None:
    try:
        if as_of is not None:
            parse_time(as_of)
    except ValueError:
        raise StudyError(study.path, f"--as-of needs an ISO time such as 2024-05-01T12:00Z, "
                         f"not {as_of!r}.") from None


def group_members(study: Study, group: str) -> set[str]:
    """Participant ids of FIELD=VALUE; StudyError for a malformed filter or an unknown field."""
    field, sep, value = group.partition("=")
    if not sep or not field.strip():
        raise StudyError(study.path, f"--group needs FIELD=VALUE (for example age=18-29), "
                         f"not {group!r}.")
    return participants_in_group(study, field.strip(), value.strip())
