"""Merge another laptop's copy of a study into this one: a union of rows keyed by UUID, each
table by the rule the registry declares for it (desktop/store/policies.py).

Append-only rows are added if missing (the first-made provenance and the earliest set-once value
are kept). Rows people edit: the newest edit wins, by (updated_at, device_id, content), the same
whichever way the merge runs. Rows whose id is made from their content: the first-made copy is
kept. Both use sync's rules (desktop/store/server/rules.py), so a merge and a sync of the same
copies give the same content.
Erasures travel first, and an erased person's rows never come in. Merging twice changes
nothing. The other file is never written to: it is copied, the copy is brought to this schema,
and read from there. `preview_merge` runs the same merge on private copies, for a dry run.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.device import Device
from desktop.store.erasure import delete_rows_of
from desktop.store.errors import StudyError, translate
from desktop.store.merge_bulk import bulk_insert, roomy_cache
from desktop.store.opening import open_study
from desktop.store.policies import POLICIES, TablePolicy, person_sql, policy_of
from desktop.store.server.rules import changed_columns, winner
from desktop.store.study import Study


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
    with _private_folder("copy") as folder:
        copy = _readable_copy(other_path, Path(folder))
        try:
            with open_study(copy, device=study.device) as other:
                _check_same_study(study, other, other_path)
        except StudyError as error:
            if error.path != copy:
                raise
            raise type(error)(other_path, error.problem) from error  # name the real file
        return _merge_from(study, copy, other_path)


def preview_merge(study_path: Path | str, other_path: Path | str,
                  device: Device | None = None) -> MergeReport:
    """What `merge_study` would add and update, with neither file written: the merge runs on
    private copies of both, so its counts are those of the real merge."""
    study_path, other_path = Path(study_path).expanduser(), Path(other_path).expanduser()
    if other_path.resolve() == study_path.resolve():
        raise StudyError(other_path, "this is the study that is open: there is nothing to merge.")
    with _private_folder("preview") as folder:
        copy = _readable_copy(study_path, Path(folder), "this.mgstudy")
        try:
            with open_study(copy, device=device) as study:
                return merge_study(study, other_path)
        except StudyError as error:
            if error.path != copy:
                raise
            raise type(error)(study_path, error.problem) from error


def _private_folder(purpose: str) -> tempfile.TemporaryDirectory[str]:
    """A temporary folder for private copies, named after this process so that the next
    merge can clear what a killed one left behind (a whole copy of a study)."""
    _clear_abandoned_folders()
    return tempfile.TemporaryDirectory(prefix=f"mgs-merge-{os.getpid()}-{purpose}-")


def _clear_abandoned_folders() -> None:
    for folder in Path(tempfile.gettempdir()).glob("mgs-merge-*-*-*"):
        if _abandoned(folder):
            shutil.rmtree(folder, ignore_errors=True)


def _abandoned(folder: Path) -> bool:
    """Left by a process that is gone (where that can be asked harmlessly), else a day old."""
    pid = folder.name.split("-")[2]
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    if os.name == "posix":
        try:
            os.kill(int(pid), 0)  # signal 0: only asks whether the process exists
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False
    return time.time() - folder.stat().st_mtime > 24 * 3600


def _readable_copy(path: Path, folder: Path, name: str = "other.mgstudy") -> Path:
    """A private copy, so that migrating it leaves the other laptop's file untouched."""
    target = folder / name
    if not path.is_file():
        with open_study(path):  # raises the plain-words error for folders and missing files
            pass
    try:
        source = sqlite3.connect(_read_only_uri(path), uri=True)
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
            with roomy_cache(db), db.atomic():
                db.execute("PRAGMA defer_foreign_keys = ON")  # rows arrive in any table order
                _merge_devices(study)
                _merge_erasures(study, report)
                for policy in POLICIES:
                    if policy.rule not in ("devices", "local") and policy.table != "erasures":
                        _merge_table(study, policy, report)
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
    with sqlite3.connect(_read_only_uri(copy), uri=True) as other:
        theirs = {row[1]: row[0] for row in other.execute(f'SELECT id, "{column}" FROM "{table}"')}
    other.close()
    mine = study.db.execute(f'SELECT id, "{column}" FROM "{table}"').fetchall()
    clashes = sorted(str(v) for i, v in mine if v in theirs and theirs[v] != i)
    listed = ", ".join(repr(v) for v in clashes[:5]) or "?"
    return (f"{table}.{column} {listed} means different rows in the two copies (for people: "
            "the same code was given to two different people; rename one and merge again)")


def _read_only_uri(path: Path) -> str:
    """A read-only SQLite URI for any path (as_uri quotes '?', '#' and spaces)."""
    return f"{path.resolve().as_uri()}?mode=ro"


