"""Review of labels: which items annotators disagree on, and the final label of each item.

The final label is the study lead's adjudication when there is one; otherwise the shared answer
when every annotator agrees; otherwise a field-by-field majority, or unresolved on a tie.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from desktop.core.agreement import majority_label
from desktop.core.labelling import (
    SET_FIELDS,
    Answer,
    DilemmaAnswer,
    ValenceAnswer,
    valence_answer,
)

FinalSource = Literal["adjudicated", "single", "unanimous", "majority", "unresolved"]


@dataclass(frozen=True)
class FinalLabel:
    item_id: str
    answer: Answer | None  # None: unresolved (a tie no one has adjudicated yet)
    source: FinalSource
    n_annotators: int


def disagree(answers: Sequence[Answer]) -> bool:
    """Do these annotators' answers differ on anything agreement is measured on?"""
    return len({answer.agreement_key() for answer in answers}) > 1


def differing_fields(answers: Sequence[Answer]) -> list[str]:
    """The fields on which the answers differ, in the kind's field order."""
    if not answers:
        return []
    names = ("choice", *SET_FIELDS) if isinstance(answers[0], DilemmaAnswer) else (
        "relevant", "valence")
    keys = [answer.agreement_key() for answer in answers]
    return [name for index, name in enumerate(names) if len({k[index] for k in keys}) > 1]


def final_label(item_id: str, answers: Sequence[Answer], adjudicated: Answer | None = None
                ) -> FinalLabel:
    """The label an export should use for one item (see the module's note)."""
    count = len(answers)
    if adjudicated is not None:
        return FinalLabel(item_id, adjudicated, "adjudicated", count)
    if not answers:
        return FinalLabel(item_id, None, "unresolved", 0)
    if not disagree(answers):
        return FinalLabel(item_id, _merged_text(answers), "single" if count == 1 else "unanimous",
                          count)
    majority = majority_answer(answers)
    return FinalLabel(item_id, majority, "majority" if majority else "unresolved", count)


def _merged_text(answers: Sequence[Answer]) -> Answer:
    """Agreeing answers as one; a valence item keeps the first explanation anyone wrote."""
    first = answers[0]
    if isinstance(first, ValenceAnswer):
        explanation = next((a.explanation for a in answers
                            if isinstance(a, ValenceAnswer) and a.explanation), "")
        return valence_answer(first.relevant, first.valence, explanation)
    return first


def majority_answer(answers: Sequence[Answer]) -> Answer | None:
    """Each field's majority value (a set entry counts if more than half chose it); None on a tie
    of a one-choice field."""
    if isinstance(answers[0], DilemmaAnswer):
        return _dilemma_majority([a for a in answers if isinstance(a, DilemmaAnswer)])
    return _valence_majority([a for a in answers if isinstance(a, ValenceAnswer)])


def _dilemma_majority(answers: Sequence[DilemmaAnswer]) -> DilemmaAnswer | None:
    choice = majority_label([a.choice for a in answers])
    if choice is None:
        return None
    return DilemmaAnswer(choice, *(_majority_set(answers, name) for name in SET_FIELDS))


def _majority_set(answers: Sequence[DilemmaAnswer], field: str) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for answer in answers:
        for entry in getattr(answer, field):
            counts[entry.casefold()] = counts.get(entry.casefold(), 0) + 1
            names.setdefault(entry.casefold(), entry)
    return tuple(names[key] for key, n in counts.items() if n * 2 > len(answers))


def _valence_majority(answers: Sequence[ValenceAnswer]) -> ValenceAnswer | None:
    relevant = majority_label(["yes" if a.relevant else "no" for a in answers])
    if relevant is None:
        return None
    if relevant == "no":
        return valence_answer(False)
    agreeing = [a for a in answers if a.relevant]
    valence = majority_label([a.valence for a in agreeing])
    if valence is None:
        return None
    explanation = next((a.explanation for a in agreeing if a.valence == valence
                        and a.explanation), "")
    return valence_answer(True, valence, explanation)


def review_queue(answers: Mapping[str, Mapping[str, Answer]],
                 adjudicated: Mapping[str, Answer]) -> list[str]:
    """Items where two or more annotators disagree, those not yet adjudicated first."""
    disputed = [item for item, by_annotator in answers.items()
                if len(by_annotator) > 1 and disagree(list(by_annotator.values()))]
    return sorted(disputed, key=lambda item: item in adjudicated)
