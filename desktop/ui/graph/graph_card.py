"""A value's card for the details panel: its text, rank, votes and stories, as escaped HTML.

Titles, policies, comments and stories are participants' text: every piece goes through
html.escape, so "<b>" in a title shows as "<b>", never as bold.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html import escape

import numpy as np

from desktop.core.graph.values import Value
from desktop.core.graph.votes import Vote
from desktop.services.graph import Story
from desktop.ui.graph.graph_picture import MEASURES
from desktop.ui.graph.graph_replay import Frame

MAX_MOVES, MAX_COMMENTS, MAX_STORIES = 8, 5, 4


@dataclass(frozen=True)
class Move:
    """Votes on moving between this value and another, one direction."""

    other_id: str
    wiser: int
    not_wiser: int
    unsure: int
    kept: bool


@dataclass(frozen=True)
class ValueFacts:
    value_id: str
    rank: int  # 1 = best by the chosen measure; 0 = not voted on yet
    ranked: int
    measure: str
    scores: dict[str, float]  # measure -> score (NaN: none)
    interval: tuple[float, float] | None
    votes_for: int
    votes_against: int
    moves_in: list[Move] = field(default_factory=list)  # others -> this value
    moves_out: list[Move] = field(default_factory=list)  # this value -> others


def value_facts(frame: Frame, value_id: str, measure: str, ranked_ids: Sequence[str],
                interval: tuple[float, float] | None = None) -> ValueFacts:
    """What the frame says about one value; `ranked_ids` is the picture's best-first order."""
    state = frame.state
    index = list(state.value_ids).index(value_id) if value_id in state.value_ids else -1
    if index < 0 or not state.present[index]:
        return ValueFacts(value_id, 0, len(ranked_ids), measure, {}, None, 0, 0)
    scores = {name: float(state.score(name)[index]) for name in MEASURES}
    edges = state.edges
    return ValueFacts(
        value_id, ranked_ids.index(value_id) + 1, len(ranked_ids), measure, scores, interval,
        int(state.votes_for[index]), int(state.votes_against[index]),
        _moves(frame, edges.target == index, edges.source),
        _moves(frame, edges.source == index, edges.target))


def _moves(frame: Frame, rows: np.ndarray, others: np.ndarray) -> list[Move]:
    edges = frame.state.edges
    picked = np.flatnonzero(rows & (edges.counts[:, :4].sum(axis=1) - edges.counts[:, 2] > 0))
    picked = picked[np.argsort(-edges.counts[picked, 4], kind="stable")][:MAX_MOVES]
    ids = frame.state.value_ids
    return [Move(ids[int(others[row])], int(edges.counts[row, 0]), int(edges.counts[row, 1]),
                 int(edges.counts[row, 3]), bool(edges.kept[row])) for row in picked]


def card_html(value: Value | None, facts: ValueFacts, titles: Mapping[str, str],
              comments: Sequence[Vote], stories: Sequence[Story],
              bridging: tuple[str, tuple[str, ...]] | None = None) -> str:
    """The whole card; `titles` names the other values, `comments` are votes with a reason,
    `bridging` is (demographic field, the groups that moved towards this value) when on."""
    title = value.title if value else facts.value_id
    parts = [f"<h3>{escape(title)}</h3>"]
    if value and value.description:
        parts.append(f"<p>{escape(value.description)}</p>")
    if value and value.policies:
        items = "".join(f"<li>{escape(policy)}</li>" for policy in value.policies)
        parts.append(f"<p><b>Where their attention goes</b></p><ul>{items}</ul>")
    parts.append(_rank_html(facts))
    if bridging is not None and facts.rank:
        parts.append(_bridging_html(*bridging))
    parts += _moves_html(facts, titles)
    parts += _comments_html(comments, titles)
    parts += _stories_html(stories, titles)
    return "".join(parts)


def _score(value: float) -> str:
    return "–" if math.isnan(value) else f"{value:.3g}"


def _rank_html(facts: ValueFacts) -> str:
    if facts.rank == 0:
        return "<p><i>No votes on this value at this point of the replay.</i></p>"
    mge = facts.scores["mge_pagerank"]
    mge_text = _score(mge) if not math.isnan(mge) else "– (not in MGE's graph yet)"
    interval = (f" [{facts.interval[0]:.2f}, {facts.interval[1]:.2f}]" if facts.interval
                else "")
    return (f"<p><b>Rank {facts.rank} of {facts.ranked}</b> by {MEASURES[facts.measure]}<br>"
            f"Our PageRank {_score(facts.scores['pagerank'])} · MGE PageRank {mge_text}<br>"
            f"Bradley-Terry {_score(facts.scores['bt_score'])}{interval}<br>"
            f"Votes won {facts.votes_for}, lost {facts.votes_against}</p>")


def _bridging_html(field_name: str, groups: tuple[str, ...]) -> str:
    name, listed = escape(field_name), escape(", ".join(groups))
    if len(groups) >= 2:
        return (f"<p><b>Bridging across {name}:</b> people from {len(groups)} {name} groups "
                f"moved towards this value ({listed}).</p>")
    if groups:
        return (f"<p><b>Not bridging across {name}:</b> only people from {listed} moved "
                "towards it so far.</p>")
    return f"<p><b>Not bridging across {name}:</b> no {name} group moved towards it so far.</p>"


def _moves_html(facts: ValueFacts, titles: Mapping[str, str]) -> list[str]:
    parts = []
    for heading, moves in (("Moving here from", facts.moves_in),
                           ("Moving from here to", facts.moves_out)):
        if not moves:
            continue
        items = "".join(
            f"<li>{escape(titles.get(m.other_id, m.other_id))}: {m.wiser} wiser, "
            f"{m.not_wiser} not wiser, {m.unsure} not sure{' (kept edge)' if m.kept else ''}"
            f"</li>" for m in moves)
        parts.append(f"<p><b>{heading}</b></p><ul>{items}</ul>")
    return parts


def _comments_html(comments: Sequence[Vote], titles: Mapping[str, str]) -> list[str]:
    if not comments:
        return []
    items = "".join(
        f"<li>“{escape(vote.comment)}” <small>(on moving from "
        f"{escape(titles.get(vote.from_value_id, vote.from_value_id))} to "
        f"{escape(titles.get(vote.to_value_id, vote.to_value_id))})</small></li>"
        for vote in comments[-MAX_COMMENTS:])
    return [f"<p><b>Why, in voters' words</b></p><ul>{items}</ul>"]


def _stories_html(stories: Sequence[Story], titles: Mapping[str, str]) -> list[str]:
    if not stories:
        return []
    items = "".join(
        f"<p><small>From {escape(titles.get(s.from_value_id, s.from_value_id))} to "
        f"{escape(titles.get(s.to_value_id, s.to_value_id))}"
        f"{' (draft)' if s.status == 'draft' else ''}</small><br>{escape(s.text)}</p>"
        for s in stories[:MAX_STORIES])
    return [f"<p><b>Upgrade stories</b></p>{items}"]
