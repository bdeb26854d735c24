"""Inter-annotator agreement on labels: Krippendorff's alpha, Cohen's kappa, disagreements."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from fractions import Fraction
from itertools import combinations, product
from typing import Any


@dataclass(frozen=True)
class Rating:
    """One annotator's final label value for one field of one item.

    Multi-valued fields (a set of values chosen for an item) are the caller's business: pass one
    Rating per candidate value with field ``"values:<name>"`` and value ``"yes"`` or ``"no"``, so
    each candidate is its own nominal field. A model's suggestions are Ratings by a pseudo-annotator
    id (see `model_agreement`); leave them out of what `agreement_report` gets. Statistics return
    None, never NaN, when undefined, so reports stay JSON-ready.
    """

    item_id: str
    annotator_id: str
    field: str
    value: str


@dataclass(frozen=True)
class PairKappa:
    """Cohen's kappa of two annotators over the items both labelled (kappa None if undefined)."""

    annotator_a: str
    annotator_b: str
    n_items: int
    kappa: float | None


def labels_by_item(ratings: Iterable[Rating], field: str) -> dict[str, dict[str, str]]:
    """Map item -> annotator -> value for one field, items in order of first appearance.

    Raises ValueError on a second rating for the same (item, annotator, field): the input is meant
    to hold final labels only, and silently keeping one would hide a bug upstream.
    """
    table: dict[str, dict[str, str]] = {}
    for rating in ratings:
        if rating.field != field:
            continue
        row = table.setdefault(rating.item_id, {})
        if rating.annotator_id in row:
            raise ValueError(
                f"two ratings for item {rating.item_id!r}, annotator {rating.annotator_id!r}, "
                f"field {field!r}"
            )
        row[rating.annotator_id] = rating.value
    return table


def units_for(ratings: Iterable[Rating], field: str) -> dict[str, list[str]]:
    """The values given to each item for one field: the `units` that alpha takes."""
    return {item: list(row.values()) for item, row in labels_by_item(ratings, field).items()}


def fields_of(ratings: Iterable[Rating]) -> list[str]:
    """The distinct fields, sorted."""
    return sorted({rating.field for rating in ratings})


def krippendorff_alpha_nominal(units: Mapping[str, Sequence[Hashable]]) -> float | None:
    """Krippendorff's alpha for nominal data, any number of coders, missing values allowed.

    Units with fewer than 2 values cannot be paired and are dropped. Returns None when alpha is
    undefined: no pairable unit, or expected disagreement 0 (every pairable value is the same
    category). Krippendorff leaves the latter undefined because data without variation cannot show
    whether coders can tell categories apart; `percent_agreement` still reports 1.0 for it.
    """
    coincidences = _coincidences(units)
    totals: defaultdict[Hashable, Fraction] = defaultdict(Fraction)
    for (c, _k), weight in coincidences.items():
        totals[c] += weight
    n = sum(totals.values(), Fraction(0))
    if n == 0:
        return None
    observed = sum((w for (c, k), w in coincidences.items() if c != k), Fraction(0))
    expected = (n * n - sum((t * t for t in totals.values()), Fraction(0))) / (n - 1)
    if expected == 0:
        return None
    return float(1 - observed / expected)


def _coincidences(
    units: Mapping[str, Sequence[Hashable]],
) -> defaultdict[tuple[Hashable, Hashable], Fraction]:
    """The coincidence matrix: each ordered pair of values within a unit weighs 1 / (m_u - 1).

    Weights are exact fractions so that "no disagreement" and "no variation" test as exactly zero.
    """
    matrix: defaultdict[tuple[Hashable, Hashable], Fraction] = defaultdict(Fraction)
    for values in units.values():
        m = len(values)
        if m < 2:
            continue
        counts = Counter(values)
        for c, k in product(counts, repeat=2):
            pairs = counts[c] * (counts[k] - 1 if c == k else counts[k])
            if pairs:
                matrix[(c, k)] += Fraction(pairs, m - 1)
    return matrix


def cohen_kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> float | None:
    """Cohen's kappa of two raters, one (rater A, rater B) pair per item.

    None when there are no pairs, or when chance agreement is 1 (both raters used one and the same
    category for every item), where kappa is 0 / 0.
    """
    n = len(pairs)
    if n == 0:
        return None
    observed = sum(1 for a, b in pairs if a == b) / n
    counts_a = Counter(a for a, _ in pairs)
    counts_b = Counter(b for _, b in pairs)
    # Integer numerator, so "chance agreement is 1" is tested exactly.
    chance_pairs = sum(counts_a[c] * counts_b[c] for c in counts_a)
    if chance_pairs == n * n:
        return None
    chance = chance_pairs / (n * n)
    return (observed - chance) / (1.0 - chance)


