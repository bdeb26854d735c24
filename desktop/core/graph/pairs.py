"""Which wiser-than pairs to show a participant next: a mix of popular, converging and
sparsely voted pairs (as MGE did), never one they already answered."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from desktop.core.graph.votes import UPGRADE, Vote


@dataclass(frozen=True)
class Candidate:
    """An approved upgrade story: the pair it asks about, in its context."""

    story_id: str
    context: str
    from_value_id: str
    to_value_id: str

    @property
    def pair(self) -> tuple[str, str, str]:
        return (self.context, self.from_value_id, self.to_value_id)

    @property
    def unordered(self) -> tuple[str, frozenset[str]]:
        """A story and its reverse ask about the same pair: one answer per person for both."""
        return (self.context, frozenset((self.from_value_id, self.to_value_id)))


@dataclass(frozen=True)
class PairStats:
    votes: int
    upgrades: int

    @property
    def agreement(self) -> float:
        """How one-sided the votes are: 1 all the same way, 0 evenly split."""
        if self.votes == 0:
            return 0.0
        return abs(2 * self.upgrades - self.votes) / self.votes


def pair_stats(votes: Iterable[Vote]) -> dict[tuple[str, str, str], PairStats]:
    tallies: dict[tuple[str, str, str], list[int]] = {}
    for vote in votes:
        tally = tallies.setdefault((vote.context_id, vote.from_value_id, vote.to_value_id), [0, 0])
        tally[0] += 1
        tally[1] += vote.relationship == UPGRADE
    return {key: PairStats(votes, upgrades) for key, (votes, upgrades) in tallies.items()}


def choose_pairs(candidates: Sequence[Candidate], votes: Sequence[Vote], participant_id: str,
                 count: int, converging_below: int = 3) -> list[Candidate]:
    """Up to `count` pairs, taking in turn the most voted, a converging one (agreeing votes
    but not yet enough to keep the edge) and the least voted; stable for equal stats."""
    answered = {(v.context_id, frozenset((v.from_value_id, v.to_value_id))) for v in votes
                if v.participant_id == participant_id}
    return choose_among(candidates, pair_stats(votes), answered, count, converging_below)


def choose_among(candidates: Sequence[Candidate],
                 stats: Mapping[tuple[str, str, str], PairStats],
                 answered: Collection[tuple[str, frozenset[str]]], count: int,
                 converging_below: int = 3) -> list[Candidate]:
    """`choose_pairs` from tallies already counted (the store counts them in SQL)."""
    open_ = [c for c in candidates if c.unordered not in answered]
    empty = PairStats(0, 0)

    def seen(c: Candidate) -> PairStats:
        return stats.get(c.pair, empty)

    popular = sorted(open_, key=lambda c: -seen(c).votes)
    converging = sorted((c for c in open_ if 0 < seen(c).votes < converging_below),
                        key=lambda c: (-seen(c).agreement, -seen(c).votes))
    sparse = sorted(open_, key=lambda c: seen(c).votes)
    return _interleave((popular, converging, sparse), count)


def _interleave(queues: Sequence[Sequence[Candidate]], count: int) -> list[Candidate]:
    chosen: list[Candidate] = []
    taken: set[tuple[str, frozenset[str]]] = set()
    positions = [0] * len(queues)
    while len(chosen) < count and any(p < len(q) for p, q in zip(positions, queues, strict=True)):
        for index, queue in enumerate(queues):
            while positions[index] < len(queue) and queue[positions[index]].unordered in taken:
                positions[index] += 1
            if positions[index] < len(queue) and len(chosen) < count:
                chosen.append(queue[positions[index]])
                taken.add(chosen[-1].unordered)
    return chosen
