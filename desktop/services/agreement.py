"""Inter-annotator agreement on a study's current labels: per task kind and labelled field,
Krippendorff's alpha, percent agreement, pairwise Cohen's kappa, the local model's agreement
with the annotators and how often its suggestions were kept; and the study lead's review of
the items the annotators disagree on (adjudication)."""

from __future__ import annotations

from typing import Any

from desktop.core.label_ratings import accepted_share, agreement_summary
from desktop.core.labelling import Answer
from desktop.store.adjudications import adjudicate, current_adjudications, study_lead
from desktop.store.items import item_counts, item_kinds, load_item
from desktop.store.labels import current_labels
from desktop.store.review import annotator_codes, disputed_items, study_answers
from desktop.store.study import Study
from desktop.store.suggestions import usable_suggestions

__all__ = [
    "adjudicate", "agreement_report", "annotator_codes", "current_adjudications",
    "disputed_items", "load_item", "study_answers", "study_lead",
]


def agreement_report(study: Study) -> dict[str, Any]:
    """Everything `agreement` prints and the review page shows, JSON-ready."""
    labels = current_labels(study)
    answers: dict[str, dict[str, Answer]] = {}
    for label in labels:
        answers.setdefault(label.item_id, {})[label.annotator_id] = label.answer
    suggestions = {s.item_id: s.answer for s in usable_suggestions(study) if s.answer}
    summary = agreement_summary(answers, suggestions, annotator_codes(study), item_kinds(study))
    for kind, report in summary.items():
        report["suggestions"] = accepted_share(
            [label.suggestion_accepted for label in labels if label.kind == kind])
    return {"study": study.meta.name, "path": str(study.path), "items": item_counts(study),
            "kinds": summary, "n_disputed": len(disputed_items(study, answers))}
