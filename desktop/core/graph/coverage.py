"""How often Bradley-Terry bootstrap intervals hold the truth, on synthetic studies of known
strengths.

The identifiable quantity is the centred log-strength (true strength minus the mean over the values
the study's votes touch): scores are only defined up to a constant, and the fit centres to mean 0.
The studies have no "not sure" answers: synthetic ones ignore the strengths, so the truth would
not be what the fit estimates.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop.core.graph.bradley_terry import bootstrap_intervals
from desktop.core.graph.synthetic import generate_votes, latent_strengths


@dataclass(frozen=True)
class Coverage:
    """Share of (study, value) cases whose 95 % interval held the true centred strength."""

    share: float
    cases: int
    studies: int
    median_width: float


def coverage(
    studies: int,
    *,
    resample: str,
    n_values: int = 12,
    n_votes: int = 960,
    n_participants: int = 60,
    samples: int = 200,
    level: float = 0.95,
    seed: int = 0,
) -> Coverage:
    """Simulate `studies` studies (participants cast about n_votes / n_participants votes each),
    bootstrap each, and count the true centred strengths inside the intervals."""
    held, widths = [], []
    for study in range(studies):
        study_seed = seed * 100_003 + study
        votes = generate_votes(n_values, n_votes, n_participants=n_participants, seed=study_seed,
                               pairs_per_value=3, not_sure_rate=0.0)
        truth = latent_strengths(n_values, seed=study_seed)
        intervals = bootstrap_intervals(votes, samples, seed=study_seed, level=level,
                                        resample=resample)
        ids = list(intervals)
        true = np.array([truth[value_id] for value_id in ids])
        true -= true.mean()
        low = np.array([intervals[value_id].low for value_id in ids])
        high = np.array([intervals[value_id].high for value_id in ids])
        held.extend(((low <= true) & (true <= high)).tolist())
        widths.extend((high - low).tolist())
    return Coverage(float(np.mean(held)), len(held), studies, float(np.median(widths)))
