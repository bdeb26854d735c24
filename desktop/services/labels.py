"""Labels of a study as a reader wants them: the current label of each item and annotator (or
every label ever given, superseded ones included), by annotator code and item kind."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.labelling import TaskKind
from desktop.services.annotators import by_code
from desktop.store import Study
from desktop.store.labels import StoredLabel, current_labels, iter_all_labels
from desktop.store.people import list_people


@dataclass(frozen=True)
class LabelEntry:
    label: StoredLabel
    annotator_code: str
    current: bool  # False: a later label of the same annotator superseded it


def listed(study: Study, annotator_code: str | None = None, kind: TaskKind | None = None,
           history: bool = False) -> list[LabelEntry]:
    """Current labels in item order, or with `history` every label in the order given.

    StudyError names the file when the annotator code is unknown.
    """
    annotator = by_code(study, annotator_code).id if annotator_code else None
    codes = {person.id: person.code for person in list_people(study)}
    found = (iter_all_labels(study) if history
             else ((label, True) for label in current_labels(study, kind)))
    return [LabelEntry(label, codes.get(label.annotator_id, ""), current)
            for label, current in found
            if (kind is None or label.kind == kind)
            and (annotator is None or label.annotator_id == annotator)]
