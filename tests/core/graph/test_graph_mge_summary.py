"""MGE's MoralGraphSummary: counts both ways, the three thresholds, entropy quirk, export shape."""

from __future__ import annotations

import math

import pytest

from desktop.core.graph.mge_summary import (
    EdgeCounts,
    all_edges,
    entropy,
    mge_pagerank,
    summarize,
    to_mge_json,
)


def _edges_by_pair(votes):
    return {(e.source_value_id, e.wiser_value_id): e for e in all_edges(votes)}


def test_every_count_including_the_reverse_less_wise_pass(make_vote) -> None:
    votes = [
        make_vote("a", "b", "upgrade", context="c1"),
        make_vote("a", "b", "no_upgrade", context="c1"),
        make_vote("a", "b", "not_sure", context="c2"),
        make_vote("b", "a", "upgrade", context="c1"),
        make_vote("a", "c", "no_upgrade", context="c3"),
    ]
    edges = _edges_by_pair(votes)
    # a->b: its three votes, plus "less wise" from the b->a upgrade; 4 impressions in all.
    assert edges["a", "b"].counts == EdgeCounts(
        marked_wiser=1, marked_not_wiser=1, marked_less_wise=1, marked_unsure=1, impressions=4
    )
    # b->a: its own upgrade, plus "less wise" from the a->b upgrade only.
    assert edges["b", "a"].counts == EdgeCounts(marked_wiser=1, marked_less_wise=1, impressions=4)
    # A "no upgrade" gives the reverse pair an impression and nothing else.
    assert edges["c", "a"].counts == EdgeCounts(impressions=1)
    assert edges["a", "c"].counts == EdgeCounts(marked_not_wiser=1, impressions=1)


def test_likelihood_entropy_contexts_and_order(make_vote) -> None:
    votes = [
        make_vote("a", "b", "upgrade", context="c1"),
        make_vote("a", "b", "no_upgrade", context="c1"),
        make_vote("a", "b", "not_sure", context="c2"),
        make_vote("b", "a", "upgrade", context="c1"),
        make_vote("a", "c", "no_upgrade", context="c3"),
    ]
    edges = all_edges(votes)
    # Forward pairs in vote order, then pairs first seen in the reverse pass.
    assert [(e.source_value_id, e.wiser_value_id) for e in edges] == [
        ("a", "b"),
        ("b", "a"),
        ("a", "c"),
        ("c", "a"),
    ]
    ab, ba, ac, ca = edges
    assert ab.contexts == ("c1", "c2") and ba.contexts == ("c1", "c2")
    assert ab.wiser_likelihood == 0.0  # (1 - 1) / 4
    assert ac.wiser_likelihood == 0.0 and ca.wiser_likelihood == 0.0  # nobody judged c->a
    # a->b counts 1,1,1,1,4 of 8: four of 1/8 and one of 1/2 -> 4 * 3/8 + 1/2 = 2 bits.
    assert ab.entropy == pytest.approx(2.0)
    # b->a counts 1,0,1,0,4 of 6: 2/6 * log2(6) + 4/6 * log2(6/4).
    assert ba.entropy == pytest.approx(1.2516291673878228)


def test_entropy_quirk_counts_impressions() -> None:
    # Two wiser, one not wiser, three impressions; 6 in all:
    # 2/6*log2(3) + 1/6*log2(6) + 3/6*log2(2) = 0.52832 + 0.43083 + 0.5 = 1.45915.
    # Without impressions it would be H(2/3, 1/3) = 0.91830.
    counts = EdgeCounts(marked_wiser=2, marked_not_wiser=1, impressions=3)
    assert entropy(counts) == pytest.approx(1.4591479170272448)
    without_impressions = -(2 / 3) * math.log2(2 / 3) - (1 / 3) * math.log2(1 / 3)
    assert entropy(counts) != pytest.approx(without_impressions)


def _kept_pairs(votes, **thresholds):
    return [(e.source_value_id, e.wiser_value_id) for e in summarize(votes, **thresholds).edges]


