"""Opening and creating study files: checks first, then pragmas, backup and migrations.

Every check that can refuse a file runs before anything is written to it, so a file that
is refused (not a study, too new, damaged, read-only) is left byte for byte as it was.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from glob import escape
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from desktop.__about__ import NAME, STUDY_APPLICATION_ID, VERSION
from desktop.core.clock import now_iso
from desktop.core.device import Device, this_device
from desktop.store.errors import (
    NotAStudy,
    StudyDamaged,
    StudyError,
    StudyNotFound,
    StudyReadOnly,
    StudyTooNew,
    translate,
)
from desktop.store.migrations import LADDER, migration_names
from desktop.store.study import Study

PARTIAL = ".part"  # the name's ending while a backup is being written

BUSY_TIMEOUT_MS = 5000
SQLITE_MAGIC = b"SQLite format 3\x00"


def open_study(
    path: Path | str, *, device: Device | None = None, ladder: Migrations = LADDER
) -> Study:
    """Open an existing study, migrating it forward (after a backup) if it is older."""
    path = Path(path).expanduser()
    _check_file(path)
    db = _connect(path)
    try:
        _check_identity(path, db, ladder)
        _set_pragmas(path, db)
        _migrate(path, db, ladder)
        study = Study(path, db, device or this_device())
        _register_device(study)
        return study
    except BaseException:
        db.close()
        raise


def create_study(
    path: Path | str, name: str, *, device: Device | None = None, ladder: Migrations = LADDER
) -> Study:
    """Make a new study file at `path` (which must not exist) and open it."""
    path = Path(path).expanduser()
    if path.exists():
        raise StudyError(path, "a file with this name already exists; choose another name.")
    if not path.parent.is_dir():
        raise StudyError(path, f"the folder {path.parent} does not exist.")
    device = device or this_device()
    try:
        db = _connect(path)
        _set_pragmas(path, db)
        db.execute(f"PRAGMA application_id = {STUDY_APPLICATION_ID}")
        _migrate(path, db, ladder)
        study = Study(path, db, device)
        _register_device(study)
        with study.transaction() as tx:
            tx.table("study").insert({**study.row_defaults(), "name": name.strip()
                                or path.stem, "created_by_version": VERSION,
                                "updated_at": now_iso()})
        return study
    except (sqlite3.Error, OSError) as error:
        _remove_partial(path)
        raise translate(error, path) from error


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise NotAStudy(path, "this is a folder, not a study file. Choose a .mgstudy file.")
    if not path.exists():
        raise StudyNotFound(path, "there is no file here. It may have been moved or renamed.")
    size = path.stat().st_size
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError as error:
        raise StudyReadOnly(path, "you do not have permission to read this file.") from error
    if size == 0:
        raise NotAStudy(path, "the file is empty (0 bytes): it is not a study.")
    if not header.startswith(SQLITE_MAGIC):
        raise NotAStudy(path, f"this is not a {NAME} study (it is not an SQLite database).")
    _check_length(path, header, size)
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise StudyReadOnly(
            path, "the file or its folder is read-only, so nothing could be saved. Copy the "
            "study to a folder you can write to, or change its permissions.")


def _check_length(path: Path, header: bytes, size: int) -> None:
    """A file shorter than its header's page count was cut off (a failed copy, a full disk)."""
    if len(header) < 100:
        raise StudyDamaged(path, "the file is cut short: its header is incomplete.")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if page_size < 512 or size % page_size or (pages and size < pages * page_size):
        raise StudyDamaged(
            path, f"the file is cut short ({size:,} bytes where its header promises "
            f"{pages * page_size:,}). Open a backup copy instead; this file was not changed.")


def _connect(path: Path) -> Database:
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=True)
        return Database(conn, execute_plugins=False)
    except sqlite3.Error as error:
        raise translate(error, path) from error


def _check_identity(path: Path, db: Database, ladder: Migrations) -> None:
    """Read-only checks: is this our file, and not from a newer version?"""
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        user_version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = db.table_names()
        applied = [m.name for m in ladder.applied(db)]
    except sqlite3.Error as error:
        raise translate(error, path) from error
    if app_id != STUDY_APPLICATION_ID:
        found = ", ".join(tables[:5]) or "no tables"
        raise NotAStudy(path, f"this SQLite database is not a {NAME} study ({found}).")
    known = migration_names(ladder)
    unknown = [name for name in applied if name not in known]
    if user_version > len(known) or unknown:
        raise StudyTooNew(
            path, f"this study was saved by a newer version of {NAME} (schema "
            f"{max(user_version, len(applied))}; this version {VERSION} reads up to "
            f"{len(known)}). Install the newer version to open it. The file was not changed.")


def _set_pragmas(path: Path, db: Database) -> None:
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        # FULL: a laptop that loses power keeps every committed label and message.
        db.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as error:
        raise translate(error, path) from error
    if str(mode).lower() != "wal":
        raise StudyError(path, f"the study could not use write-ahead logging (got {mode}).")


def _migrate(path: Path, db: Database, ladder: Migrations) -> None:
    try:
        pending = ladder.pending(db)
        if pending and ladder.applied(db):
            backup_before_migrating(path, db)
        # The whole climb in one transaction (each step a savepoint): a crash mid-way leaves
        # the study at its old version, never between two. An up-to-date study is not written.
        if pending:
            with db.atomic():
                ladder.apply(db)
                db.execute(f"PRAGMA user_version = {len(ladder.applied(db))}")
    except StudyError:
        raise
    except Exception as error:
        raise StudyError(
            path, f"the study could not be brought up to date ({error}). It was left at its "
            "previous version; a backup copy sits beside it.") from error


def backup_before_migrating(path: Path, db: Database) -> Path:
    """A consistent copy (WAL included) beside the study, named after its schema and time.

    The copy is written as `<name>.part` and renamed once whole and on disk, so a backup
    interrupted by a crash or a kill never passes for a good one; the next backup removes it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    version = db.execute("PRAGMA user_version").fetchone()[0]
    target = path.with_name(f"{path.stem}.backup-schema{version}-{stamp}{path.suffix}")
    partial = target.with_name(target.name + PARTIAL)
    for left_over in path.parent.glob(
            f"{escape(path.stem)}.backup-schema*{escape(path.suffix)}{PARTIAL}"):
        _remove_partial(left_over)  # an earlier backup that was cut off
    try:
        with sqlite3.connect(str(partial)) as copy:
            db.conn.backup(copy)
        copy.close()
        with open(partial, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        _remove_partial(partial)
        raise translate(error, path) from error
    return target


def _register_device(study: Study) -> None:
    with study.transaction() as db:
        db.execute(
            "INSERT OR IGNORE INTO devices (id, name, first_seen_at) VALUES (?, ?, ?)",
            [study.device.id, study.device.name, now_iso()])


def _remove_partial(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
