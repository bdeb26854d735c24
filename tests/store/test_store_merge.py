"""Merging copies of one study from several laptops: union, idempotent, commutative, safe."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.core.clock import now_iso
from desktop.core.device import Device
from desktop.core.people import Role
from desktop.store import Study, StudyError, StudyTooNew, create_study, open_study
from desktop.store.merge import merge_study, preview_merge
from desktop.store.migrations import SCHEMA_VERSION
from desktop.store.people import add_person, list_people
from desktop.store.questions import add_question
from tests.support.merge import content

LAPTOP_A, LAPTOP_B = Device("aaaa-device", "laptop A"), Device("bbbb-device", "laptop B")


@pytest.fixture
def copies(tmp_path: Path) -> tuple[Path, Path]:
    a = tmp_path / "a.mgstudy"
    create_study(a, "Field study", device=LAPTOP_A).close()
    b = tmp_path / "b.mgstudy"
    shutil.copyfile(a, b)  # the study file handed to a second laptop
    return a, b


def work_on(path: Path, device: Device, seed: int, rounds: int = 30) -> None:
    rng = random.Random(seed)
    with open_study(path, device=device) as study:
        for n in range(rounds):
            action = rng.choice(["question", "person", "rename", "edit"])
            if action == "question":
                add_question(study, f"{device.name} question {n} {rng.random():.6f}")
            elif action == "person":
                add_person(study, rng.choice(list(Role)))
            elif action == "rename":
                study.rename(f"Renamed on {device.name} #{n}")
            else:
                _edit_a_question(study, rng, f"edited on {device.name} #{n}")


def _edit_a_question(study: Study, rng: random.Random, note: str) -> None:
    rows = study.query("SELECT id FROM questions ORDER BY id")
    if rows:
        with study.transaction() as db:
            db.execute("UPDATE questions SET note = ?, updated_at = ? WHERE id = ?",
                       [note, now_iso(), rng.choice(rows)["id"]])


def merged(into: Path, other: Path, target: Path) -> Path:
    shutil.copyfile(into, target)
    with open_study(target, device=LAPTOP_A) as study:
        merge_study(study, other)
    return target


def test_merge_is_a_union_and_idempotent(copies: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = copies
    work_on(a, LAPTOP_A, seed=1)
    work_on(b, LAPTOP_B, seed=2)
    before_b = hashlib.sha256(b.read_bytes()).hexdigest()
    with open_study(a, device=LAPTOP_A) as study:
        first = merge_study(study, b)
        second = merge_study(study, b)
    assert first.changed > 0 and second.changed == 0
    assert hashlib.sha256(b.read_bytes()).hexdigest() == before_b  # the other copy is only read
    union, from_b = content(a), content(b)
    for table, rows in from_b.items():
        if table not in ("study", "devices"):
            assert set(rows) <= set(union[table]), table
    assert {row[0] for row in union["devices"]} == {LAPTOP_A.id, LAPTOP_B.id}


@pytest.mark.parametrize("seed", [3, 4, 5])
def test_merge_is_commutative(copies: tuple[Path, Path], tmp_path: Path, seed: int) -> None:
    a, b = copies
    work_on(a, LAPTOP_A, seed=seed)
    work_on(b, LAPTOP_B, seed=seed + 100)
    ab = merged(a, b, tmp_path / "ab.mgstudy")
    ba = merged(b, a, tmp_path / "ba.mgstudy")
    assert content(ab) == content(ba)


def test_the_newest_edit_wins(copies: tuple[Path, Path]) -> None:
    a, b = copies
    with open_study(a, device=LAPTOP_A) as study:
        study.rename("Old name")
    with open_study(b, device=LAPTOP_B) as study:
        study.rename("New name")
    with open_study(a, device=LAPTOP_A) as study:
        report = merge_study(study, b)
        assert study.meta.name == "New name" and report.updated["study"] == 1


def test_a_different_study_is_refused(copies: tuple[Path, Path], tmp_path: Path) -> None:
    a, _ = copies
    stranger = tmp_path / "stranger.mgstudy"
    create_study(stranger, "Another study").close()
    with open_study(a) as study, pytest.raises(StudyError, match="different study"):
        merge_study(study, stranger)


def test_a_newer_copy_is_refused_and_untouched(copies: tuple[Path, Path]) -> None:
    a, b = copies
    with sqlite3.connect(b) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = b.read_bytes()
    with open_study(a) as study, pytest.raises(StudyTooNew, match="newer version"):
        merge_study(study, b)
    assert b.read_bytes() == before


def test_an_older_copy_is_migrated_in_a_private_copy(copies: tuple[Path, Path]) -> None:
    a, b = copies
    with open_study(b, device=LAPTOP_B) as study:
        add_question(study, "From an older laptop")
    with open_study(a, device=LAPTOP_A) as study:
        report = merge_study(study, b)
    assert report.added["questions"] == 1
    assert not list(b.parent.glob("b.backup-*"))  # nothing was written beside the other file


def test_the_same_code_added_on_two_laptops_is_one_person(copies: tuple[Path, Path]) -> None:
    a, b = copies
    with open_study(a, device=LAPTOP_A) as study:
        first = add_person(study, Role.ANNOTATOR, code="ann1")
    with open_study(b, device=LAPTOP_B) as study:
        second = add_person(study, Role.ANNOTATOR, code="ann1")
    assert first.id == second.id  # made from the code
    with open_study(a, device=LAPTOP_A) as study:
        merge_study(study, b)
        assert [p.code for p in list_people(study, Role.ANNOTATOR)] == ["ann1"]


def test_the_same_code_for_two_people_is_refused_and_nothing_changes(
        copies: tuple[Path, Path]) -> None:
    a, b = copies
    with open_study(a, device=LAPTOP_A) as study:  # a person made before ids came from codes
        study.db.table("people").insert({**study.row_defaults(), "code": "ann1",
                                         "role": "annotator", "updated_at": "2026-01-01"})
    with open_study(b, device=LAPTOP_B) as study:
        add_person(study, Role.ANNOTATOR, code="ann1")
        add_question(study, "Would arrive with the merge")
    before = content(a)
    with open_study(a, device=LAPTOP_A) as study, pytest.raises(StudyError, match="ann1"):
        merge_study(study, b)
    assert content(a) == before


def test_merging_a_study_into_itself_is_refused(copies: tuple[Path, Path]) -> None:
    a, _ = copies
    with open_study(a) as study, pytest.raises(StudyError, match="nothing to merge"):
        merge_study(study, a)


def test_two_laptops_that_imported_the_same_mge_export_merge_cleanly(
        copies: tuple[Path, Path]) -> None:
    from desktop.core.formats import MgeCard, MgeVote
    from desktop.store.graph import import_mge_cards, import_mge_votes, load_votes

    cards = [MgeCard("1", "Care", "I care.", ("MOMENTS x",)),
             MgeCard("2", "Respect", "I respect.", ("CHOICES y",))]
    votes = [MgeVote("u1", "1", "2", "ctx", "upgrade", "", "", "2024-01-01T00:00:00Z")]
    for path, device in zip(copies, (LAPTOP_A, LAPTOP_B), strict=True):
        with open_study(path, device=device) as study:
            import_mge_cards(study, cards)
            import_mge_votes(study, votes)
    a, b = copies
    with open_study(a, device=LAPTOP_A) as study:
        report = merge_study(study, b)
        assert report.added.get("canonical_values") == 0 and report.added.get("votes") == 0
        assert len(load_votes(study)) == 1


def test_a_dry_run_changes_nothing_and_counts_what_the_merge_does(
        copies: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = copies
    work_on(a, LAPTOP_A, seed=6)
    work_on(b, LAPTOP_B, seed=7)
    before = {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in (a, b)}
    preview = preview_merge(a, b, device=LAPTOP_A)
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (a, b)} == before
    with open_study(a, device=LAPTOP_A) as study:
        real = merge_study(study, b)
    assert preview.changed > 0 and real.updated.get("questions", 0) + real.updated["study"] > 0
    assert (preview.added, preview.updated) == (real.added, real.updated)


def test_a_dry_run_names_the_real_files_in_its_refusals(copies: tuple[Path, Path],
                                                        tmp_path: Path) -> None:
    a, b = copies
    stranger = tmp_path / "stranger.mgstudy"
    create_study(stranger, "Another study").close()
    with pytest.raises(StudyError, match="different study") as refused:
        preview_merge(a, stranger)
    assert refused.value.path == stranger
    with pytest.raises(StudyError, match="nothing to merge"):
        preview_merge(a, a)
    with pytest.raises(StudyError, match="no file here") as missing:
        preview_merge(tmp_path / "none.mgstudy", b)
    assert missing.value.path == tmp_path / "none.mgstudy"
