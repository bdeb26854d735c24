"""The moral graph as files: MGE's MoralGraphSummary (mge-json), GraphML for Gephi, or our own
richer JSON with both PageRanks and Bradley-Terry intervals; each of the whole graph or of the
votes a GraphFilter keeps (a context, a time, a participant group)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from desktop.core.graph.mge_summary import summarize, to_mge_json
from desktop.services.ranking import GraphFilter, filtered_ranking
from desktop.store import Study
from desktop.store.graph import list_values

FORMATS = ("mge-json", "graphml", "json")


def export_graph(study: Study, fmt: str, out_dir: Path,
                 filters: GraphFilter | None = None) -> list[Path]:
    """Write the graph in `fmt` (default mge-json) into `out_dir`; returns the path written."""
    filters = filters or GraphFilter()
    fmt = fmt or "mge-json"
    if fmt not in FORMATS:
        raise ValueError(f"the graph can be exported as {', '.join(FORMATS)}, not {fmt!r}.")
    if fmt == "mge-json":
        return [_write(out_dir / "moral-graph.mge.json", mge_summary_json(study, filters))]
    report = filtered_ranking(study, filters)
    if fmt == "json":
        return [_write(out_dir / "moral-graph.json", report)]
    path = out_dir / "moral-graph.graphml"
    nx.write_graphml(_graph(report), path)
    return [path]


def mge_summary_json(study: Study, filters: GraphFilter | None = None) -> dict[str, Any]:
    """Their shape, with their ids where the values came from an MGE export."""
    values = {value.id: value for value in list_values(study)}
    summary = summarize((filters or GraphFilter()).votes(study))
    exported = to_mge_json(summary, {vid: v.card() for vid, v in values.items()})
    public = {vid: v.public_id for vid, v in values.items()}
    for value in exported["values"]:
        value["id"] = public.get(value["id"], value["id"])
    for edge in exported["edges"]:
        edge["sourceValueId"] = public.get(edge["sourceValueId"], edge["sourceValueId"])
        edge["wiserValueId"] = public.get(edge["wiserValueId"], edge["wiserValueId"])
    return exported


def _graph(report: dict[str, Any]) -> nx.DiGraph:
    graph = nx.DiGraph()
    for value in report["values"]:
        graph.add_node(value["id"], **{k: v for k, v in value.items()
                                       if k != "id" and v is not None})
    for edge in report["edges"]:
        graph.add_edge(edge["from"], edge["to"], wiserLikelihood=edge["wiserLikelihood"],
                       entropy=edge["entropy"], contexts="; ".join(edge["contexts"]),
                       **edge["counts"])
    return graph


def _write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
