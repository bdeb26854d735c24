"""Agreement statistics checked against published worked examples and edge cases."""

import json
from collections.abc import Mapping, Sequence

import pytest

from desktop.core.agreement import (
    PairKappa,
    Rating,
    agreement_report,
    cohen_kappa,
    disagreements,
    krippendorff_alpha_nominal,
    majority_label,
    model_agreement,
    pairwise_kappa,
    percent_agreement,
    units_for,
)

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": observers A-D, units 1-12,
# None where an observer gave no value. The paper reports nominal alpha = 0.743.
KRIPPENDORFF_2011 = {
    "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
}


def ratings_from_columns(columns: Mapping[str, Sequence[object]], field: str = "f") -> list[Rating]:
    return [
        Rating(f"u{unit}", observer, field, str(value))
        for observer, values in columns.items()
        for unit, value in enumerate(values, start=1)
        if value is not None
    ]


def kappa_pairs(yes_yes: int, yes_no: int, no_yes: int, no_no: int) -> list[tuple[str, str]]:
    return (
        [("yes", "yes")] * yes_yes
        + [("yes", "no")] * yes_no
        + [("no", "yes")] * no_yes
        + [("no", "no")] * no_no
    )


def test_alpha_matches_krippendorff_2011_example() -> None:
    units = units_for(ratings_from_columns(KRIPPENDORFF_2011), "f")
    alpha = krippendorff_alpha_nominal(units)
    assert alpha is not None
    assert round(alpha, 3) == 0.743


def test_alpha_matches_krippendorff_2011_two_observer_binary_example() -> None:
    # Same paper, first example: two observers, ten units, binary data, alpha = 0.095.
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    alpha = krippendorff_alpha_nominal(
        {str(i): [x, y] for i, (x, y) in enumerate(zip(a, b, strict=True))}
    )
    assert alpha is not None
    assert round(alpha, 3) == 0.095


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ((20, 5, 10, 15), 0.4),  # Wikipedia, "Cohen's kappa", simple worked example
        ((45, 15, 25, 15), 0.1304),  # Wikipedia, same agreement, different marginals
        ((25, 35, 5, 35), 0.2593),
    ],
)
def test_kappa_matches_textbook_examples(table: tuple[int, int, int, int], expected: float) -> None:
    kappa = cohen_kappa(kappa_pairs(*table))
    assert kappa == pytest.approx(expected, abs=5e-5)


def test_perfect_agreement_is_one() -> None:
    units = {"a": ["x"] * 4, "b": ["y"] * 4, "c": ["x", "x", "x"]}
    assert krippendorff_alpha_nominal(units) == 1.0
    assert percent_agreement(units) == 1.0
    assert cohen_kappa([("x", "x"), ("y", "y")]) == 1.0


def test_units_with_one_rater_are_not_pairable() -> None:
    units = {"a": ["x"], "b": ["y"], "c": []}
    assert krippendorff_alpha_nominal(units) is None
    assert percent_agreement(units) is None
    assert krippendorff_alpha_nominal({}) is None
    assert cohen_kappa([]) is None


def test_one_category_everywhere_leaves_alpha_and_kappa_undefined() -> None:
    # Four raters per unit gives weights of 1/3: the zero test must still be exact.
    units = {"a": ["x"] * 4, "b": ["x"] * 3, "c": ["x"]}
    assert krippendorff_alpha_nominal(units) is None
    assert percent_agreement(units) == 1.0
    assert cohen_kappa([("x", "x")] * 5) is None


def test_lone_values_do_not_change_alpha() -> None:
    units = {"a": ["x", "y"], "b": ["x", "x"], "c": ["y", "y"]}
    with_lone = {**units, "d": ["z"]}
    assert krippendorff_alpha_nominal(with_lone) == krippendorff_alpha_nominal(units)


