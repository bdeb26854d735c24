"""The graph view's Qt-free parts: the replay model, the picture geometry and the value card."""

from __future__ import annotations

import numpy as np

from desktop.core.graph.synthetic import generate_votes
from desktop.core.graph.values import Value
from desktop.core.graph.votes import Vote
from desktop.store.graph import Story
from desktop.ui.graph.graph_card import card_html, value_facts
from desktop.ui.graph.graph_picture import (
    ARROW_LENGTH,
    MAX_RADIUS,
    MIN_RADIUS,
    picture,
    width_step,
)
from desktop.ui.graph.graph_replay import GraphReplay


def replay_of(votes: list[Vote]) -> GraphReplay:
    replay = GraphReplay(votes)
    replay.relayout()
    return replay


def test_filters_and_steps_never_move_a_value() -> None:
    replay = replay_of(generate_votes(40, 500, n_contexts=2, seed=1))
    whole = replay.select(None)
    where = dict(zip(whole.state.value_ids, whole.positions.tolist(), strict=True))
    for frame in (replay.select("context-1"), replay.seek(100), replay.seek(3),
                  replay.select(None, "a group", {"participant-00001", "participant-00002"})):
        for value_id, xy in zip(frame.state.value_ids, frame.positions.tolist(), strict=True):
            assert xy == where[value_id]
    assert replay.select("context-1").state.value_ids != whole.state.value_ids


def test_new_votes_place_newcomers_and_follow_the_newest_vote_only_at_the_end() -> None:
    votes = generate_votes(30, 300, seed=2)
    replay = replay_of(votes)
    before = replay.select(None)
    where = dict(zip(before.state.value_ids, before.positions.tolist(), strict=True))
    newer = Vote("new-1", "p", "context-0", "value-00003", "brand-new", "upgrade",
                 "2030-01-01T00:00:00Z")
    after = replay.add_votes([newer])
    assert after.state.step == after.total_steps == 301
    for value_id, xy in zip(after.state.value_ids, after.positions.tolist(), strict=True):
        assert value_id == "brand-new" or xy == where[value_id]
    replay.seek(10)
    later = Vote("new-2", "p", "context-0", "brand-new", "value-00004", "upgrade",
                 "2030-01-02T00:00:00Z")
    assert replay.add_votes([later]).state.step == 10  # the study lead was looking back


def test_sizes_follow_the_measure_and_arrows_end_at_the_wiser_value() -> None:
    replay = replay_of(generate_votes(25, 800, seed=3))
    frame = replay.select(None)
    for measure in ("pagerank", "mge_pagerank", "bt_score"):
        shown = picture(frame, measure)
        assert MIN_RADIUS - 1e-12 <= shown.radius.min() <= shown.radius.max() <= MAX_RADIUS
        scores = np.array([frame.state.score(measure)[list(frame.state.value_ids).index(v)]
                           for v in shown.value_ids])
        scored = np.isfinite(scores)
        assert (np.diff(scores[scored]) <= 0).all()  # best first
        assert (np.diff(shown.radius[scored]) <= 1e-12).all()
    shown = picture(frame, "pagerank")
    kept = int(frame.state.edges.kept.sum())
    assert 0 < len(shown.arrows) // 4 <= kept
    assert sum(len(lines) for lines in shown.edges) // 2 == len(shown.arrows) // 4
    tips, bases = shown.arrows[0::4], (shown.arrows[1::4] + shown.arrows[2::4]) / 2
    assert np.allclose(np.hypot(*(tips - bases).T), ARROW_LENGTH)


def test_a_disc_is_found_under_the_pointer_and_widths_step_by_votes() -> None:
    frame = replay_of(generate_votes(10, 120, seed=4)).select(None)
    shown = picture(frame, "bt_score")
    x, y = shown.xy[0]
    assert shown.value_at(x, y) == shown.value_ids[0]
    assert shown.value_at(x + 1000, y) is None
    assert width_step(np.array([1, 2, 3, 4, 7, 8, 16, 500])).tolist() == [0, 0, 0, 1, 1, 2, 3, 3]


def test_a_pair_is_drawn_faint_only_when_neither_direction_is_kept() -> None:
    votes = [Vote(f"v{i}", f"p{i}", "c", "a", "b", "upgrade", f"2024-01-01T00:00:{i:02d}Z")
             for i in range(3)]
    votes.append(Vote("v9", "p9", "c", "b", "c", "upgrade", "2024-01-01T00:01:00Z"))
    shown = picture(replay_of(votes).select(None), "pagerank")
    assert len(shown.arrows) == 4  # a -> b kept (3 wiser votes), b -> c not (1 vote)
    assert len(shown.pairs) == 2


def test_the_card_escapes_participants_text() -> None:
    votes = [Vote(f"v{i}", f"p{i}", "c", "a", "b", "upgrade", f"2024-01-01T00:00:{i:02d}Z",
                  comment="<script>x</script>" if i == 0 else "") for i in range(3)]
    frame = replay_of(votes).select(None)
    shown = picture(frame, "pagerank")
    value = Value("b", "<b>Bold</b> & brave", "desc <i>", ("POLICY <u>one</u>",))
    story = Story("s", "c", "a", "b", "I was <em>wrong</em>.", "draft", "", "", False)
    html = card_html(value, value_facts(frame, "b", "pagerank", shown.value_ids, (0.1, 0.9)),
                     {"a": "A & <a>", "b": value.title}, [votes[0]], [story])
    for raw in ("<b>Bold", "<script>", "<i>", "<u>", "<em>", "<a>"):
        assert raw not in html
    for escaped in ("&lt;b&gt;Bold&lt;/b&gt; &amp; brave", "&lt;script&gt;", "POLICY &lt;u&gt;",
                    "I was &lt;em&gt;wrong", "A &amp; &lt;a&gt;", "Rank 1 of 2", "[0.10, 0.90]",
                    "3 wiser", "(draft)"):
        assert escaped in html


def test_the_card_of_a_value_not_voted_on_yet_says_so() -> None:
    replay = replay_of(generate_votes(10, 100, seed=5))
    frame = replay.seek(0)
    facts = value_facts(frame, "value-00001", "pagerank", [])
    assert facts.rank == 0
    assert "No votes on this value" in card_html(None, facts, {}, [], [])
