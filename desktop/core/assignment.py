"""Planning who labels what: each item to `overlap` annotators, the load kept even."""

from __future__ import annotations

import hashlib
import heapq
from collections.abc import Mapping, Sequence
from typing import Literal

QueueOrder = Literal["as_imported", "shuffled"]
QUEUE_ORDERS: tuple[QueueOrder, ...] = ("as_imported", "shuffled")


def plan_assignments(
    items: Sequence[str],
    annotators: Sequence[str],
    overlap: int,
    existing: Mapping[str, frozenset[str]] | None = None,
    load: Mapping[str, int] | None = None,
) -> list[tuple[str, str]]:
    """The (item, annotator) pairs to add so each item has `overlap` of these annotators.

    Tops up: an item already held by some of the annotators only gets the missing ones, so
    planning twice with the same overlap adds nothing. Each new pair goes to the annotator with
    the least work so far (existing load included); ties go to the one listed first, then the
    next one along, so loads stay within one item of each other.
    """
    if not 1 <= overlap <= len(annotators):
        raise ValueError(f"each item can go to 1 to {len(annotators)} annotators, not {overlap}")
    existing = existing or {}
    load = load or {}
    order = {annotator: index for index, annotator in enumerate(annotators)}
    heap = [(load.get(a, 0), order[a], a) for a in annotators]
    heapq.heapify(heap)
    pairs: list[tuple[str, str]] = []
    for item in items:
        holders = existing.get(item, frozenset()) & order.keys()
        pairs.extend((item, a) for a in _least_loaded(heap, overlap - len(holders), holders))
    return pairs


def _least_loaded(heap: list[tuple[int, int, str]], count: int, holders: frozenset[str]
                  ) -> list[str]:
    chosen: list[tuple[int, int, str]] = []
    skipped: list[tuple[int, int, str]] = []
    while len(chosen) < count and heap:
        entry = heapq.heappop(heap)
        (skipped if entry[2] in holders else chosen).append(entry)
    for load, rank, annotator in chosen:
        heapq.heappush(heap, (load + 1, rank, annotator))
    for entry in skipped:
        heapq.heappush(heap, entry)
    return [annotator for _, _, annotator in chosen]


def queue_position(order: QueueOrder, annotator_id: str, item_id: str, item_position: float
                   ) -> float:
    """Where an item sits in one annotator's queue: stable, whatever is assigned later.

    "shuffled" gives every annotator their own fixed order (so order effects average out across
    annotators), derived from the ids alone, so it never changes once made.
    """
    if order == "as_imported":
        return item_position
    digest = hashlib.sha256(f"{annotator_id}:{item_id}".encode()).hexdigest()
    return float(int(digest[:13], 16))  # 52 bits: exact as a float