def percent_agreement(units: Mapping[str, Sequence[Hashable]]) -> float | None:
    """Mean over pairable units of the share of rater pairs that agree; None if none is pairable.

    With two annotators this is the plain share of items they labelled alike.
    """
    shares = [_pair_agreement(values) for values in units.values() if len(values) >= 2]
    if not shares:
        return None
    return sum(shares) / len(shares)


def _pair_agreement(values: Sequence[Hashable]) -> float:
    pairs = list(combinations(values, 2))
    return sum(1 for a, b in pairs if a == b) / len(pairs)


def pairwise_kappa(ratings: Iterable[Rating], field: str) -> list[PairKappa]:
    """Cohen's kappa for every pair of annotators over the items both labelled.

    Pairs are ordered by annotator id; pairs without a shared item are left out, since a study with
    many annotators and partial overlap would otherwise list mostly empty pairs.
    """
    table = labels_by_item(ratings, field)
    annotators = sorted({annotator for row in table.values() for annotator in row})
    result = []
    for a, b in combinations(annotators, 2):
        pairs = [(row[a], row[b]) for row in table.values() if a in row and b in row]
        if pairs:
            result.append(PairKappa(a, b, len(pairs), cohen_kappa(pairs)))
    return result


def disagreements(ratings: Iterable[Rating], field: str) -> list[str]:
    """Items whose annotators gave more than one distinct value, in order of first appearance."""
    return [
        item for item, row in labels_by_item(ratings, field).items() if len(set(row.values())) > 1
    ]


def agreement_report(ratings: Sequence[Rating]) -> dict[str, Any]:
    """Agreement figures for every field, JSON-ready: ``{"fields": {field: {...}}}``.

    Per field: alpha, percent agreement, items rated, items rated by 2+ annotators, annotators,
    disagreeing items and pairwise kappas.
    """
    return {"fields": {field: _field_report(ratings, field) for field in fields_of(ratings)}}


def _field_report(ratings: Sequence[Rating], field: str) -> dict[str, Any]:
    table = labels_by_item(ratings, field)
    units = {item: list(row.values()) for item, row in table.items()}
    return {
        "alpha": krippendorff_alpha_nominal(units),
        "percent_agreement": percent_agreement(units),
        "n_items": len(table),
        "n_pairable_items": sum(1 for row in table.values() if len(row) >= 2),
        "n_annotators": len({annotator for row in table.values() for annotator in row}),
        "n_disagreements": len(disagreements(ratings, field)),
        "pairwise_kappa": [asdict(pair) for pair in pairwise_kappa(ratings, field)],
    }


def majority_label(values: Sequence[str]) -> str | None:
    """The most frequent value, or None when the top count is tied (no majority to compare with)."""
    ranked = Counter(values).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def model_agreement(ratings: Sequence[Rating], model_annotator_id: str) -> dict[str, Any]:
    """How well a model's suggestions (ratings by `model_annotator_id`) match the humans, per field.

    Per field: `per_annotator`, the kappa and percent agreement of the model with each human over
    the items both labelled; and `vs_majority`, alpha, kappa and percent agreement of the model
    against the majority human label, over items the model labelled and the humans gave a majority
    (items whose top human labels tie are skipped and counted). JSON-ready.
    """
    fields = fields_of(r for r in ratings if r.annotator_id == model_annotator_id)
    return {
        "model_annotator_id": model_annotator_id,
        "fields": {field: _model_field(ratings, field, model_annotator_id) for field in fields},
    }


def _model_field(ratings: Sequence[Rating], field: str, model_id: str) -> dict[str, Any]:
    table = labels_by_item(ratings, field)
    humans = sorted({annotator for row in table.values() for annotator in row} - {model_id})
    per_annotator = [_model_vs_human(table, model_id, human) for human in humans]
    return {"per_annotator": per_annotator, "vs_majority": _vs_majority(table, model_id)}


def _model_vs_human(
    table: Mapping[str, Mapping[str, str]], model_id: str, human_id: str
) -> dict[str, Any]:
    pairs = [
        (row[model_id], row[human_id])
        for row in table.values()
        if model_id in row and human_id in row
    ]
    return {
        "annotator_id": human_id,
        "n_items": len(pairs),
        "kappa": cohen_kappa(pairs),
        "percent_agreement": percent_agreement({str(i): p for i, p in enumerate(pairs)}),
    }


def _vs_majority(table: Mapping[str, Mapping[str, str]], model_id: str) -> dict[str, Any]:
    pairs: list[tuple[str, str]] = []
    ties = 0
    for row in table.values():
        humans = [value for annotator, value in row.items() if annotator != model_id]
        if model_id not in row or not humans:
            continue
        majority = majority_label(humans)
        if majority is None:
            ties += 1
        else:
            pairs.append((row[model_id], majority))
    units = {str(i): pair for i, pair in enumerate(pairs)}
    return {
        "n_items": len(pairs),
        "n_ties_skipped": ties,
        "alpha": krippendorff_alpha_nominal(units),
        "kappa": cohen_kappa(pairs),
        "percent_agreement": percent_agreement(units),
    }
