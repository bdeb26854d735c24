"""The moral graph's ranking report, comparable with MGE's own output (their PageRank beside
ours, and Bradley-Terry scores with intervals), for the whole graph or a filtered part of it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.graph import Ranking, bridging, rank
from desktop.core.graph.mge_summary import EdgeSummary
from desktop.core.graph.ranking import select_votes
from desktop.core.graph.resampling import PARTICIPANTS, VOTES  # noqa: F401 (for the faces)
from desktop.core.graph.values import Value
from desktop.core.graph.votes import Vote
from desktop.store import Study
from desktop.store.graph import (
    list_values,
    load_votes,
    participant_groups,
    participants_in_group,
)


@dataclass(frozen=True)
class GraphFilter:
    """Which votes count: one context, votes cast up to a time, one participant group."""

    context: str | None = None
    as_of: str | None = None
    group: str | None = None  # FIELD=VALUE, a demographic field and its answer

    def participant_ids(self, study: Study) -> set[str] | None:
        """The participants of `group`, or None when every participant counts."""
        if self.group is None:
            return None
        field, sep, value = self.group.partition("=")
        if not sep or not field.strip():
            raise ValueError(f"--group needs FIELD=VALUE (for example age=18-29), not "
                             f"{self.group!r}.")
        return participants_in_group(study, field.strip(), value.strip())

    def votes(self, study: Study) -> list[Vote]:
        """The votes a ranking counts under this filter."""
        return select_votes(load_votes(study), context=self.context, as_of=self.as_of,
                            participant_ids=self.participant_ids(study))


def filtered_ranking(study: Study, filters: GraphFilter, bootstrap: int = 200,
                     bridging_field: str | None = None, resample: str = PARTICIPANTS
                     ) -> dict[str, Any]:
    """What `rank` prints: the ranking under `filters`, and bridging values if asked."""
    report = ranking_report(study, filters.context, filters.as_of, bootstrap,
                            filters.participant_ids(study), resample)
    report["filters"]["group"] = filters.group
    if bridging_field:
        report["bridging"] = bridging_report(study, bridging_field, filters.context,
                                             filters.as_of)
    return report


def bridging_report(study: Study, field: str, context: str | None,
                    as_of: str | None = None) -> list[dict[str, Any]]:
    """Values that people of different `field` groups both moved towards."""
    groups = participant_groups(study)
    if field not in groups:
        raise ValueError(f"there is no demographic field {field!r} with answers in this study.")
    votes = select_votes(load_votes(study), context=context, as_of=as_of)
    titles = {value.id: value.title for value in list_values(study)}
    return [{"id": value_id, "title": titles.get(value_id, ""), "groups": list(found)}
            for value_id, found in bridging(votes, groups[field])]


def ranking_report(study: Study, context: str | None, as_of: str | None,
                   bootstrap: int = 200, participant_ids: set[str] | None = None,
                   resample: str = PARTICIPANTS) -> dict[str, Any]:
    """The ranking of the votes in `context` up to `as_of` by `participant_ids` (all if None);
    the intervals' bootstrap redraws participants (the default) or single votes."""
    values = {value.id: value for value in list_values(study)}
    ranking = rank(load_votes(study), context=context, as_of=as_of,
                   participant_ids=participant_ids, bootstrap_samples=bootstrap,
                   resample=resample)
    return {"filters": {"context": context, "as_of": as_of},
            "bootstrap": {"samples": bootstrap, "resample": resample},
            "values": _values_json(ranking, values),
            "edges": [_edge_json(edge, values) for edge in ranking.edges]}


def _values_json(ranking: Ranking, values: dict[str, Value]) -> list[dict[str, Any]]:
    return [{"id": item.value_id, "mge_id": values[item.value_id].mge_id or None
             if item.value_id in values else None,
             "title": values[item.value_id].title if item.value_id in values else "",
             "mge_pagerank": item.mge_pagerank, "pagerank": item.pagerank,
             "bt_score": item.bt_score, "bt_low": item.bt_low, "bt_high": item.bt_high,
             "votes_for": item.votes_for, "votes_against": item.votes_against}
            for item in ranking.values]


def _edge_json(edge: EdgeSummary, values: dict[str, Value]) -> dict[str, Any]:
    counts = edge.counts
    return {"from": edge.source_value_id, "to": edge.wiser_value_id,
            "from_mge_id": _mge_id(values, edge.source_value_id),
            "to_mge_id": _mge_id(values, edge.wiser_value_id),
            "contexts": list(edge.contexts),
            "counts": {"markedWiser": counts.marked_wiser,
                       "markedNotWiser": counts.marked_not_wiser,
                       "markedLessWise": counts.marked_less_wise,
                       "markedUnsure": counts.marked_unsure,
                       "impressions": counts.impressions},
            "wiserLikelihood": edge.wiser_likelihood, "entropy": edge.entropy}


def _mge_id(values: dict[str, Value], value_id: str) -> str | None:
    value = values.get(value_id)
    return value.mge_id or None if value else None
