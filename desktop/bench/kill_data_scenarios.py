"""Kill trials of the long database jobs: an import, a merge of another copy, the migration of
an older study. Each must be all or nothing: after the kill the file holds the state before the
job or the state after it, never a part (for a migration: the old version or the newest)."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from desktop.bench.kill_trial import (
    Checked,
    Events,
    Scale,
    SingleActionScenario,
    acks,
    file_problems,
    reopened_problems,
    study_path,
)
from desktop.bench.labelling import valence_file
from desktop.core import paths
from desktop.core.formats import read_valence_items
from desktop.services.importing import import_file
from desktop.store import create_study, open_study
from desktop.store.inspection import FileState, inspect_study_file
from desktop.store.items import add_valence_items
from desktop.store.migrations import SHIPPED, build_ladder
from desktop.store.questions import add_questions

WORKLOADS = "desktop.bench.kill_workloads"
DEMO_VALENCE = paths.resource("demo", "valence.jsonl")
Counts = dict[str, int]


def rows(state: FileState) -> Counts:
    # Each child registers its device when it opens the study: not part of the work.
    return {name: n for name, n in state.counts.items() if name != "devices"}


def copy_study(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


def all_or_nothing(state: FileState, before: Counts, after: Counts, acked: bool,
                   checked: Checked) -> None:
    found = rows(state)
    if found == after:
        checked.notes["after"] = 1
    elif found == before and not acked:
        checked.notes["before"] = 1
    elif found == before:
        checked.problems.append("the job was acknowledged but the study holds the state before")
    else:
        changed = {t: (before.get(t), n, after.get(t)) for t, n in found.items()
                   if n not in (before.get(t), after.get(t)) or before.get(t) != after.get(t)}
        checked.problems.append(f"part of the job is stored (before, found, after): {changed}")


class _BeforeAfter(SingleActionScenario):
    """A small study, one job run on a copy of it; its states before and after known."""

    def setup(self, folder: Path, scale: Scale, home: Path) -> None:
        folder.mkdir(parents=True)
        self.base = folder / "base.mgstudy"
        with create_study(self.base, self.name) as study:
            import_file(study, DEMO_VALENCE, "valence")
        self.prepare_job(folder, scale)
        self.before = rows(inspect_study_file(self.base))
        calibration = folder / "calibration"
        self.calibrate(lambda run: self._args(copy_study(self.base, study_path(run))),
                       calibration, home)
        self.after = rows(inspect_study_file(study_path(calibration / "run-1")))

    def prepare_job(self, folder: Path, scale: Scale) -> None:
        raise NotImplementedError

    def _args(self, study: Path) -> list[str]:
        raise NotImplementedError

    def prepare(self, folder: Path, rng: random.Random) -> list[str]:
        return self._args(copy_study(self.base, study_path(folder)))

    def check(self, folder: Path, events: Events) -> Checked:
        checked = Checked()
        checked.problems, state = file_problems(study_path(folder))
        if state is not None:
            all_or_nothing(state, self.before, self.after, bool(acks(events)), checked)
        checked.problems += reopened_problems(study_path(folder))
        return checked


class ImportScenario(_BeforeAfter):
    """Valence items from a ValuePrism-shaped CSV, through the `import` command's use case."""

    name = "import"

    def prepare_job(self, folder: Path, scale: Scale) -> None:
        self.file = valence_file(folder / "valence.csv", scale.import_rows)

    def _args(self, study: Path) -> list[str]:
        return [WORKLOADS, "import", str(study), "valence", str(self.file)]


