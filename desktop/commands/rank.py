"""`rank STUDY [--context C] [--as-of TIME] --json`: the moral graph's ranking, comparable with
MGE's own output (their PageRank beside ours, and Bradley-Terry scores with intervals)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop.core.graph import Ranking, bridging, rank
from desktop.core.graph.mge_summary import EdgeSummary
from desktop.core.graph.ranking import select_votes
from desktop.core.graph.values import Value
from desktop.services.sync import study_source
from desktop.store import Study, StudyError
from desktop.store.graph import (
    list_values,
    load_votes,
    participant_groups,
    participants_in_group,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("study", type=Path, nargs="?", help="the study file (or --server)")
    parser.add_argument("--server", metavar="URL", help="read the study from the lab server")
    parser.add_argument("--context", default=None, help="only votes in this context")
    parser.add_argument("--as-of", default=None, metavar="TIME",
                        help="only votes cast up to this ISO time (e.g. 2024-05-01T12:00Z)")
    parser.add_argument("--group", default=None, metavar="FIELD=VALUE",
                        help="only votes of participants whose demographic FIELD is VALUE")
    parser.add_argument("--bridging", default=None, metavar="FIELD",
                        help="also list values that people of different FIELD groups both "
                        "moved towards")
    parser.add_argument("--bootstrap", type=int, default=200,
                        help="bootstrap samples for the Bradley-Terry intervals")
    parser.add_argument("--json", action="store_true", help="print JSON (the default output)")


def run(args: argparse.Namespace) -> int:
    from desktop.cli import UsageError

    try:
        with study_source(args.study, args.server) as study:
            people = _group_members(study, args.group) if args.group else None
            report = ranking_report(study, args.context, args.as_of, args.bootstrap, people)
            report["filters"]["group"] = args.group
            if args.bridging:
                report["bridging"] = bridging_report(study, args.bridging, args.context,
                                                     args.as_of)
    except (StudyError, ValueError) as error:
        raise UsageError(str(error)) from error
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


def bridging_report(study: Study, field: str, context: str | None,
                    as_of: str | None = None) -> list[dict[str, Any]]:
    groups = participant_groups(study)
    if field not in groups:
        raise ValueError(f"there is no demographic field {field!r} with answers in this study.")
    votes = select_votes(load_votes(study), context=context, as_of=as_of)
    titles = {value.id: value.title for value in list_values(study)}
    return [{"id": value_id, "title": titles.get(value_id, ""), "groups": list(found)}
            for value_id, found in bridging(votes, groups[field])]


def _group_members(study: Study, group: str) -> set[str]:
    field, sep, value = group.partition("=")
    if not sep or not field.strip():
        raise ValueError(f"--group needs FIELD=VALUE (for example age=18-29), not {group!r}.")
    return participants_in_group(study, field.strip(), value.strip())


def ranking_report(study: Study, context: str | None, as_of: str | None,
                   bootstrap: int = 200, participant_ids: set[str] | None = None
                   ) -> dict[str, Any]:
    values = {value.id: value for value in list_values(study)}
    ranking = rank(load_votes(study), context=context, as_of=as_of,
                   participant_ids=participant_ids, bootstrap_samples=bootstrap)
    return {"filters": {"context": context, "as_of": as_of},
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