def _merge_devices(study: Study) -> None:
    # Each copy records when it first saw a device: keep the earliest, the same either way.
    study.db.execute("INSERT OR IGNORE INTO devices SELECT * FROM other.devices")
    study.db.execute(
        "UPDATE devices SET (name, first_seen_at) = (SELECT o.name, o.first_seen_at FROM "
        "other.devices o WHERE o.id = devices.id) WHERE EXISTS (SELECT 1 FROM other.devices o "
        "WHERE o.id = devices.id AND (o.first_seen_at, o.name) < (devices.first_seen_at, "
        "devices.name))")


def _merge_erasures(study: Study, report: MergeReport) -> None:
    """Tombstones first: a person erased on the other laptop is erased here too."""
    db = study.db
    arriving = [row[0] for row in db.execute(
        "SELECT person_id FROM other.erasures WHERE person_id NOT IN "
        "(SELECT person_id FROM main.erasures)").fetchall()]
    _merge_table(study, policy_of("erasures"), report)
    for person_id in arriving:
        delete_rows_of(study, person_id)


def _merge_table(study: Study, policy: TablePolicy, report: MergeReport) -> None:
    table, db = policy.table, study.db
    columns = [c for c in db.table(table).columns_dict
               if c in _columns_of(study, f"other.{table}")]
    listed = ", ".join(f'"{c}"' for c in columns)
    whose = person_sql(policy, "o", "other")
    kept = (f" AND coalesce({whose}, '') NOT IN (SELECT person_id FROM main.erasures)"
            if whose else "")
    with bulk_insert(db, table):  # set-based change log and indexes for many rows
        report.added[table] = db.execute(
            f'INSERT INTO main."{table}" ({listed}) SELECT {listed} FROM other."{table}" o '
            f'WHERE o.id NOT IN (SELECT id FROM main."{table}"){kept}').rowcount
    if policy.rule in ("newest_edit", "content_keyed"):
        changed = _take_winners(study, policy, columns)
    else:  # append-only: only provenance moves earlier, set-once columns fill in
        changed = _earlier_provenance(study, table)
        changed += sum(_earliest_value(study, table, column) for column in policy.set_once)
    report.updated[table] = changed


def _earlier_provenance(study: Study, table: str) -> int:
    """The same row made on both laptops (an id made from its content): the first-made
    (created_at, device_id) is kept, whichever way the merge runs."""
    return study.db.execute(
        f'UPDATE main."{table}" SET (created_at, device_id) = (SELECT o.created_at, '
        f'o.device_id FROM other."{table}" o WHERE o.id = main."{table}".id) WHERE id IN ('
        f'SELECT o.id FROM other."{table}" o JOIN main."{table}" m ON o.id = m.id WHERE '
        "(o.created_at, o.device_id) < (m.created_at, m.device_id))").rowcount


def _earliest_value(study: Study, table: str, column: str) -> int:
    return study.db.execute(
        f'UPDATE main."{table}" SET "{column}" = (SELECT o."{column}" FROM other."{table}" o '
        f'WHERE o.id = main."{table}".id) WHERE id IN (SELECT o.id FROM other."{table}" o '
        f'JOIN main."{table}" m ON o.id = m.id WHERE coalesce(o."{column}", \'\') <> \'\' AND '
        f'(coalesce(m."{column}", \'\') = \'\' OR o."{column}" < m."{column}"))').rowcount


def _take_winners(study: Study, policy: TablePolicy, columns: list[str]) -> int:
    """Rows both copies hold and that differ: each becomes the copy sync's rule picks
    (desktop/store/server/rules.py), so that merging and syncing give the same content."""
    table, db = policy.table, study.db
    differs = " OR ".join(f'o."{c}" IS NOT m."{c}"' for c in columns)
    mine_listed = ", ".join(f'm."{c}"' for c in columns)
    theirs_listed = ", ".join(f'o."{c}"' for c in columns)
    pairs = db.execute(
        f'SELECT {mine_listed}, {theirs_listed} FROM other."{table}" o JOIN main."{table}" m '
        f"ON o.id = m.id WHERE {differs}").fetchall()
    width, changed = len(columns), 0
    for pair in pairs:
        mine, theirs = tuple(pair[:width]), tuple(pair[width:])
        best = winner(policy, columns, mine, theirs)
        if best is None:
            continue
        names = changed_columns(columns, mine, best)
        settings = ", ".join(f'"{c}" = ?' for c in names)
        db.execute(f'UPDATE main."{table}" SET {settings} WHERE id = ?',
                   [*(best[columns.index(c)] for c in names), mine[0]])
        changed += 1
    return changed


def _columns_of(study: Study, qualified: str) -> set[str]:
    schema, table = qualified.split(".")
    rows = study.db.execute(f'PRAGMA {schema}.table_info("{table}")').fetchall()
    return {row[1] for row in rows}
