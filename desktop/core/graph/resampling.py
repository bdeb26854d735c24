"""Bootstrap weights for Bradley-Terry refits: whole participants (the default) or single votes.

Votes from one participant are not independent (the same person, the same taste), so the
honest interval redraws participants with replacement and weights each one's votes by how often
they were drawn. Either way a sample is one multinomial draw over resampling units, turned into
games played and won per pair by one sparse product, with no Python loop over votes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import scipy.sparse as sparse

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]

PARTICIPANTS = "participants"
VOTES = "votes"
RESAMPLE_MODES = (PARTICIPANTS, VOTES)


@dataclass(frozen=True)
class Units:
    """What one bootstrap sample redraws, and how each unit's votes fall on the pairs.

    `played[p, u]` counts the votes one draw of unit u adds to pair p, `won[p, u]` the first
    value's share of them; a sample draws len(`slot_unit`) slots uniformly with replacement,
    slot s standing for unit `slot_unit[s]` (a participant, or the row of one vote).
    """

    played: sparse.csr_matrix
    won: sparse.csr_matrix
    slot_unit: Ints


def check_mode(mode: str) -> None:
    """ValueError unless `mode` is one of RESAMPLE_MODES."""
    if mode not in RESAMPLE_MODES:
        raise ValueError(f"resample must be one of {', '.join(RESAMPLE_MODES)}, not {mode!r}")


def units(
    mode: str, vote_pair: Ints, first_wins: Floats, participant: Ints, n_pairs: int
) -> Units:
    """Resampling units of the votes: participants (`participant` per vote; -1 means none) or
    the distinct (pair, outcome) rows, which carry the same information as single votes.

    A vote with no participant counts as a participant of its own, so it is redrawn alone.
    """
    check_mode(mode)
    if mode == VOTES:
        # Outcomes are 0, 0.5 or 1 for the first value: three rows per pair at most.
        unit = vote_pair * 3 + np.rint(first_wins * 2).astype(np.int64)
    else:
        alone = participant < 0
        unit = np.where(alone, participant.max(initial=-1) + 1 + np.cumsum(alone) - 1, participant)
    codes, unit = np.unique(unit, return_inverse=True)
    size = (n_pairs, len(codes))
    played = sparse.csr_matrix((np.ones(len(unit)), (vote_pair, unit)), shape=size)
    won = sparse.csr_matrix((first_wins, (vote_pair, unit)), shape=size)
    if mode == VOTES:
        votes_per_unit = np.bincount(unit, minlength=len(codes)).astype(float)
        # A multinomial over the distinct rows with their counts as odds is the vote bootstrap;
        # one draw of a row is one vote, so each column is scaled down to a single vote.
        one_vote = sparse.diags(1.0 / votes_per_unit)
        return Units((played @ one_vote).tocsr(), (won @ one_vote).tocsr(), unit)
    return Units(played, won, np.arange(len(codes)))


def samples(units: Units, count: int, seed: int) -> Iterator[tuple[Floats, Floats]]:
    """(games played, first value's wins) per pair for each of `count` bootstrap samples."""
    rng = np.random.default_rng(seed)
    slots, n_units = len(units.slot_unit), units.played.shape[1]
    for _ in range(count):
        # Indices drawn with replacement, then counted: an exact multinomial, cheaper than
        # rng.multinomial over tens of thousands of units.
        picked = units.slot_unit[rng.integers(0, slots, slots)]
        drawn = np.bincount(picked, minlength=n_units).astype(float)
        yield units.played @ drawn, units.won @ drawn