def test_wiser_threshold_two_is_kept_one_is_not(make_vote) -> None:
    # Both pairs: likelihood 1, entropy 1 bit; only the count of wiser votes differs.
    assert _kept_pairs(make_vote.many(2, "a", "b")) == [("a", "b")]
    assert _kept_pairs(make_vote.many(1, "a", "b")) == []
    assert _kept_pairs(make_vote.many(2, "a", "b"), min_wiser=3) == []


def test_likelihood_threshold_one_third_is_kept_0_32_is_not(make_vote) -> None:
    # 2 wiser, 4 not wiser: likelihood 2/6 = 0.333 >= 0.33; entropy 1.459 <= 1.69.
    inside = make_vote.many(2, "a", "b") + make_vote.many(4, "a", "b", "no_upgrade")
    # 8 wiser, 17 not wiser: likelihood 8/25 = 0.32; entropy 1.452.
    outside = make_vote.many(8, "a", "b") + make_vote.many(17, "a", "b", "no_upgrade")
    assert _kept_pairs(inside) == [("a", "b")]
    assert _kept_pairs(outside) == []
    assert _kept_pairs(inside, min_wiser_likelihood=0.34) == []


def test_entropy_threshold_1_6894_is_kept_1_6922_is_not(make_vote) -> None:
    # 4 wiser, 2 not wiser, 1 unsure, 7 impressions, of 14:
    # 4/14*log2(14/4) + 2/14*log2(7) + 1/14*log2(14) + 1/2 = 1.68939 <= 1.69 (likelihood 4/7).
    inside = (
        make_vote.many(4, "a", "b")
        + make_vote.many(2, "a", "b", "no_upgrade")
        + make_vote.many(1, "a", "b", "not_sure")
    )
    # 7, 3, 2 and 12 of 24: 7/24*log2(24/7) + 3/24*3 + 2/24*log2(12) + 1/2 = 1.69222 > 1.69.
    outside = (
        make_vote.many(7, "a", "b")
        + make_vote.many(3, "a", "b", "no_upgrade")
        + make_vote.many(2, "a", "b", "not_sure")
    )
    assert _edges_by_pair(inside)["a", "b"].entropy == pytest.approx(1.6893917467430877)
    assert _edges_by_pair(outside)["a", "b"].entropy == pytest.approx(1.692215752170299)
    assert _kept_pairs(inside) == [("a", "b")]
    assert _kept_pairs(outside) == []
    assert _kept_pairs(outside, max_entropy=1.7) == [("a", "b")]


def test_less_wise_votes_pull_likelihood_down(make_vote) -> None:
    # a->b: 3 wiser; b->a: 1 upgrade, so a->b has 1 less wise: (3 - 1) / 4 = 0.5.
    votes = make_vote.many(3, "a", "b") + make_vote.many(1, "b", "a")
    assert _edges_by_pair(votes)["a", "b"].wiser_likelihood == pytest.approx(0.5)
    assert _edges_by_pair(votes)["b", "a"].wiser_likelihood == pytest.approx(-0.5)


def test_mge_pagerank_on_a_chain_is_hand_computed(make_vote) -> None:
    # Kept edges a->b and b->c, weight 1 each, N = 3, d = 0.85, as MGE's loop computes it:
    # a = 0.15/3 = 0.05; b = 0.05 + 0.85 a = 0.0925; c = 0.05 + 0.85 b = 0.128625.
    # c is dangling: its rank goes nowhere, so the scores sum to 0.27125, not 1 (MGE's leak).
    summary = summarize(make_vote.many(2, "a", "b") + make_vote.many(2, "b", "c"))
    assert summary.values == pytest.approx({"a": 0.05, "b": 0.0925, "c": 0.128625}, abs=1e-12)


def test_mge_pagerank_splits_rank_by_wiser_likelihood(make_vote) -> None:
    # a->b kept with likelihood 1 (2 wiser), a->c kept with likelihood 0.5 (3 wiser, 1 less
    # wise from c->a, total 4 -> (3 - 1) / 4). a's rank splits 1 : 0.5 between b and c.
    votes = make_vote.many(2, "a", "b") + make_vote.many(3, "a", "c") + [make_vote("c", "a")]
    summary = summarize(votes)
    base = 0.15 / 3
    assert summary.values["a"] == pytest.approx(base)
    assert summary.values["b"] == pytest.approx(base + 0.85 * base * (1 / 1.5))
    assert summary.values["c"] == pytest.approx(base + 0.85 * base * (0.5 / 1.5))


