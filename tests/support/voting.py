"""Values and approved upgrade stories for the voting tests: who is asked what, not how the
values came about."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.formats import MgeCard
from desktop.store import Study
from desktop.store.graph import add_story, import_mge_cards, list_values, review_story


def make_values(study: Study, count: int) -> list[str]:
    """Values "Value 0" … as if imported from MGE; their ids in order."""
    import_mge_cards(study, [MgeCard(str(n), f"Value {n}", f"I do {n}.", (f"MOMENTS of {n}",))
                             for n in range(count)])
    return [value.id for value in list_values(study)]


def approve_stories(study: Study, ids: list[str], stories: Iterable[tuple[int, int, str]],
                    text: str = "From {a} to {b}.") -> None:
    """An approved story from value `a` to value `b` in each (a, b, context)."""
    for a, b, context in stories:
        story = add_story(study, context, ids[a], ids[b], text.format(a=a, b=b))
        review_story(study, story.id, status="approved")
