"""MGE import, ranking and graph export through the command line, on a hand-computed run."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from tests.support.cli import run
from tests.support.mge import CARDS, VOTES, vote


@pytest.fixture
def study(isolated_home: Path, tmp_path: Path) -> Path:
    path = tmp_path / "mge.mgstudy"
    assert run("study", "new", str(path), home=isolated_home).returncode == 0
    (tmp_path / "cards.json").write_text(json.dumps(CARDS), encoding="utf-8")
    (tmp_path / "votes.json").write_text(json.dumps(VOTES), encoding="utf-8")
    return path


def imported(study: Path, home: Path, kind: str, name: str) -> dict[str, object]:
    result = run("import", str(study), str(study.parent / name), "--kind", kind, home=home)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_mge_run_imports_ranks_and_exports_as_mge_would(study: Path, isolated_home: Path,
                                                        tmp_path: Path) -> None:
    assert imported(study, isolated_home, "mge-cards", "cards.json")["values_added"] == 3
    assert imported(study, isolated_home, "mge-votes", "votes.json")["votes_added"] == 5
    again = imported(study, isolated_home, "mge-votes", "votes.json")
    assert (again["votes_added"], again["already_there"]) == (0, 5)

    ranked = json.loads(run("rank", str(study), "--json", "--bootstrap", "20",
                            home=isolated_home).stdout)
    mge = {v["mge_id"]: v["mge_pagerank"] for v in ranked["values"]}
    # Kept edges 1->2 and 2->3 (2 wiser each); MGE's loop: 0.05, 0.0925, 0.128625.
    assert mge == pytest.approx({"1": 0.05, "2": 0.0925, "3": 0.128625})
    edges = {(e["from_mge_id"], e["to_mge_id"]): e for e in ranked["edges"]}
    assert set(edges) == {("1", "2"), ("2", "3")}
    assert edges["1", "2"]["counts"] == {"markedWiser": 2, "markedNotWiser": 0,
                                         "markedLessWise": 0, "markedUnsure": 0,
                                         "impressions": 2}
    assert edges["1", "2"]["entropy"] == pytest.approx(1.0)
    best = max(ranked["values"], key=lambda v: v["bt_score"])
    assert best["mge_id"] == "3" and best["bt_low"] <= best["bt_score"] <= best["bt_high"]

    early = json.loads(run("rank", str(study), "--as-of", "2024-01-15T00:00:00Z",
                           "--bootstrap", "0", home=isolated_home).stdout)
    assert {(e["from_mge_id"], e["to_mge_id"]) for e in early["edges"]} == {("1", "2")}

    out = tmp_path / "out"
    for fmt in ("mge-json", "graphml", "json"):
        result = run("export", str(study), "--what", "graph", "--format", fmt, "--out",
                     str(out), home=isolated_home)
        assert result.returncode == 0, result.stderr
    summary = json.loads((out / "moral-graph.mge.json").read_text(encoding="utf-8"))
    assert [v["id"] for v in summary["values"]] == ["3", "2", "1"]
    assert summary["values"][1]["title"] == "Shared discernment"
    assert summary["edges"][0]["sourceValueId"] == "1"
    graph = nx.read_graphml(out / "moral-graph.graphml")
    assert graph.number_of_nodes() == 3 and graph.number_of_edges() == 2


def test_malformed_or_orphan_votes_import_nothing(study: Path, isolated_home: Path,
                                                  tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([vote("u1", 1, 2), vote("u1", 2, 3, "maybe")]), encoding="utf-8")
    result = run("import", str(study), str(bad), "--kind", "mge-votes", home=isolated_home)
    assert result.returncode == 2 and "bad.json" in result.stderr and "maybe" in result.stderr
    orphans = run("import", str(study), str(tmp_path / "votes.json"), "--kind", "mge-votes",
                  home=isolated_home)  # the cards were never imported
    assert orphans.returncode == 2 and "import the MGE cards first" in orphans.stderr
    info = json.loads(run("study", "info", str(study), home=isolated_home).stdout)
    assert info["tables"]["votes"] == 0 and info["tables"]["people"] == 0


def test_graph_export_takes_ranks_filters_in_every_format(study: Path, isolated_home: Path,
                                                          tmp_path: Path) -> None:
    imported(study, isolated_home, "mge-cards", "cards.json")
    imported(study, isolated_home, "mge-votes", "votes.json")
    early = ("--as-of", "2024-01-15T00:00:00Z")
    for fmt in ("mge-json", "graphml", "json"):
        result = run("export", str(study), "--what", "graph", "--format", fmt, *early,
                     "--out", str(tmp_path / "early"), home=isolated_home)
        assert result.returncode == 0, result.stderr
    summary = json.loads((tmp_path / "early" / "moral-graph.mge.json").read_text("utf-8"))
    assert [(e["sourceValueId"], e["wiserValueId"]) for e in summary["edges"]] == [("1", "2")]
    assert nx.read_graphml(tmp_path / "early" / "moral-graph.graphml").number_of_edges() == 1
    report = json.loads((tmp_path / "early" / "moral-graph.json").read_text("utf-8"))
    assert report["filters"] == {"context": None, "as_of": early[1], "group": None}
    assert {(e["from_mge_id"], e["to_mge_id"]) for e in report["edges"]} == {("1", "2")}

    elsewhere = run("export", str(study), "--what", "graph", "--format", "json", "--context",
                    "Elsewhere", "--out", str(tmp_path / "none"), home=isolated_home)
    assert elsewhere.returncode == 0, elsewhere.stderr
    assert json.loads((tmp_path / "none" / "moral-graph.json").read_text("utf-8"))["edges"] == []
    no_group = run("export", str(study), "--what", "graph", "--group", "age=30", "--out",
                   str(tmp_path / "g"), home=isolated_home)
    assert no_group.returncode == 2 and "no demographic field 'age'" in no_group.stderr
    labels = run("export", str(study), "--what", "labels", "--context", "x", "--out",
                 str(tmp_path / "l"), home=isolated_home)
    assert labels.returncode == 2
    assert "--context: these filters are for --what graph only" in labels.stderr


def test_rank_prints_a_table_with_text(study: Path, isolated_home: Path) -> None:
    imported(study, isolated_home, "mge-cards", "cards.json")
    imported(study, isolated_home, "mge-votes", "votes.json")
    result = run("rank", str(study), "--text", "--bootstrap", "0", home=isolated_home)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("3 value(s), 2 edge(s)") and "Trust in their path" in lines[2]


def test_rank_resamples_participants_by_default_and_votes_when_asked(
        study: Path, isolated_home: Path) -> None:
    imported(study, isolated_home, "mge-cards", "cards.json")
    imported(study, isolated_home, "mge-votes", "votes.json")
    reports = {}
    for mode in ("participants", "votes"):
        args = ("--bootstrap", mode) if mode == "votes" else ()
        result = run("rank", str(study), *args, "--samples", "50", home=isolated_home)
        assert result.returncode == 0, result.stderr
        reports[mode] = json.loads(result.stdout)
        assert reports[mode]["bootstrap"] == {"samples": 50, "resample": mode}
    # The same point estimates; only what the intervals redraw differs.
    scores = [{v["id"]: v["bt_score"] for v in r["values"]}
              for r in reports.values()]
    assert scores[0] == scores[1]
    old = run("rank", str(study), "--bootstrap", "20", home=isolated_home)  # scripts of before
    assert old.returncode == 0 and json.loads(old.stdout)["bootstrap"] == {
        "samples": 20, "resample": "participants"}
    bad = run("rank", str(study), "--bootstrap", "people", home=isolated_home)
    assert bad.returncode == 2 and "participants or votes" in bad.stderr
