"""Merge another laptop's copy of a study into this one: a union of rows keyed by UUID.

Append-only rows (messages, labels, votes) are added if missing. Rows people edit carry
`updated_at`: the newest edit wins, ties broken by the row's content so that merging A into B
and B into A give the same result. Rows whose id is derived from their content (a prompt set,
an imported card, a setting) may exist on both laptops: the first-made copy is kept. Merging
twice changes nothing. The other file is never
written to: it is copied, the copy is brought to this schema, and read from there.
`preview_merge` runs the same merge on private copies of both files, for a dry run.
"""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.device import Device
from desktop.store.errors import StudyError, translate
from desktop.store.opening import open_study
from desktop.store.study import Study

SKIPPED_TABLES = ("devices",)  # merged by its own rule below


@dataclass
class MergeReport:
    other: Path
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values())

    def as_dict(self) -> dict[str, object]:
        return {"other": str(self.other), "added": self.added, "updated": self.updated,
                "rows_changed": self.changed}


def merge_study(study: Study, other_path: Path | str) -> MergeReport:
    other_path = Path(other_path).expanduser()
    if other_path.resolve() == study.path.resolve():
        raise StudyError(other_path, "this is the study that is open: there is nothing to merge.")
    with tempfile.TemporaryDirectory(prefix="mgs-merge-") as folder:
        copy = _readable_copy(other_path, Path(folder))
        with open_study(copy, device=study.device) as other:
            _check_same_study(study, other, other_path)
        return _merge_from(study, copy, other_path)


def preview_merge(study_path: Path | str, other_path: Path | str,
                  device: Device | None = None) -> MergeReport:
    """What `merge_study` would add and update, with neither file written: the merge runs on
    private copies of both, so its counts are those of the real merge."""
    study_path, other_path = Path(study_path).expanduser(), Path(other_path).expanduser()
    if other_path.resolve() == study_path.resolve():
        raise StudyError(other_path, "this is the study that is open: there is nothing to merge.")
    with tempfile.TemporaryDirectory(prefix="mgs-merge-preview-") as folder:
        copy = _readable_copy(study_path, Path(folder), "this.mgstudy")
        try:
            with open_study(copy, device=device) as study:
                return merge_study(study, other_path)
        except StudyError as error:
            if error.path != copy:
                raise
            raise type(error)(study_path, error.problem) from error


def _readable_copy(path: Path, folder: Path, name: str = "other.mgstudy") -> Path:
    """A private copy, so that migrating it leaves the other laptop's file untouched."""
    target = folder / name
    if not path.is_file():
        with open_study(path):  # raises the plain-words error for folders and missing files
            pass
    try:
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        with sqlite3.connect(target) as copy:
            source.backup(copy)
        copy.close()
        source.close()
    except sqlite3.Error as error:
        raise translate(error, path) from error
    return target


def _check_same_study(study: Study, other: Study, other_path: Path) -> None:
    mine, theirs = study.meta, other.meta
    if mine.id != theirs.id:
        raise StudyError(other_path, f"this is a different study ({theirs.name!r}, id "
                         f"{theirs.id}) from the open one ({mine.name!r}, id {mine.id}). "
                         "Only copies of the same study can be merged.")


def _merge_from(study: Study, copy: Path, other_path: Path) -> MergeReport:
    report = MergeReport(other_path)
    db = study.db
    try:
        db.execute("ATTACH DATABASE ? AS other", [str(copy)])
        try:
            with db.atomic():
                db.execute("PRAGMA defer_foreign_keys = ON")  # rows arrive in any table order
                _merge_devices(study)
                for table in _tables(study):
                    _merge_table(study, table, report)
        finally:
            db.execute("DETACH DATABASE other")
    except sqlite3.IntegrityError as error:
        raise StudyError(other_path, "the two copies disagree in a way that can't be merged "
                         f"automatically: {_conflict(study, copy, error)}. Nothing was "
                         "changed.") from error
    except sqlite3.Error as error:
        raise translate(error, study.path) from error
    return report


