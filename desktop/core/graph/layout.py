"""Stable positions for the values of the moral graph: placed once, then never moved by new votes.

A full force-directed layout (Fruchterman-Reingold with a little gravity) runs only on demand.
Between two such runs, a value that appears is placed next to the values it was voted against,
and only the newcomers are relaxed, so the picture the study lead knows stays where it was.
Everything is deterministic for a seed: ids are sorted and jitter comes from a hash of the id.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]

EDGE_LENGTH = 1.0  # the ideal distance between two values that were voted against each other
GRAVITY = 1.0  # keeps separate components from drifting apart
WORK_PER_LAYOUT = 120 * 2000**2  # pair forces a full layout computes: about 1.5 s here
ROW_CHUNK = 256  # rows of the pairwise distance matrix computed at once (bounded memory)
FULL_ITERATIONS = 120  # fewer on graphs above 2,000 values, to bound the time
LOCAL_ITERATIONS = 30


@dataclass(frozen=True)
class LayoutEdges:
    """Undirected weighted edges between value indices (0..n_values-1)."""

    first: Ints
    second: Ints
    weight: Floats

    @classmethod
    def build(cls, index: Mapping[str, int],
              edges: Iterable[tuple[str, str, float]]) -> LayoutEdges:
        """Edges whose ends are both in `index`; others are ignored."""
        rows = [(index[a], index[b], w) for a, b, w in edges if a in index and b in index]
        if not rows:
            return cls(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
        first, second, weight = zip(*rows, strict=True)
        # Relative weights: the mean spring has the ideal length, however many votes there are.
        weights = np.array(weight, float)
        return cls(np.array(first, np.int64), np.array(second, np.int64),
                   weights / weights.mean())


def id_angle(value_id: str, seed: int) -> float:
    """A direction in [0, 2*pi) fixed by the id and the seed (Python's hash() is salted)."""
    return zlib.crc32(f"{seed}:{value_id}".encode()) / 2**32 * 2.0 * np.pi


def _repulsion(positions: Floats, movers: Ints) -> Floats:
    """Fruchterman-Reingold repulsion k^2/d on each mover from every other value.

    Exact, O(movers x values) in float32: about 10 ms a step for 2,000 values here. A grid
    (their "grid variant") was tried and was slower: the core of a voted graph is dense.
    """
    force = np.zeros((len(movers), 2))
    rows, others = positions[movers].astype(np.float32), positions.astype(np.float32)
    for start in range(0, len(movers), ROW_CHUNK):
        dx = rows[start:start + ROW_CHUNK, 0, None] - others[None, :, 0]
        dy = rows[start:start + ROW_CHUNK, 1, None] - others[None, :, 1]
        inverse = 1.0 / np.maximum(dx * dx + dy * dy, np.float32(1e-4))  # self-pairs: dx = 0
        force[start:start + ROW_CHUNK, 0] = (dx * inverse).sum(axis=1)
        force[start:start + ROW_CHUNK, 1] = (dy * inverse).sum(axis=1)
    return force * EDGE_LENGTH**2


def _attraction(positions: Floats, edges: LayoutEdges) -> Floats:
    """Spring pull d^2/k along each edge, stronger for pairs with more votes."""
    force = np.zeros_like(positions)
    if len(edges.first) == 0:
        return force
    delta = positions[edges.first] - positions[edges.second]
    distance = np.sqrt((delta**2).sum(axis=1))
    pull = delta * (distance * edges.weight / EDGE_LENGTH)[:, None]
    for axis in (0, 1):
        force[:, axis] -= np.bincount(edges.first, pull[:, axis], len(positions))
        force[:, axis] += np.bincount(edges.second, pull[:, axis], len(positions))
    return force


def relax(positions: Floats, edges: LayoutEdges, movers: Ints, *, iterations: int,
          start_step: float | None = None) -> Floats:
    """Move only `movers` by force-directed steps of cooling size; returns the new positions."""
    positions = positions.copy()
    if len(movers) == 0 or iterations <= 0:
        return positions
    step = start_step if start_step is not None else max(1.0, np.sqrt(len(positions))) * 0.1
    for iteration in range(iterations):
        force = _repulsion(positions, movers) + _attraction(positions, edges)[movers]
        force -= GRAVITY * positions[movers]
        length = np.maximum(np.sqrt((force**2).sum(axis=1)), 1e-9)
        limit = step * (1.0 - iteration / iterations) + 0.01
        positions[movers] += force / length[:, None] * np.minimum(length, limit)[:, None]
    return positions


def force_layout(n_values: int, edges: LayoutEdges, *, seed: int = 0,
                 iterations: int = FULL_ITERATIONS) -> Floats:
    """A fresh layout of `n_values` values, shape (n, 2), centred on 0; same seed, same result."""
    if n_values == 0:
        return np.zeros((0, 2))
    iterations = max(min(iterations, WORK_PER_LAYOUT // n_values**2), 20)
    rng = np.random.default_rng(seed)
    radius = np.sqrt(n_values) * EDGE_LENGTH
    start = rng.uniform(-radius, radius, (n_values, 2))
    laid = relax(start, edges, np.arange(n_values), iterations=iterations,
                 start_step=radius * 0.2)
    centred: Floats = laid - laid.mean(axis=0)
    return centred


def normalise_edges(edges: Iterable[tuple[str, str, float]]) -> dict[tuple[str, str], float]:
    """Undirected pair -> summed weight, so that A->B and B->A pull as one spring."""
    pairs: dict[tuple[str, str], float] = {}
    for a, b, weight in edges:
        if a != b:
            key = (a, b) if a < b else (b, a)
            pairs[key] = pairs.get(key, 0.0) + weight
    return pairs


class StableLayout:
    """Positions keyed by value id. `place` adds newcomers without moving anyone else."""

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed
        self._ids: list[str] = []
        self._index: dict[str, int] = {}
        self._positions: Floats = np.zeros((0, 2))

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, value_id: object) -> bool:
        return value_id in self._index

    def position(self, value_id: str) -> tuple[float, float]:
        x, y = self._positions[self._index[value_id]]
        return float(x), float(y)

    def positions(self) -> dict[str, tuple[float, float]]:
        return {value_id: self.position(value_id) for value_id in self._ids}

    def array(self, value_ids: Sequence[str]) -> Floats:
        """Positions of `value_ids` (all placed), shape (len, 2), in that order."""
        rows = np.array([self._index[value_id] for value_id in value_ids], dtype=np.int64)
        found: Floats = self._positions[rows] if len(rows) else np.zeros((0, 2))
        return found

    def relayout(self, value_ids: Iterable[str], edges: Iterable[tuple[str, str, float]],
                 *, iterations: int = FULL_ITERATIONS) -> None:
        """Forget every position and lay out these values afresh (the "Re-layout" button)."""
        ids = sorted(set(value_ids))
        index = {value_id: i for i, value_id in enumerate(ids)}
        pairs = normalise_edges(edges)
        springs = LayoutEdges.build(index, ((a, b, _spring(w)) for (a, b), w in pairs.items()))
        self._ids, self._index = ids, index
        self._positions = force_layout(len(ids), springs, seed=self.seed, iterations=iterations)

    def place(self, value_ids: Iterable[str], edges: Iterable[tuple[str, str, float]],
              *, iterations: int = LOCAL_ITERATIONS) -> list[str]:
        """Place the values not yet placed, near their neighbours; returns them, sorted.

        Placed values never move. Newcomers start next to the mean of their placed
        neighbours (or on the rim when they have none) and are then relaxed among the rest.
        """
        new = sorted({v for v in value_ids if v not in self._index})
        if not new:
            return []
        pairs = normalise_edges(edges)
        guesses = self._first_guesses(new, _neighbours(pairs, set(new)))
        old_count = len(self._ids)
        for value_id in new:
            self._index[value_id] = len(self._ids)
            self._ids.append(value_id)
        self._positions = np.vstack([self._positions, guesses])
        springs = LayoutEdges.build(self._index,
                                    ((a, b, _spring(w)) for (a, b), w in pairs.items()))
        movers = np.arange(old_count, len(self._ids))
        self._positions = relax(self._positions, springs, movers, iterations=iterations,
                                start_step=EDGE_LENGTH * 0.5)
        return new

    def _first_guesses(self, new: list[str], neighbours: Mapping[str, list[str]]) -> Floats:
        guesses: dict[str, Floats] = {}
        pending = list(new)
        while pending:  # rounds: a newcomer next to one placed this round goes in the next
            placed_now = [v for v in pending if self._near(v, neighbours, guesses) is not None]
            if not placed_now:
                break
            for value_id in placed_now:
                centre = self._near(value_id, neighbours, guesses)
                assert centre is not None
                guesses[value_id] = centre + self._offset(value_id, EDGE_LENGTH)
            pending = [v for v in pending if v not in guesses]
        for number, value_id in enumerate(pending):
            guesses[value_id] = self._rim(number, len(pending), value_id)
        return np.array([guesses[v] for v in new]).reshape(len(new), 2)

    def _near(self, value_id: str, neighbours: Mapping[str, list[str]],
              guesses: Mapping[str, Floats]) -> Floats | None:
        known = [self._positions[self._index[n]] for n in neighbours.get(value_id, [])
                 if n in self._index]
        known += [guesses[n] for n in neighbours.get(value_id, []) if n in guesses]
        if not known:
            return None
        centre: Floats = np.mean(known, axis=0)
        return centre

    def _offset(self, value_id: str, length: float) -> Floats:
        angle = id_angle(value_id, self.seed)
        return np.array([np.cos(angle), np.sin(angle)]) * length

    def _rim(self, number: int, count: int, value_id: str) -> Floats:
        """A spot just outside the current picture for a value with no placed neighbour."""
        if len(self._positions) == 0:
            radius = np.sqrt(count) * EDGE_LENGTH * 0.5
            centre = np.zeros(2)
        else:
            centre = self._positions.mean(axis=0)
            radius = float(np.sqrt(((self._positions - centre) ** 2).sum(axis=1)).max())
            radius += EDGE_LENGTH
        angle = id_angle(value_id, self.seed) + number * 2.399963  # golden angle: spread out
        return centre + np.array([np.cos(angle), np.sin(angle)]) * radius


def _spring(weight: float) -> float:
    # Many votes on one pair pull harder, but not so hard that a popular pair collapses.
    return float(np.sqrt(weight))


def _neighbours(pairs: Mapping[tuple[str, str], float], wanted: set[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for a, b in sorted(pairs):
        if a in wanted:
            found.setdefault(a, []).append(b)
        if b in wanted:
            found.setdefault(b, []).append(a)
    return found
