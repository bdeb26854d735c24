"""One call that turns votes into a ranking of values, side by side under every method we offer."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from desktop.core.graph import bradley_terry, mge_summary
from desktop.core.graph.mge_summary import EdgeSummary
from desktop.core.graph.pagerank import pagerank
from desktop.core.graph.resampling import PARTICIPANTS
from desktop.core.graph.votes import (
    NO_UPGRADE,
    UPGRADE,
    Vote,
    latest_votes,
    votes_as_of,
    votes_by_participants,
    votes_in_context,
)


@dataclass(frozen=True)
class RankedValue:
    """One value's scores. `mge_pagerank` is None when MGE's filter left it out of the graph.

    `votes_for` counts the votes it won (an upgrade towards it, or a "no upgrade" away from it),
    `votes_against` those it lost; "not sure" counts in neither.
    """

    value_id: str
    mge_pagerank: float | None
    pagerank: float
    bt_score: float
    bt_low: float
    bt_high: float
    votes_for: int
    votes_against: int


@dataclass(frozen=True)
class Ranking:
    """Values sorted by our PageRank (highest first) and the edges MGE's filter kept."""

    values: list[RankedValue]
    edges: list[EdgeSummary]


def select_votes(
    votes: Iterable[Vote],
    *,
    context: str | None = None,
    as_of: str | datetime | None = None,
    participant_ids: Collection[str] | None = None,
) -> list[Vote]:
    """The votes a ranking counts: as of a time, one per person per question, then filtered."""
    # Time first, so a mind changed after `as_of` does not hide the answer that stood then.
    selected = list(votes) if as_of is None else votes_as_of(votes, as_of)
    selected = latest_votes(selected)
    if context is not None:
        selected = votes_in_context(selected, context)
    if participant_ids is not None:
        selected = votes_by_participants(selected, participant_ids)
    return selected


def rank(
    votes: Iterable[Vote],
    *,
    context: str | None = None,
    as_of: str | datetime | None = None,
    participant_ids: Collection[str] | None = None,
    bootstrap_samples: int = 200,
    seed: int = 0,
    resample: str = PARTICIPANTS,
) -> Ranking:
    """MGE summary and PageRank, our PageRank and Bradley-Terry with intervals, of a selection.

    `resample` says what the bootstrap redraws: "participants" (each with all their votes, the
    honest default: one person's votes are not independent) or "votes".
    """
    selected = select_votes(votes, context=context, as_of=as_of, participant_ids=participant_ids)
    summary = mge_summary.summarize(selected)
    value_ids = sorted(summary.voted_ids)
    ours = pagerank(
        value_ids,
        ((e.source_value_id, e.wiser_value_id, e.wiser_likelihood) for e in summary.edges),
    )
    intervals = bradley_terry.bootstrap_intervals(selected, bootstrap_samples, seed,
                                                  resample=resample)
    wins, losses = _wins_and_losses(selected)
    values = [
        RankedValue(
            value_id,
            summary.values.get(value_id),
            ours[value_id],
            *intervals[value_id],
            wins[value_id],
            losses[value_id],
        )
        for value_id in value_ids
    ]
    values.sort(key=lambda v: (-v.pagerank, -v.bt_score, v.value_id))
    return Ranking(values=values, edges=list(summary.edges))


def _wins_and_losses(votes: Iterable[Vote]) -> tuple[Counter[str], Counter[str]]:
    wins: Counter[str] = Counter()
    losses: Counter[str] = Counter()
    for vote in votes:
        if vote.relationship == UPGRADE:
            wins[vote.to_value_id] += 1
            losses[vote.from_value_id] += 1
        elif vote.relationship == NO_UPGRADE:
            wins[vote.from_value_id] += 1
            losses[vote.to_value_id] += 1
    return wins, losses


def bridging(
    votes: Iterable[Vote], group_of: Mapping[str, str]
) -> list[tuple[str, tuple[str, ...]]]:
    """Values that people from at least two groups moved towards (upgrade votes to them).

    Each entry is (value id, the groups, sorted); most groups first, then most such votes.
    Votes are superseded first; participants without a group are ignored.
    """
    groups, upgrades = _upgrades_by_group(latest_votes(votes), group_of)
    bridges = [value_id for value_id, found in groups.items() if len(found) >= 2]
    bridges.sort(key=lambda v: (-len(groups[v]), -upgrades[v], v))
    return [(value_id, tuple(sorted(groups[value_id]))) for value_id in bridges]


def groups_moving_towards(
    standing: Iterable[Vote], group_of: Mapping[str, str]
) -> dict[str, tuple[str, ...]]:
    """Value id -> the groups (sorted) of the people whose answer was an upgrade towards it.

    `standing` holds one answer per person per question already (`latest_votes`, or the votes
    a `Timeline` counts at a step): no time is parsed, so the graph view can afford it on
    every frame. A value is bridging when two or more groups moved towards it.
    """
    groups, _ = _upgrades_by_group(standing, group_of)
    return {value_id: tuple(sorted(found)) for value_id, found in groups.items()}


def _upgrades_by_group(
    standing: Iterable[Vote], group_of: Mapping[str, str]
) -> tuple[defaultdict[str, set[str]], Counter[str]]:
    groups: defaultdict[str, set[str]] = defaultdict(set)
    upgrades: Counter[str] = Counter()
    for vote in standing:
        if vote.relationship == UPGRADE:
            group = group_of.get(vote.participant_id)
            if group is not None:
                groups[vote.to_value_id].add(group)
                upgrades[vote.to_value_id] += 1
    return groups, upgrades