def _conflict(study: Study, copy: Path, error: sqlite3.IntegrityError) -> str:
    """Name the clashing values of a UNIQUE column, e.g. one code given to two people."""
    text = str(error)
    if "UNIQUE constraint failed: " not in text:
        return text
    table, column = text.split(": ", 1)[1].split(",")[0].strip().split(".")
    with sqlite3.connect(f"file:{copy}?mode=ro", uri=True) as other:
        theirs = {row[1]: row[0] for row in other.execute(f'SELECT id, "{column}" FROM "{table}"')}
    other.close()
    mine = study.db.execute(f'SELECT id, "{column}" FROM "{table}"').fetchall()
    clashes = sorted(str(v) for i, v in mine if v in theirs and theirs[v] != i)
    listed = ", ".join(repr(v) for v in clashes[:5]) or "?"
    return (f"{table}.{column} {listed} means different rows in the two copies (for people: "
            "the same code was given to two different people; rename one and merge again)")


def _tables(study: Study) -> list[str]:
    names = study.db.table_names()
    return [n for n in names if not n.startswith(("_", "sqlite_")) and n not in SKIPPED_TABLES
            and "id" in study.db.table(n).columns_dict]


def _merge_devices(study: Study) -> None:
    # Each copy records when it first saw a device: keep the earliest, the same either way.
    study.db.execute("INSERT OR IGNORE INTO devices SELECT * FROM other.devices")
    study.db.execute(
        "UPDATE devices SET (name, first_seen_at) = (SELECT o.name, o.first_seen_at FROM "
        "other.devices o WHERE o.id = devices.id) WHERE EXISTS (SELECT 1 FROM other.devices o "
        "WHERE o.id = devices.id AND (o.first_seen_at, o.name) < (devices.first_seen_at, "
        "devices.name))")


def _merge_table(study: Study, table: str, report: MergeReport) -> None:
    db = study.db
    columns = [c for c in db.table(table).columns_dict
               if c in _columns_of(study, f"other.{table}")]
    listed = ", ".join(f'"{c}"' for c in columns)
    added = db.execute(
        f'INSERT INTO main."{table}" ({listed}) SELECT {listed} FROM other."{table}" '
        f'WHERE id NOT IN (SELECT id FROM main."{table}")').rowcount
    report.added[table] = added
    if "updated_at" in columns:
        report.updated[table] = _apply_newer_edits(study, table, columns)
    elif "created_at" in columns:
        # Rows with content-derived ids (a prompt set, an imported card) can be made on both
        # laptops: keep the first-made copy, so that A into B and B into A agree.
        report.updated[table] = _take_other_where(study, table, columns, "created_at", "<")


def _apply_newer_edits(study: Study, table: str, columns: list[str]) -> int:
    """Take the other copy's row where it is newer; equal times: the larger content wins."""
    return _take_other_where(study, table, columns, "updated_at", ">")


def _take_other_where(study: Study, table: str, columns: list[str], time: str, wins: str
                      ) -> int:
    newer = (f'SELECT o.id FROM other."{table}" o JOIN main."{table}" m ON o.id = m.id '
             f"WHERE {_version(columns, 'o', time)} {wins} {_version(columns, 'm', time)}")
    settable = [c for c in columns if c != "id"]
    assignments = ", ".join(f'"{c}"' for c in settable)
    picked = ", ".join(f'o."{c}"' for c in settable)
    return study.db.execute(
        f'UPDATE main."{table}" SET ({assignments}) = (SELECT {picked} FROM other."{table}" o '
        f'WHERE o.id = main."{table}".id) WHERE id IN ({newer})').rowcount


def _version(columns: list[str], alias: str, time: str) -> str:
    content = ", ".join(f'{alias}."{c}"' for c in columns)
    return f"({alias}.{time}, json_array({content}))"


def _columns_of(study: Study, qualified: str) -> set[str]:
    schema, table = qualified.split(".")
    rows = study.db.execute(f'PRAGMA {schema}.table_info("{table}")').fetchall()
    return {row[1] for row in rows}
