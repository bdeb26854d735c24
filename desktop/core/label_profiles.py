"""Value profiles from dilemma labels: what people (and the model) chose, as DailyDilemmas does.

A choice of action A "chooses" the values A serves and "neglects" those of B. The values of an
action are the annotator's own picks when they made any, else the dilemma's listed values.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop.core.formats.items import Dilemma
from desktop.core.labelling import DilemmaAnswer
from desktop.core.value_profiles import DilemmaChoice, ValueMap, profile, profiles_by_group

ALL = "All annotators"
MODEL = "Local model (its own choices)"


def choice_from_answer(who: str, answer: DilemmaAnswer, dilemma: Dilemma
                       ) -> DilemmaChoice | None:
    """The values chosen and neglected by this answer; None for "can't decide"."""
    if answer.choice not in ("a", "b"):
        return None
    values_a = answer.values_a or dilemma.values_a
    values_b = answer.values_b or dilemma.values_b
    chosen, neglected = (values_a, values_b) if answer.choice == "a" else (values_b, values_a)
    return DilemmaChoice(who, tuple(chosen), tuple(neglected))


def profile_series(
    choices: Sequence[DilemmaChoice],
    groups: Mapping[str, str],
    model_choices: Sequence[DilemmaChoice],
    value_map: ValueMap,
    theory: str,
) -> dict[str, dict[str, float]]:
    """Name -> dimension -> chosen share minus neglected share: all annotators, each group,
    then the model; a series with no choices is left out."""
    series: dict[str, dict[str, float]] = {}
    if choices:
        series[ALL] = profile(choices, value_map, theory)
        series.update({f"Group: {name}": values for name, values in
                       profiles_by_group(choices, groups, value_map, theory).items()})
    if model_choices:
        series[MODEL] = profile(model_choices, value_map, theory)
    return series

