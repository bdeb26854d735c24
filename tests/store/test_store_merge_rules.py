"""Merges that must never be refused, and that come out the same either way round: the cases
found by trying (issue: research integrity), each read from the table-policy registry."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.device import Device
from desktop.core.interview.prompts import load_prompts
from desktop.core.interview.survey import SurveyItem
from desktop.core.people import Role
from desktop.services.importing import import_file
from desktop.store import StudyTooNew, create_study, open_study
from desktop.store.erasure import erase_person
from desktop.store.interview_setup import set_study_survey, study_survey
from desktop.store.merge import merge_study
from desktop.store.migrations import SCHEMA_VERSION
from desktop.store.participants import record_consent
from desktop.store.people import add_person, find_person
from desktop.store.questions import add_question
from tests.support.labelling import demo_items, write
from tests.support.merge import content

A, B = Device("aaaa-device", "laptop A"), Device("bbbb-device", "laptop B")
LABELS = ("item,annotator,field,value,time\n"
          "55,PAPER-1,choice,a,2024-05-01T10:00:00\n"
          "55,PAPER-2,choice,b,2024-05-01T11:00:00\n")


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    """One study handed to two laptops; both copies hold the demo items."""
    a = tmp_path / "a.mgstudy"
    with create_study(a, "Field study", device=A) as study:
        demo_items(study)
    b = tmp_path / "b.mgstudy"
    shutil.copyfile(a, b)
    return a, b


def both_ways(a: Path, b: Path, tmp_path: Path) -> tuple[dict, dict]:  # type: ignore[type-arg]
    """A merged into B and B merged into A, on copies: the two results' content."""
    a2, b2 = tmp_path / "a2.mgstudy", tmp_path / "b2.mgstudy"
    shutil.copyfile(a, a2)
    shutil.copyfile(b, b2)
    with open_study(a2, device=A) as study:
        merge_study(study, b)
    with open_study(b2, device=B) as study:
        merge_study(study, a)
    return content(a2), content(b2)


def test_the_same_labels_file_imported_on_two_laptops_merges_either_way(
        pair: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = pair
    source = write(tmp_path, "labels.csv", LABELS)
    for path, device in ((a, A), (b, B)):
        with open_study(path, device=device) as study:
            assert import_file(study, source, "labels", None)["labels_added"] == 2
    into_a, into_b = both_ways(a, b, tmp_path)
    assert into_a == into_b
    assert len(into_a["labels"]) == 2 and len(into_a["people"]) == 2


def test_a_survey_edited_on_two_laptops_is_one_survey(pair: tuple[Path, Path],
                                                      tmp_path: Path) -> None:
    a, b = pair
    for path, device, text in ((a, A, "How clear was it? (A)"), (b, B, "How clear? (B)")):
        with open_study(path, device=device) as study:
            set_study_survey(study, (SurveyItem("clear", "scale", text, 1, 5),
                                     SurveyItem(f"only_{device.name[-1]}", "text", "Notes", 0, 0)))
    into_a, into_b = both_ways(a, b, tmp_path)
    assert into_a == into_b
    with open_study(tmp_path / "a2.mgstudy") as study:
        keys = [item.key for item in study_survey(study, load_prompts())]
    assert sorted(keys) == ["clear", "only_A", "only_B"]  # one item per key, none twice


def test_edits_in_the_same_millisecond_resolve_the_same_either_way(
        pair: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = pair
    with open_study(a, device=A) as study:
        question = add_question(study, "Shared question")
    shutil.copyfile(a, b)
    monkeypatch.setattr("desktop.store.study.now_iso", lambda: "2026-12-01T10:00:00.000Z")
    for path, device, note in ((a, A, "edited on A"), (b, B, "edited on B")):
        with open_study(path, device=device) as study:
            with study.transaction() as db:
                db.execute("UPDATE questions SET note = ?, updated_at = ? WHERE id = ?",
                           [note, "2026-12-01T10:00:00.000Z", question.id])
    into_a, into_b = both_ways(a, b, tmp_path)
    assert into_a["questions"] == into_b["questions"]


def test_erasure_on_one_laptop_removes_the_person_on_both(pair: tuple[Path, Path],
                                                          tmp_path: Path) -> None:
    a, b = pair
    with open_study(a, device=A) as study:
        person = add_person(study, Role.PARTICIPANT, code="leaving-1")
    shutil.copyfile(a, b)
    with open_study(b, device=B) as study:  # B still works with the person
        prompts = load_prompts()
        record_consent(study, person.id, "given", prompts.consent_version, prompts.sha256)
    with open_study(a, device=A) as study:
        erase_person(study, person.id, "request")
    into_a, into_b = both_ways(a, b, tmp_path)
    assert into_a == into_b
    for merged in (tmp_path / "a2.mgstudy", tmp_path / "b2.mgstudy"):
        with open_study(merged) as study:
            assert find_person(study, "leaving-1") is None
            assert study.query("SELECT count(*) AS n FROM consents")[0]["n"] == 0
            assert study.query("SELECT person_id FROM erasures") == [{"person_id": person.id}]


def test_a_newer_file_is_named_by_its_own_path(pair: tuple[Path, Path]) -> None:
    a, b = pair
    with open_study(b) as study:
        study.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with open_study(a, device=A) as study, pytest.raises(StudyTooNew) as refused:
        merge_study(study, b)
    assert refused.value.path == b and "newer version" in str(refused.value)


def test_a_path_with_question_marks_and_hashes_merges(pair: tuple[Path, Path],
                                                      tmp_path: Path) -> None:
    a, b = pair
    odd = tmp_path / "copy #2 (really?).mgstudy"
    shutil.copyfile(b, odd)
    with open_study(odd, device=B) as study:
        add_question(study, "From the oddly named copy")
    with open_study(a, device=A) as study:
        assert merge_study(study, odd).added["questions"] == 1


def test_a_killed_merge_leaves_no_copy_behind_for_long(pair: tuple[Path, Path],
                                                       tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    abandoned = tmp_path / "tmp" / f"mgs-merge-{dead}-copy-x1"
    abandoned.mkdir()
    (abandoned / "other.mgstudy").write_bytes(b"a whole copy of a study")
    a, b = pair
    with open_study(a, device=A) as study:
        merge_study(study, b)
    assert not abandoned.exists()
    assert list((tmp_path / "tmp").iterdir()) == []  # and this merge cleaned up after itself
