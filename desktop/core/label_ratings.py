"""Labels as ratings for the agreement statistics, and the study's agreement report.

One-choice fields (the action chosen, relevance, valence) are nominal ratings of the item.
A set field (the values of action A, of action B, the parties) becomes one yes/no rating per
entry anyone picked for that item: the unit is (item, entry), pooled into one field, so alpha
says how reliably annotators pick the same entries. Valence is rated only by annotators who
found the value relevant.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from desktop.core.agreement import Rating, agreement_report, model_agreement
from desktop.core.labelling import SET_FIELDS, Answer, DilemmaAnswer, ValenceAnswer

MODEL_ANNOTATOR = "model"


def item_ratings(item_id: str, answers: Mapping[str, Answer]) -> list[Rating]:
    """Ratings of one item by each annotator (annotator id -> their current answer)."""
    ratings: list[Rating] = []
    dilemmas = {who: a for who, a in answers.items() if isinstance(a, DilemmaAnswer)}
    valences = {who: a for who, a in answers.items() if isinstance(a, ValenceAnswer)}
    for who, dilemma in dilemmas.items():
        if dilemma.choice:
            ratings.append(Rating(item_id, who, "choice", dilemma.choice))
    for field in SET_FIELDS:
        ratings.extend(_set_ratings(item_id, dilemmas, field))
    for who, valence in valences.items():
        if valence.relevant is not None:
            ratings.append(Rating(item_id, who, "relevant", "yes" if valence.relevant else "no"))
        if valence.relevant:
            ratings.append(Rating(item_id, who, "valence", valence.valence))
    return ratings


def _set_ratings(item_id: str, answers: Mapping[str, DilemmaAnswer], field: str
                 ) -> list[Rating]:
    picked = {who: {e.casefold() for e in getattr(a, field)} for who, a in answers.items()}
    entries = sorted(set().union(*picked.values())) if picked else []
    return [Rating(f"{item_id}#{entry}", who, field, "yes" if entry in chosen else "no")
            for entry in entries for who, chosen in picked.items()]


def study_ratings(answers: Mapping[str, Mapping[str, Answer]]) -> list[Rating]:
    """Ratings of every item: item id -> annotator id -> answer."""
    return [r for item, by_annotator in answers.items() for r in item_ratings(item, by_annotator)]


def agreement_summary(
    answers: Mapping[str, Mapping[str, Answer]],
    suggestions: Mapping[str, Answer],
    annotator_codes: Mapping[str, str],
    kinds: Mapping[str, str],
) -> dict[str, Any]:
    """The figures `agreement --json` prints, per task kind: alpha per field, pairwise kappa,
    disagreements, and how well the model's suggestions match the annotators.

    Annotators are named by their codes. The model's own dilemma choice is compared too: it
    says how often the model would act as people do (a preference, not a right answer).
    """
    summary: dict[str, Any] = {}
    for kind in ("dilemma", "valence"):
        humans = {item: {annotator_codes.get(who, who): a for who, a in by.items()}
                  for item, by in answers.items() if kinds.get(item) == kind}
        if not humans:
            continue
        report = agreement_report(study_ratings(humans))
        report["n_items_labelled"] = len(humans)
        report["n_labels"] = sum(len(by) for by in humans.values())
        with_model = {item: {**by, MODEL_ANNOTATOR: suggestions[item]}
                      for item, by in humans.items() if item in suggestions}
        if with_model:
            model = model_agreement(study_ratings(with_model), MODEL_ANNOTATOR)
            model["n_items"] = len(with_model)
            report["model"] = model
        summary[kind] = report
    return summary


def accepted_share(accepted: Sequence[bool | None]) -> dict[str, Any]:
    """How often annotators kept a suggestion they were shown."""
    shown = [flag for flag in accepted if flag is not None]
    return {"labels_with_suggestion": len(shown),
            "accepted": sum(shown),
            "share_accepted": sum(shown) / len(shown) if shown else None}