def test_mge_pagerank_runs_exactly_the_given_iterations_from_a_uniform_start(make_vote) -> None:
    edges = summarize(make_vote.many(2, "a", "b")).edges  # a->b at likelihood 1, N = 2
    assert mge_pagerank(edges, max_iterations=0) == pytest.approx({"a": 0.5, "b": 0.5})
    # One round: a = 0.15/2 = 0.075; b = 0.075 + 0.85 * 0.5 = 0.5 (from the uniform start).
    assert mge_pagerank(edges, max_iterations=1) == pytest.approx({"a": 0.075, "b": 0.5})


def test_mge_graph_holds_only_values_on_kept_edges(make_vote) -> None:
    summary = summarize(make_vote.many(2, "a", "b") + make_vote.many(1, "b", "c"))
    assert set(summary.values) == {"a", "b"}
    assert summarize([]).values == {} and summarize([]).edges == ()


def test_to_mge_json_shape(make_vote) -> None:
    summary = summarize(make_vote.many(2, "a", "b", context="When in distress"))
    cards = {
        "a": {"title": "Honest care", "description": "I listen.", "policies": ["MOMENTS x"]},
        "b": {
            "title": "Old style",
            "instructionsShort": "Be kind.",
            "evaluationCriteria": ["CHOICES y"],
        },
    }
    exported = to_mge_json(summary, cards)
    assert [v["id"] for v in exported["values"]] == ["b", "a"]  # highest PageRank first
    assert exported["values"][0] == {
        "id": "b",
        "title": "Old style",
        "description": "Be kind.",
        "policies": ["CHOICES y"],
        "pageRank": summary.values["b"],
    }
    assert exported["edges"] == [
        {
            "sourceValueId": "a",
            "wiserValueId": "b",
            "contexts": ["When in distress"],
            "counts": {
                "markedWiser": 2,
                "markedNotWiser": 0,
                "markedLessWise": 0,
                "markedUnsure": 0,
                "impressions": 2,
            },
            "summary": {"wiserLikelihood": 1.0, "entropy": 1.0},
        }
    ]


def test_to_mge_json_refuses_a_value_without_a_card(make_vote) -> None:
    summary = summarize(make_vote.many(2, "a", "b"))
    with pytest.raises(KeyError, match="'b'"):
        to_mge_json(summary, {"a": {"title": "t"}})


def test_fast_summary_equals_filtering_every_edge() -> None:
    from desktop.core.graph.mge_summary import is_kept
    from desktop.core.graph.synthetic import generate_votes

    votes = generate_votes(60, 3000, seed=9)
    reference = [edge for edge in all_edges(votes) if is_kept(edge)]
    fast = summarize(votes).edges
    assert [(e.source_value_id, e.wiser_value_id, e.contexts, e.counts) for e in fast] == [
        (e.source_value_id, e.wiser_value_id, e.contexts, e.counts) for e in reference]
    for mine, theirs in zip(fast, reference, strict=True):
        assert mine.wiser_likelihood == pytest.approx(theirs.wiser_likelihood, abs=1e-12)
        assert mine.entropy == pytest.approx(theirs.entropy, abs=1e-12)
    assert len(fast) > 10


def test_the_summary_names_every_value_voted_on_first_seen_first(make_vote) -> None:
    """Kept edge or not: the ranking lists every value from it instead of walking the votes."""
    from desktop.core.graph.synthetic import generate_votes

    votes = generate_votes(60, 3000, seed=4)
    walked = list(dict.fromkeys(v for vote in votes for v in (vote.from_value_id,
                                                               vote.to_value_id)))
    summary = summarize(votes)
    assert list(summary.voted_ids) == walked
    on_edges = {v for e in summary.edges for v in (e.source_value_id, e.wiser_value_id)}
    assert on_edges < set(summary.voted_ids)  # some values are on no kept edge
    once = [make_vote("a", "b", "upgrade")]  # one vote: no kept edge, both values named
    assert summarize(once).edges == () and summarize(once).voted_ids == ("a", "b")
    assert summarize([]).voted_ids == ()
