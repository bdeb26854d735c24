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
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from desktop.core.graph.values import Value
from desktop.core.graph.votes import Vote
from desktop.services.graph import Story
from desktop.ui.graph.graph_picture import MEASURES
from desktop.ui.graph.graph_replay import Frame

MAX_MOVES, MAX_COMMENTS, MAX_STORIES = 8, 5, 4


def measure_names() -> dict[str, str]:
    """The measures the discs can be sized by, named in the interface's language."""
    return {"pagerank": QCoreApplication.translate("GraphCard", "Our PageRank"),
            "mge_pagerank": QCoreApplication.translate("GraphCard", "MGE PageRank"),
            "bt_score": QCoreApplication.translate("GraphCard", "Bradley-Terry")}


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
        heading = QCoreApplication.translate("GraphCard", "Where their attention goes")
        parts.append(f"<p{_ui()}><b>{heading}</b></p><ul>{items}</ul>")
    parts.append(_rank_html(facts))
    if bridging is not None and facts.rank:
        parts.append(_bridging_html(*bridging))
    parts += _moves_html(facts, titles)
    parts += _comments_html(comments, titles)
    parts += _stories_html(stories, titles)
    return "".join(parts)


def _ui() -> str:
    """The direction of the interface's own lines; the study's words keep their own."""
    return ' dir="rtl"' if QGuiApplication.isRightToLeft() else ""


def _score(value: float) -> str:
    return "–" if math.isnan(value) else f"{value:.3g}"


def _rank_html(facts: ValueFacts) -> str:
    if facts.rank == 0:
        return "<p{}><i>{}</i></p>".format(_ui(), QCoreApplication.translate(
            "GraphCard", "No votes on this value at this point of the replay."))
    mge = facts.scores["mge_pagerank"]
    mge_text = _score(mge) if not math.isnan(mge) else QCoreApplication.translate(
        "GraphCard", "– (not in MGE's graph yet)")
    interval = (f" [{facts.interval[0]:.2f}, {facts.interval[1]:.2f}]" if facts.interval
                else "")
    rank = QCoreApplication.translate("GraphCard", "Rank {rank} of {ranked}").format(
        rank=facts.rank, ranked=facts.ranked)
    lines = QCoreApplication.translate(
        "GraphCard", "{rank} by {measure}<br>Our PageRank {ours} · MGE PageRank {mge}<br>"
        "Bradley-Terry {bt}{interval}<br>Votes won {won}, lost {lost}")
    return f"<p{_ui()}>" + lines.format(
        rank=f"<b>{rank}</b>", measure=measure_names()[facts.measure],
        ours=_score(facts.scores["pagerank"]), mge=mge_text,
        bt=_score(facts.scores["bt_score"]), interval=interval, won=facts.votes_for,
        lost=facts.votes_against) + "</p>"


def _bridging_html(field_name: str, groups: tuple[str, ...]) -> str:
    name, listed = escape(field_name), escape(", ".join(groups))
    if len(groups) >= 2:
        text = QCoreApplication.translate(
            "GraphCard", "<b>Bridging across {field}:</b> people from {count} {field} groups "
            "moved towards this value ({groups}).")
    elif groups:
        text = QCoreApplication.translate(
            "GraphCard", "<b>Not bridging across {field}:</b> only people from {groups} moved "
            "towards it so far.")
    else:
        text = QCoreApplication.translate(
            "GraphCard", "<b>Not bridging across {field}:</b> no {field} group moved towards it "
            "so far.")
    return f"<p{_ui()}>{text.format(field=name, groups=listed, count=len(groups))}</p>"


def _moves_html(facts: ValueFacts, titles: Mapping[str, str]) -> list[str]:
    parts = []
    for heading, moves in ((QCoreApplication.translate("GraphCard", "Moving here from"),
                            facts.moves_in),
                           (QCoreApplication.translate("GraphCard", "Moving from here to"),
                            facts.moves_out)):
        if not moves:
            continue
        items = "".join(f"<li>{_move_text(m, titles)}</li>" for m in moves)
        parts.append(f"<p{_ui()}><b>{heading}</b></p><ul{_ui()}>{items}</ul>")
    return parts


def _move_text(move: Move, titles: Mapping[str, str]) -> str:
    if move.kept:
        text = QCoreApplication.translate(
            "GraphCard", "{value}: {wiser} wiser, {not_wiser} not wiser, {unsure} not sure "
            "(kept edge)")
    else:
        text = QCoreApplication.translate(
            "GraphCard", "{value}: {wiser} wiser, {not_wiser} not wiser, {unsure} not sure")
    return text.format(value=escape(titles.get(move.other_id, move.other_id)), wiser=move.wiser,
                       not_wiser=move.not_wiser, unsure=move.unsure)


def _comments_html(comments: Sequence[Vote], titles: Mapping[str, str]) -> list[str]:
    if not comments:
        return []
    on_moving = QCoreApplication.translate("GraphCard", "(on moving from {source} to {target})")
    items = "".join(
        f"<li>“{escape(vote.comment)}” <small>" + on_moving.format(
            source=escape(titles.get(vote.from_value_id, vote.from_value_id)),
            target=escape(titles.get(vote.to_value_id, vote.to_value_id))) + "</small></li>"
        for vote in comments[-MAX_COMMENTS:])
    heading = QCoreApplication.translate("GraphCard", "Why, in voters' words")
    return [f"<p{_ui()}><b>{heading}</b></p><ul{_ui()}>{items}</ul>"]


def _stories_html(stories: Sequence[Story], titles: Mapping[str, str]) -> list[str]:
    if not stories:
        return []
    # Right to left, the story (the study's words) is a paragraph of its own: its own direction.
    between = "</p><p>" if _ui() else "<br>"
    items = "".join(
        f"<p{_ui()}><small>{_story_heading(s, titles)}</small>{between}{escape(s.text)}</p>"
        for s in stories[:MAX_STORIES])
    heading = QCoreApplication.translate("GraphCard", "Upgrade stories")
    return [f"<p{_ui()}><b>{heading}</b></p>{items}"]


def _story_heading(story: Story, titles: Mapping[str, str]) -> str:
    if story.status == "draft":
        text = QCoreApplication.translate("GraphCard", "From {source} to {target} (draft)")
    else:
        text = QCoreApplication.translate("GraphCard", "From {source} to {target}")
    return text.format(source=escape(titles.get(story.from_value_id, story.from_value_id)),
                       target=escape(titles.get(story.to_value_id, story.to_value_id)))
