"""The labelling commands as a user runs them: import, agreement, export, in a subprocess."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from desktop.services.importing import import_file
from desktop.store import open_study
from desktop.store.items import item_ids
from tests.support.cli import run
from tests.support.labelling import DEMO_VALENCE, VALUEPRISM_CSV, new_study, write

# Krippendorff (2011), first worked example: two observers, ten units, binary data. The paper
# reports alpha = 0.095; Cohen's kappa of the same table is (0.6 - 0.56) / 0.44 = 0.0909.
OBSERVER_A = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
OBSERVER_B = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]


@pytest.fixture
def study_path_with_valence(study_path: Path) -> Path:
    """The shared study file with the demo valence items."""
    with open_study(study_path) as study:
        import_file(study, DEMO_VALENCE, "valence", None)
    return study_path


pytestmark = pytest.mark.usefixtures("study_path_with_valence")  # every test here starts from it


def test_import_prints_what_it_did_and_is_idempotent(study_path: Path, tmp_path: Path,
                                                     isolated_home: Path) -> None:
    path = write(tmp_path, "vp.csv", VALUEPRISM_CSV)
    first = run("import", str(study_path), str(path), "--kind", "valence", home=isolated_home)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["added"] == 4
    again = run("import", str(study_path), str(path), "--kind", "valence", home=isolated_home)
    assert json.loads(again.stdout)["skipped_as_already_in_study"] == 4


def test_import_with_a_mapping_and_a_malformed_file(study_path: Path, tmp_path: Path,
                                                    isolated_home: Path) -> None:
    mine = write(tmp_path, "mine.csv", "prompt,kind,name\nA lie,Value,Honesty\n")
    mapped = run("import", str(study_path), str(mine), "--kind", "valence",
                 "--map", "situation=prompt,vrd=kind,text=name", home=isolated_home)
    assert mapped.returncode == 0 and json.loads(mapped.stdout)["added"] == 1
    bad = write(tmp_path, "bad.jsonl", '{"situation": "S", "vrd": "Value", "text": "x"}\n{oops\n')
    refused = run("import", str(study_path), str(bad), "--kind", "valence", home=isolated_home)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "bad.jsonl, line 2: this line is not valid JSON" in refused.stderr
    assert "Nothing was imported" in refused.stderr


def krippendorff_labels(tmp_path: Path, study_path: Path) -> Path:
    with new_study(tmp_path, "unused.mgstudy") as other:
        import_file(other, DEMO_VALENCE, "valence", None)
        items = item_ids(other, "valence")[:10]
    path = tmp_path / "labels.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["item", "annotator", "field", "value"])
        for code, values in (("OBS-A", OBSERVER_A), ("OBS-B", OBSERVER_B)):
            writer.writerows([item, code, "relevant", "yes" if value else "no"]
                             for item, value in zip(items, values, strict=True))
    return path


def test_agreement_matches_krippendorffs_worked_example(study_path: Path, tmp_path: Path,
                                                        isolated_home: Path) -> None:
    labels = krippendorff_labels(tmp_path, study_path)
    imported = run("import", str(study_path), str(labels), "--kind", "labels",
                   home=isolated_home)
    assert imported.returncode == 0, imported.stderr
    result = run("agreement", str(study_path), "--json", home=isolated_home)
    assert result.returncode == 0, result.stderr
    relevant = json.loads(result.stdout)["kinds"]["valence"]["fields"]["relevant"]
    assert round(relevant["alpha"], 3) == 0.095
    assert relevant["n_items"] == 10 and relevant["n_disagreements"] == 4
    (pair,) = relevant["pairwise_kappa"]
    assert (pair["annotator_a"], pair["annotator_b"]) == ("OBS-A", "OBS-B")
    assert pair["kappa"] == pytest.approx(0.04 / 0.44)
    text = run("agreement", str(study_path), "--text", home=isolated_home)
    assert "relevant" in text.stdout and "0.095" in text.stdout


def test_export_writes_final_labels_and_every_label(study_path: Path, tmp_path: Path,
                                                    isolated_home: Path) -> None:
    run("import", str(study_path), str(krippendorff_labels(tmp_path, study_path)),
        "--kind", "labels", home=isolated_home)
    out = tmp_path / "out"
    for format in ("jsonl", "csv"):
        result = run("export", str(study_path), "--what", "labels", "--format", format,
                     "--out", str(out), home=isolated_home)
        assert result.returncode == 0, result.stderr
        assert sorted(Path(p).name for p in json.loads(result.stdout)["written"]) == [
            f"valence_final.{format}", f"valence_labels.{format}"]
    finals = [json.loads(line) for line in (out / "valence_final.jsonl").open()]
    assert len(finals) == 10
    assert {row["final_source"] for row in finals} == {"unanimous", "unresolved"}
    with (out / "valence_labels.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 20 and {row["annotator"] for row in rows} == {"OBS-A", "OBS-B"}
    assert {"created_at", "duration_ms", "current", "relevant"} <= set(rows[0])
