"""The study's labels gathered for review: answers per item, disputed items, final labels."""

from __future__ import annotations

from desktop.core.formats.items import Dilemma
from desktop.core.label_profiles import choice_from_answer
from desktop.core.labelling import Answer, DilemmaAnswer
from desktop.core.review import FinalLabel, final_label, review_queue
from desktop.core.value_profiles import DilemmaChoice
from desktop.store.adjudications import current_adjudications
from desktop.store.items import item_ids, load_item
from desktop.store.labels import current_labels
from desktop.store.study import Study
from desktop.store.suggestions import usable_suggestions


def study_answers(study: Study) -> dict[str, dict[str, Answer]]:
    """item id -> annotator id -> their current answer."""
    answers: dict[str, dict[str, Answer]] = {}
    for label in current_labels(study):
        answers.setdefault(label.item_id, {})[label.annotator_id] = label.answer
    return answers


def annotator_codes(study: Study) -> dict[str, str]:
    return dict(study.db.execute("SELECT id, code FROM people").fetchall())


def disputed_items(study: Study, answers: dict[str, dict[str, Answer]] | None = None
                   ) -> list[str]:
    """Items whose annotators disagree, those not yet adjudicated first."""
    answers = study_answers(study) if answers is None else answers
    return review_queue(answers, {k: v.answer for k, v in current_adjudications(study).items()})


def final_labels(study: Study) -> list[FinalLabel]:
    """The final label of every labelled item, in import order."""
    answers = study_answers(study)
    adjudicated = current_adjudications(study)
    return [final_label(item, list(answers.get(item, {}).values()),
                        adjudicated[item].answer if item in adjudicated else None)
            for item in item_ids(study) if item in answers or item in adjudicated]


def profile_choices(study: Study) -> tuple[list[DilemmaChoice], list[DilemmaChoice]]:
    """The annotators' and the model's dilemma choices, for value profiles."""
    dilemmas: dict[str, Dilemma] = {}

    def dilemma(item_id: str) -> Dilemma:
        if item_id not in dilemmas:
            item = load_item(study, item_id)
            assert item is not None and isinstance(item.content, Dilemma)
            dilemmas[item_id] = item.content
        return dilemmas[item_id]

    people = [choice_from_answer(label.annotator_id, label.answer, dilemma(label.item_id))
              for label in current_labels(study, "dilemma")
              if isinstance(label.answer, DilemmaAnswer)]
    model = [choice_from_answer("model", s.answer, dilemma(s.item_id))
             for s in usable_suggestions(study) if isinstance(s.answer, DilemmaAnswer)]
    return [c for c in people if c], [c for c in model if c]
