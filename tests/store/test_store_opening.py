"""Opening, creating and refusing study files, on real SQLite files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils.migrations import Migrations

from desktop.__about__ import STUDY_APPLICATION_ID
from desktop.store import (
    NotAStudy,
    StudyDamaged,
    StudyError,
    StudyNotFound,
    StudyReadOnly,
    StudyTooNew,
    create_study,
    open_study,
)
from desktop.store import migrations as ladder_module
from desktop.store.migrations import LADDER, SCHEMA_VERSION, migration_names
from desktop.store.questions import add_question, list_questions


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_study_climbs_the_whole_ladder(tmp_path: Path) -> None:
    with create_study(tmp_path / "a.mgstudy", "A") as study:
        assert [m.name for m in LADDER.applied(study.db)] == migration_names()
        assert study.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert study.db.execute("PRAGMA application_id").fetchone()[0] == STUDY_APPLICATION_ID
        assert {"study", "devices", "people", "questions"} <= set(study.db.table_names())
        assert study.meta.name == "A"


def test_pragmas_protect_against_power_loss(study_path: Path) -> None:
    with open_study(study_path) as study:
        pragma = lambda name: study.db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == 5000


def test_rows_carry_uuid_time_and_device(study_path: Path) -> None:
    with open_study(study_path) as study:
        question = add_question(study, "What should I do?")
        assert len(question.id) == 36 and question.created_at.endswith("Z")
        assert question.device_id == study.device.id
        devices = study.query("SELECT id FROM devices")
        assert {row["id"] for row in devices} == {study.device.id}


def test_reopening_keeps_data_and_does_not_migrate_again(study_path: Path) -> None:
    with open_study(study_path) as study:
        add_question(study, "Kept?")
    with open_study(study_path) as study:
        assert [q.text for q in list_questions(study)] == ["Kept?"]
    assert not list(study_path.parent.glob("*backup*"))


def test_create_refuses_an_existing_file(study_path: Path) -> None:
    with pytest.raises(StudyError, match="already exists"):
        create_study(study_path, "again")


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotAStudy, match="folder") as error:
        open_study(tmp_path)
    assert str(tmp_path) in str(error.value)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(StudyNotFound, match="no file here"):
        open_study(tmp_path / "gone.mgstudy")


@pytest.mark.parametrize("content", [b"", b"hello, I am a text file\n" * 100])
def test_a_non_sqlite_file_is_refused_and_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.mgstudy"
    path.write_bytes(content)
    with pytest.raises(NotAStudy, match="not"):
        open_study(path)
    assert path.read_bytes() == content


def test_another_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.mgstudy"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.close()
    before = digest(path)
    with pytest.raises(NotAStudy, match="invoices"):
        open_study(path)
    assert digest(path) == before


def test_a_truncated_file_is_refused_and_untouched(study_path: Path) -> None:
    data = study_path.read_bytes()
    study_path.write_bytes(data[: len(data) // 2 + 100])
    before = digest(study_path)
    with pytest.raises(StudyDamaged, match="cut short"):
        open_study(study_path)
    assert digest(study_path) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write read-only files")
def test_a_read_only_file_is_refused(study_path: Path) -> None:
    study_path.chmod(0o444)
    with pytest.raises(StudyReadOnly, match="read-only"):
        open_study(study_path)


def test_a_read_only_folder_or_file_is_refused_even_for_root(
        study_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK
                        else real_access(p, mode))
    before = digest(study_path)
    with pytest.raises(StudyReadOnly, match="read-only"):
        open_study(study_path)
    assert digest(study_path) == before


def test_a_study_from_a_newer_version_is_refused_and_untouched(study_path: Path) -> None:
    with sqlite3.connect(study_path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('moral_graph_studio', 'm999_add_future', 'later')")
    conn.close()
    before = digest(study_path)
    with pytest.raises(StudyTooNew, match="newer version") as error:
        open_study(study_path)
    assert str(study_path) in str(error.value)
    assert digest(study_path) == before


def older_ladder() -> Migrations:
    """The ladder as an earlier release shipped it: everything but the last step."""
    older = Migrations(LADDER.name)
    for migration in LADDER._migrations[:-1]:
        older(name=migration.name)(migration.fn)
    return older


def test_an_older_study_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.mgstudy"
    create_study(path, "Old", ladder=older_ladder()).close()
    with open_study(path) as study:
        assert study.schema_version() == SCHEMA_VERSION
        assert study.meta.name == "Old"
    backups = list(tmp_path.glob("old.backup-schema*.mgstudy"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT name FROM study").fetchone()[0] == "Old"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION - 1


def test_a_backup_cut_off_never_passes_for_a_good_one(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The copy is written under a .part name and renamed only when whole: a crash before the
    rename leaves no file named like a backup, and the next opening removes the piece left."""
    path = tmp_path / "old.mgstudy"
    create_study(path, "Old", ladder=older_ladder()).close()
    before = digest(path)
    real_replace = os.replace

    def crash(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(StudyError):
        open_study(path)
    assert list(tmp_path.glob("old.backup-schema*.mgstudy")) == []  # nothing looks finished
    assert digest(path) == before  # the study was not migrated without its backup
    # a kill leaves the .part file itself (the error path above removed it): put one back
    (tmp_path / "old.backup-schema9-20260101T000000Z.mgstudy.part").write_bytes(b"half a copy")
    monkeypatch.setattr(os, "replace", real_replace)
    with open_study(path) as study:
        assert study.schema_version() == SCHEMA_VERSION
    assert list(tmp_path.glob("*.part")) == []
    assert len(list(tmp_path.glob("old.backup-schema*.mgstudy"))) == 1


def test_a_failing_migration_leaves_the_study_at_its_last_good_version(study_path: Path) -> None:
    with open_study(study_path) as study:
        add_question(study, "Precious data")
    broken = Migrations(LADDER.name)
    for migration in LADDER._migrations:
        broken(name=migration.name)(migration.fn)

    @broken()
    def m900_break_things(db):  # type: ignore[no-untyped-def]
        db.execute("CREATE TABLE half_done (id TEXT)")
        raise RuntimeError("disk hiccup")

    with pytest.raises(StudyError, match="could not be brought up to date"):
        open_study(study_path, ladder=broken)
    with open_study(study_path) as study:
        assert "half_done" not in study.db.table_names()
        assert [q.text for q in list_questions(study)] == ["Precious data"]
    assert ladder_module.SCHEMA_VERSION == SCHEMA_VERSION
