"""Geometry of the graph picture, Qt-free: node sizes from a ranking, edges and arrowheads.

Lengths are in layout units (the ideal distance between two values voted against each other is
1), so nodes, lines and arrowheads scale together when the study lead zooms.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from desktop.ui.graph.graph_replay import Frame

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]

MEASURES = ("pagerank", "mge_pagerank", "bt_score")  # named by graph_card.measure_names
MIN_RADIUS, MAX_RADIUS = 0.07, 0.3  # neighbours sit about 1 apart: discs rarely touch
SHADES = 6
# Kept edges are drawn in widths by how many people marked the move wiser: 2-3, 4-7, 8-15, 16+.
WIDTH_STEPS = 4
ARROW_LENGTH, ARROW_HALF_WIDTH = 0.2, 0.09


@dataclass(frozen=True)
class Picture:
    """One frame ready to draw. Rows are the values voted on so far, best first."""

    value_ids: list[str]
    xy: Floats  # (values, 2)
    radius: Floats
    shade: Ints  # 0 (lowest score) .. SHADES - 1
    scored: Bools  # False where the measure gives no score (MGE's filter left the value out)
    pairs: Floats  # (2 * pairs, 2): centre-to-centre lines of pairs voted on but not kept
    edges: tuple[Floats, ...]  # per width step: (2 * edges, 2) lines of kept edges
    arrows: Floats  # (4 * edges, 2): tip, one side, other side, tip again
    state_index: Ints  # each row's index in the frame's state (its value_ids, its scores)
    links: Ints  # (lines, 2): the rows at both ends of every line drawn, edges then pairs

    def row_of(self, value_id: str) -> int | None:
        try:
            return self.value_ids.index(value_id)
        except ValueError:
            return None

    def value_at(self, x: float, y: float) -> str | None:
        """The value whose disc covers (x, y); the nearest one if several do."""
        if not self.value_ids:
            return None
        distance = np.hypot(self.xy[:, 0] - x, self.xy[:, 1] - y)
        nearest = int(np.argmin(distance - self.radius))
        return self.value_ids[nearest] if distance[nearest] <= self.radius[nearest] else None


def picture(frame: Frame, measure: str) -> Picture:
    """Sizes, shades and edges of `frame` with values sized by `measure` (see MEASURES)."""
    state = frame.state
    shown = np.flatnonzero(state.present)
    score = state.score(measure)[shown]
    scored = np.isfinite(score)
    order = np.lexsort((shown, -np.where(scored, score, -np.inf)))  # best first, stable ties
    shown, score, scored = shown[order], score[order], scored[order]
    share = _normalised(score, scored)
    row = np.full(len(state.value_ids), -1)
    row[shown] = np.arange(len(shown))
    xy = frame.positions[shown] if len(shown) else np.zeros((0, 2))
    radius = MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * np.sqrt(share)
    edges = state.edges
    kept = edges.kept
    lines, arrows, drawn = _kept_edges(xy, radius, row[edges.source[kept]],
                                       row[edges.target[kept]], edges.wiser[kept])
    faint = _faint_pairs(row, frame)
    return Picture(
        value_ids=[state.value_ids[i] for i in shown], xy=xy, radius=radius,
        shade=np.minimum((share * SHADES).astype(np.int64), SHADES - 1), scored=scored,
        pairs=xy[faint.reshape(-1)] if len(faint) else np.zeros((0, 2)), edges=lines,
        arrows=arrows, state_index=shown, links=np.concatenate([drawn, faint]))


def _normalised(score: Floats, scored: Bools) -> Floats:
    """Scores mapped to 0..1 among the scored values; unscored values get 0."""
    share = np.zeros(len(score))
    if not scored.any():
        return share
    low, high = score[scored].min(), score[scored].max()
    share[scored] = (score[scored] - low) / (high - low) if high > low else 0.5
    return share


def width_step(wiser: Floats) -> Ints:
    """0 for 2-3 wiser votes, 1 for 4-7, 2 for 8-15, 3 for 16 and more (1 vote counts as 0)."""
    steps: Ints = np.clip(np.floor(np.log2(np.maximum(wiser, 1.0))) - 1, 0,
                          WIDTH_STEPS - 1).astype(np.int64)
    return steps


def _kept_edges(xy: Floats, radius: Floats, source: Ints, target: Ints,
                wiser: Floats) -> tuple[tuple[Floats, ...], Floats, Ints]:
    """Lines from the source's rim to the arrow's base, arrowheads at the wiser value's rim,
    and the (source, wiser) rows of the edges drawn."""
    delta = xy[target] - xy[source]
    length = np.hypot(delta[:, 0], delta[:, 1])
    room = length > radius[source] + radius[target] + ARROW_LENGTH  # overlapping discs: skip
    source, target, delta, length = source[room], target[room], delta[room], length[room]
    unit = delta / length[:, None]
    start = xy[source] + unit * radius[source][:, None]
    tip = xy[target] - unit * radius[target][:, None]
    base = tip - unit * ARROW_LENGTH
    side = np.stack([-unit[:, 1], unit[:, 0]], axis=1) * ARROW_HALF_WIDTH
    arrows = np.stack([tip, base + side, base - side, tip], axis=1).reshape(-1, 2)
    step = width_step(wiser[room])
    lines = tuple(np.stack([start[step == s], base[step == s]], axis=1).reshape(-1, 2)
                  for s in range(WIDTH_STEPS))
    return lines, arrows, np.stack([source, target], axis=1).reshape(-1, 2)


def _faint_pairs(row: Ints, frame: Frame) -> Ints:
    """The rows of each unordered pair voted on whose neither direction passed MGE's filter,
    once: (pairs, 2)."""
    edges = frame.state.edges
    either_kept = edges.kept | edges.kept[edges.reverse]
    faint = (edges.source < edges.target) & ~either_kept
    return np.stack([row[edges.source[faint]], row[edges.target[faint]]], axis=1).reshape(-1, 2)