class MergeScenario(_BeforeAfter):
    """Another laptop's copy of the study with tens of thousands of rows the base lacks."""

    name = "merge"

    def prepare_job(self, folder: Path, scale: Scale) -> None:
        self.other = copy_study(self.base, folder / "other.mgstudy")
        with open_study(self.other) as other:
            import_file(other, valence_file(folder / "other.csv", scale.merge_rows), "valence")

    def _args(self, study: Path) -> list[str]:
        return [WORKLOADS, "merge", str(study), str(self.other)]

    def check(self, folder: Path, events: Events) -> Checked:
        checked = super().check(folder, events)
        left = [p for p in (folder / "tmp").glob("mgs-merge-*") if any(p.iterdir())]
        checked.notes["merge_copy_left_in_tmp"] = int(bool(left))
        return checked


class MigrationScenario(SingleActionScenario):
    """An older study (made with a prefix of the ladder) migrated by `open_study`."""

    name = "migration"

    def setup(self, folder: Path, scale: Scale, home: Path) -> None:
        folder.mkdir(parents=True)
        items = read_valence_items(valence_file(folder / "items.csv", scale.migration_rows))
        self.old: dict[int, Path] = {}
        self.before: dict[int, FileState] = {}
        self.windows: dict[int, tuple[float, float]] = {}
        for version in scale.migration_versions:
            self.old[version] = path = folder / f"v{version}.mgstudy"
            with create_study(path, f"made at schema {version}",
                              ladder=build_ladder(SHIPPED[:version])) as study:
                add_questions(study, [(f"Question {n}?", "en", "") for n in range(50)])
                add_valence_items(study, items, "items.csv")
            self.before[version] = inspect_study_file(path)
            self.calibrate(lambda run, old=path: self._args(copy_study(old, study_path(run))),
                           folder / f"calibration-{version}", home)
            self.windows[version] = self.window

    def _args(self, study: Path) -> list[str]:
        return [WORKLOADS, "migrate", str(study)]

    def prepare(self, folder: Path, rng: random.Random) -> list[str]:
        version = rng.choice(sorted(self.old))
        self.window = self.windows[version]
        (folder / "version.txt").write_text(str(version))
        return self._args(copy_study(self.old[version], study_path(folder)))

    def check(self, folder: Path, events: Events) -> Checked:
        version = int((folder / "version.txt").read_text())
        before, path = self.before[version], study_path(folder)
        checked = Checked()
        checked.problems, state = file_problems(path)
        if state is not None:
            self._ladder_state(state, before, bool(acks(events)), checked)
        checked.problems += reopened_problems(path)
        if not checked.problems:
            self._rows_kept(inspect_study_file(path), before, checked)
        self._backups(folder, before, checked)
        return checked

    def _ladder_state(self, state: FileState, before: FileState, acked: bool,
                      checked: Checked) -> None:
        names = [m.__name__ for m in SHIPPED]
        old, applied = len(before.applied), len(state.applied)
        if list(state.applied) != names[:applied] or applied < old:
            checked.problems.append(f"migrations applied out of order: {state.applied}")
        elif applied == old and state.user_version == before.user_version:
            checked.notes["old_version"] = 1
        elif applied == len(names) and state.user_version == len(names):
            checked.notes["new_version"] = 1
        else:
            checked.problems.append(f"left between versions: {applied} migrations applied, "
                                    f"user_version {state.user_version}")
        if acked and (applied, state.user_version) != (len(names), len(names)):
            checked.problems.append("the migration was acknowledged but is not complete")
        self._rows_kept(state, before, checked)

    @staticmethod
    def _rows_kept(state: FileState, before: FileState, checked: Checked) -> None:
        for table, count in rows(before).items():
            if state.counts.get(table) != count:
                checked.problems.append(f"{table}: {count} rows before the migration, "
                                        f"{state.counts.get(table)} after")

    @staticmethod
    def _backups(folder: Path, before: FileState, checked: Checked) -> None:
        for backup in folder.glob("study.backup-schema*.mgstudy"):
            if Path(f"{backup}-journal").exists():
                checked.notes["unfinished_backup_copies"] = 1  # the kill fell in the backup
            else:
                checked.notes["backup_copies"] = 1
