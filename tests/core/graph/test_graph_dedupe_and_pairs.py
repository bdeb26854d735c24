"""Dedupe suggestions of cards, and the choice of pairs to vote on."""

from __future__ import annotations

from desktop.core.graph.dedupe import CardText, suggest_groups
from desktop.core.graph.pairs import Candidate, choose_pairs, pair_stats
from desktop.core.graph.votes import Vote

LISTENING = ("MOMENTS when the other person feels heard",
             "SILENCES that give them room to think", "QUESTIONS that open up their story")


def card(card_id: str, policies: tuple[str, ...], description: str = "") -> CardText:
    return CardText(card_id, card_id.title(), description, policies)


def test_cards_with_the_same_policies_in_any_order_are_grouped() -> None:
    cards = [card("a", LISTENING), card("b", tuple(reversed(LISTENING)), "I listen fully."),
             card("c", ("CHOICES that keep everyone safe on the road",
                        "RISKS that grow with age", "CONVERSATIONS held with respect"))]
    groups = suggest_groups(cards)
    assert [set(g.card_ids) for g in groups] == [{"a", "b"}]
    assert groups[0].canonical_card_id == "b"  # same policies, but it has a description
    assert groups[0].weakest_link > 0.99


def test_a_reworded_card_joins_and_an_unrelated_one_does_not() -> None:
    reworded = ("MOMENTS when the other person truly feels heard",
                "SILENCES that give them room to think", "QUESTIONS that open their story")
    cards = [card("a", LISTENING), card("b", reworded), card("c", ("GOALS for the business",))]
    groups = suggest_groups(cards)
    assert len(groups) == 1 and set(groups[0].card_ids) == {"a", "b"}
    assert suggest_groups(cards, threshold=0.99) == []


def test_groups_are_transitive_single_link() -> None:
    x = ("ALPHA beta gamma", "DELTA epsilon")
    y = ("ALPHA beta gamma", "DELTA epsilon", "ZETA eta")
    z = ("ALPHA beta gamma", "ZETA eta")
    groups = suggest_groups([card("x", x), card("y", y), card("z", z)], threshold=0.5)
    assert [set(g.card_ids) for g in groups] == [{"x", "y", "z"}]


def vote(participant: str, src: str, dst: str, relationship: str = "upgrade") -> Vote:
    return Vote(f"{participant}{src}{dst}", participant, "ctx", src, dst, relationship,
                "2024-01-01T00:00:00Z")


def test_pairs_mix_popular_converging_and_sparse_and_skip_answered() -> None:
    stories = [Candidate(f"s{i}", "ctx", a, b) for i, (a, b) in
               enumerate([("a", "b"), ("c", "d"), ("e", "f"), ("g", "h"), ("b", "a")])]
    votes = ([vote(p, "a", "b") for p in ("p1", "p2", "p3", "p4")]  # popular
             + [vote("p1", "c", "d"), vote("p2", "c", "d")]  # converging: agree, only 2
             + [vote("p1", "e", "f", "upgrade"), vote("p2", "e", "f", "no_upgrade")])
    chosen = choose_pairs(stories, votes, participant_id="new", count=3)
    assert [c.story_id for c in chosen] == ["s0", "s1", "s3"]  # popular, converging, sparse
    assert pair_stats(votes)["ctx", "c", "d"].agreement == 1.0
    mine = choose_pairs(stories, votes, participant_id="p1", count=10)
    assert {c.story_id for c in mine} == {"s3"}  # a->b answered covers its reverse b->a


def test_a_story_and_its_reverse_are_not_both_shown() -> None:
    stories = [Candidate("forward", "ctx", "a", "b"), Candidate("reverse", "ctx", "b", "a")]
    assert len(choose_pairs(stories, [], participant_id="p", count=5)) == 1
