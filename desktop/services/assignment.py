"""Assignment of items to annotators, as the Labelling setup panel runs it: every item (or
every item of one kind) goes to `overlap` of the chosen annotators, topping up what is there;
the overlap and queue order are then kept as the study's labelling settings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.assignment import QUEUE_ORDERS, QueueOrder
from desktop.core.labelling import TaskKind
from desktop.store import Study, StudyError
from desktop.store.annotators import list_annotators
from desktop.store.assignments import assign_items, assignment_counts
from desktop.store.items import item_ids
from desktop.store.labelling_settings import set_labelling_setting


@dataclass(frozen=True)
class AssignmentDone:
    added: int  # (item, annotator) pairs added by this run
    overlap: int
    order: QueueOrder
    annotator_ids: tuple[str, ...]
    items: int  # items considered
    spread: dict[str, int]  # how many items have 0, 1, 2 ... annotators now


def assign(study: Study, annotator_ids: Sequence[str] | None, overlap: int,
           order: QueueOrder = "as_imported", kind: TaskKind | None = None) -> AssignmentDone:
    """Give each item (of `kind`, else all) to `overlap` of the annotators (None: all of them).

    StudyError when there is no annotator, or fewer annotators than the overlap asks for.
    """
    people = list(annotator_ids) if annotator_ids else [a.id for a in list_annotators(study)]
    _check(study, people, overlap, order)
    items = item_ids(study, kind) if kind else None
    added = assign_items(study, people, overlap, items, order)
    set_labelling_setting(study, "overlap", overlap)
    set_labelling_setting(study, "queue_order", order)
    considered = len(items) if items is not None else len(item_ids(study))
    return AssignmentDone(added, overlap, order, tuple(people), considered,
                          assignment_counts(study))


def _check(study: Study, people: Sequence[str], overlap: int, order: str) -> None:
    if not people:
        raise StudyError(study.path, "there is no annotator to assign items to: add one first.")
    if overlap < 1:
        raise StudyError(study.path, "each item goes to at least one annotator (overlap 1).")
    if overlap > len(people):
        chosen = f"{len(people)} {'was' if len(people) == 1 else 'were'} chosen"
        raise StudyError(study.path, f"an overlap of {overlap} needs at least {overlap} "
                         f"annotators, and {chosen}.")
    if order not in QUEUE_ORDERS:
        raise StudyError(study.path, f"the queue order is one of: {', '.join(QUEUE_ORDERS)}.")