def test_percent_agreement_averages_rater_pairs_per_item() -> None:
    # Item a: 1 of 3 pairs agree; item b: all agree.
    assert percent_agreement({"a": ["x", "x", "y"], "b": ["y", "y"]}) == pytest.approx(2 / 3)


def test_duplicate_rating_is_rejected() -> None:
    ratings = [Rating("i1", "ann", "f", "x"), Rating("i1", "ann", "f", "x")]
    with pytest.raises(ValueError, match="i1"):
        units_for(ratings, "f")


def test_pairwise_kappa_uses_items_both_labelled() -> None:
    ratings = ratings_from_columns(
        {"b": ["x", "y", "x", "y"], "a": ["x", "y", "y", None], "c": [None, None, None, "y"]}
    )
    assert pairwise_kappa(ratings, "f") == [
        PairKappa("a", "b", 3, cohen_kappa([("x", "x"), ("y", "y"), ("y", "x")])),
        PairKappa("b", "c", 1, None),
    ]


def test_disagreements_lists_items_in_order_of_appearance() -> None:
    ratings = ratings_from_columns({"a": ["x", "y", "x", "y"], "b": ["y", "y", "z", None]})
    assert disagreements(ratings, "f") == ["u1", "u3"]


def test_report_is_json_ready_per_field() -> None:
    ratings = ratings_from_columns(KRIPPENDORFF_2011, "stance")
    # A multi-valued field, one yes/no field per candidate value.
    ratings += [
        Rating("u1", "A", "values:honesty", "yes"),
        Rating("u1", "B", "values:honesty", "no"),
    ]
    report = json.loads(json.dumps(agreement_report(ratings), allow_nan=False))
    stance = report["fields"]["stance"]
    assert round(stance["alpha"], 3) == 0.743
    assert stance["n_items"] == 12
    assert stance["n_pairable_items"] == 11
    assert stance["n_annotators"] == 4
    assert stance["n_disagreements"] == 3
    assert len(stance["pairwise_kappa"]) == 6
    honesty = report["fields"]["values:honesty"]
    assert honesty["percent_agreement"] == 0.0
    assert honesty["pairwise_kappa"] == [
        {"annotator_a": "A", "annotator_b": "B", "n_items": 1, "kappa": 0.0}
    ]


def test_majority_label_is_none_on_a_tie() -> None:
    assert majority_label(["x", "y", "x"]) == "x"
    assert majority_label(["x", "y"]) is None
    assert majority_label([]) is None


def test_model_agreement_with_each_human_and_the_majority() -> None:
    ratings = ratings_from_columns(
        {
            "model": ["x", "y", "y", "x", "x"],
            "h1": ["x", "y", "x", "y", None],
            "h2": ["x", "y", "x", "x", None],
            "h3": ["x", None, "y", "x", None],
        }
    )
    report = model_agreement(ratings, "model")
    field = json.loads(json.dumps(report, allow_nan=False))["fields"]["f"]
    h1 = field["per_annotator"][0]
    assert (h1["annotator_id"], h1["n_items"], h1["percent_agreement"]) == ("h1", 4, 0.5)
    assert h1["kappa"] == pytest.approx(0.0)
    # Majorities: u1 x, u2 y, u3 x, u4 x; u5 has no human label.
    assert field["vs_majority"]["n_items"] == 4
    assert field["vs_majority"]["n_ties_skipped"] == 0
    assert field["vs_majority"]["percent_agreement"] == 0.75
    assert field["vs_majority"]["kappa"] == pytest.approx(
        cohen_kappa([("x", "x"), ("y", "y"), ("y", "x"), ("x", "x")])
    )


def test_model_agreement_skips_tied_majorities() -> None:
    ratings = ratings_from_columns({"model": ["x", "y"], "h1": ["x", "y"], "h2": ["y", "y"]})
    majority = model_agreement(ratings, "model")["fields"]["f"]["vs_majority"]
    assert (majority["n_items"], majority["n_ties_skipped"]) == (1, 1)
    assert majority["alpha"] is None  # one category left: undefined, not 1.0
