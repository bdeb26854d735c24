"""Suggest which confirmed cards say the same thing, for the study lead to accept or not.

MGE embeds each card's sorted policies and joins near neighbours. Offline, with no embedding
model, we compare the same text (the sorted, normalised policies) by TF-IDF cosine similarity
over words and word pairs, and join cards above a threshold into groups (single link). A
suggestion is only a suggestion: the lead decides, and every decision is stored.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

DEFAULT_THRESHOLD = 0.6
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class CardText:
    card_id: str
    title: str
    description: str
    policies: tuple[str, ...]


@dataclass(frozen=True)
class GroupSuggestion:
    card_ids: tuple[str, ...]
    canonical_card_id: str  # the best-worded card, proposed as the value's wording
    weakest_link: float  # the lowest similarity that joined the group


def policy_text(card: CardText) -> str:
    """MGE's basis for sameness: the policies, normalised and sorted."""
    return " ".join(sorted(" ".join(p.lower().split()) for p in card.policies if p.strip()))


def _terms(text: str) -> Counter[str]:
    words = _WORD.findall(text.lower())
    return Counter(words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)])


def similarity_matrix(cards: Sequence[CardText]) -> list[list[float]]:
    """Cosine similarity of TF-IDF vectors of the cards' policy texts."""
    bags = [_terms(policy_text(card)) for card in cards]
    documents = Counter(term for bag in bags for term in bag)
    weight = {t: math.log((1 + len(bags)) / (1 + n)) + 1 for t, n in documents.items()}
    vectors = [{t: c * weight[t] for t, c in bag.items()} for bag in bags]
    norms = [math.sqrt(sum(v * v for v in vec.values())) or 1.0 for vec in vectors]
    size = len(cards)
    matrix = [[1.0 if i == j else 0.0 for j in range(size)] for i in range(size)]
    for i in range(size):
        for j in range(i + 1, size):
            common = vectors[i].keys() & vectors[j].keys()
            score = sum(vectors[i][t] * vectors[j][t] for t in common) / (norms[i] * norms[j])
            matrix[i][j] = matrix[j][i] = score
    return matrix


def suggest_groups(cards: Sequence[CardText], threshold: float = DEFAULT_THRESHOLD
                   ) -> list[GroupSuggestion]:
    """Groups of two or more cards joined by similarity >= threshold, largest first."""
    matrix = similarity_matrix(cards)
    parent = list(range(len(cards)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    links: dict[tuple[int, int], float] = {}
    for i in range(len(cards)):
        for j in range(i + 1, len(cards)):
            if matrix[i][j] >= threshold:
                parent[root(j)] = root(i)
                links[i, j] = matrix[i][j]
    members: dict[int, list[int]] = {}
    for i in range(len(cards)):
        members.setdefault(root(i), []).append(i)
    groups = [_suggestion(cards, group, links) for group in members.values() if len(group) > 1]
    return sorted(groups, key=lambda g: (-len(g.card_ids), g.card_ids))


def _suggestion(cards: Sequence[CardText], group: list[int],
                links: dict[tuple[int, int], float]) -> GroupSuggestion:
    inside = [score for (i, j), score in links.items() if i in group and j in group]
    best = max(group, key=lambda i: _wording_score(cards[i]))
    return GroupSuggestion(tuple(cards[i].card_id for i in group), cards[best].card_id,
                           min(inside))


def _wording_score(card: CardText) -> tuple[int, int, int]:
    """Prefer 3-7 well-formed policies, then a description, then more detail."""
    well_formed = sum(1 for p in card.policies if p.split()[:1] and p.split()[0].isupper())
    in_range = 1 if 3 <= len(card.policies) <= 7 else 0
    return (in_range, well_formed, len(card.description))
