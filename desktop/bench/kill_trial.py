"""The parts of one kill trial (see desktop/bench/reliability.py): the scenario's shape, the
child process started and killed, and the checks every study file must pass afterwards."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.store import StudyError, open_study
from desktop.store.inspection import FileState, inspect_study_file

ROOT = Path(__file__).resolve().parents[2]
READY_TIMEOUT_S = 180
Events = list[dict[str, Any]]


@dataclass(frozen=True)
class Scale:
    """How big each scenario's work is: the bench's, or the test suite's smaller one."""

    import_rows: int = 100_000
    merge_rows: int = 20_000  # valence items in the other copy (two rows each)
    migration_rows: int = 20_000
    migration_versions: tuple[int, ...] = (14, 20, 24)  # schema versions of the older studies
    labelling_items: int = 2000
    voting_values: int = 24
    interview_window_s: float = 20.0
    page_window_s: float = 4.0

    @classmethod
    def bench(cls) -> Scale:
        return cls()

    @classmethod
    def small(cls) -> Scale:
        return cls(import_rows=10_000, merge_rows=5_000, migration_rows=5_000,
                   migration_versions=(14,), labelling_items=400, voting_values=12,
                   interview_window_s=10.0, page_window_s=2.0)


@dataclass
class Checked:
    problems: list[str] = field(default_factory=list)  # each one a loss
    notes: dict[str, int] = field(default_factory=dict)  # counted, not losses


class Scenario:
    """One kind of work: set up once, prepared per trial, checked after the kill."""

    name = ""
    window: tuple[float, float] = (0.0, 1.0)  # seconds after `ready` the kill falls within

    def setup(self, folder: Path, scale: Scale, home: Path) -> None:
        raise NotImplementedError

    def prepare(self, folder: Path, rng: random.Random) -> list[str]:
        """Make the trial's study in `folder`; the child's `python -m` arguments."""
        raise NotImplementedError

    def check(self, folder: Path, events: Events) -> Checked:
        raise NotImplementedError

    def mid_work(self, events: Events) -> bool:
        """Killed with acknowledged work behind and more to do."""
        return bool(acks(events)) and not finished(events)


class SingleActionScenario(Scenario):
    """One all-or-nothing action per trial (an import, a merge, a migration)."""

    def mid_work(self, events: Events) -> bool:
        return any(e["event"] == "begin" for e in events) and not acks(events)

    def calibrate(self, args: Callable[[Path], list[str]], folder: Path, home: Path) -> Events:
        """Run the child to the end twice (the first warms the caches): how long the work
        takes, at best, sets the kill window."""
        durations, events = [], []
        for run in range(2):
            events, _, error = run_child(args(folder / f"run-{run}"), folder / f"run-{run}",
                                         home, None)
            if error or not finished(events):
                raise RuntimeError(f"{self.name}: the calibration run failed: {error}")
            ready = next(e["t"] for e in events if e["event"] == "ready")
            durations.append(max(acks(events)[-1]["t"] - ready, 0.01))
        self.window = (0.0, round(min(durations), 3))
        return events


def acks(events: Events, kind: str | None = None) -> Events:
    return [e for e in events if e["event"] == "ack" and kind in (None, e.get("kind"))]


def finished(events: Events) -> bool:
    return any(e["event"] == "finished" for e in events)


def study_path(folder: Path) -> Path:
    return folder / "study.mgstudy"


def file_problems(path: Path) -> tuple[list[str], FileState | None]:
    """The file as the kill left it: SQLite's quick check, before anything opens it."""
    try:
        state = inspect_study_file(path)
    except StudyError as error:
        return [f"the file cannot be read: {error}"], None
    if state.quick_check != "ok":
        return [f"quick_check: {state.quick_check[:300]}"], state
    return [], state


def reopened_problems(path: Path) -> list[str]:
    """The study opens as the app opens it, and is still whole afterwards."""
    try:
        open_study(path).close()
    except StudyError as error:
        return [f"open_study failed after the kill: {error}"]
    state = inspect_study_file(path)
    return [] if state.quick_check == "ok" else [f"quick_check after opening: "
                                                 f"{state.quick_check[:300]}"]


# The child ------------------------------------------------------------------------------------

def run_child(args: list[str], folder: Path, home: Path, delay: float | None
              ) -> tuple[Events, bool, str]:
    """Start `python -m ARGS`; SIGKILL it `delay` s after it says `ready` (None: let it end).

    The events it printed, whether the kill landed while it was still running, and an error
    text if it failed on its own.
    """
    tmp = folder / "tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "MGS_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "TMPDIR": str(tmp), "PYTHONPATH": str(ROOT)}
    events: Events = []
    ready = threading.Event()
    with (folder / "stderr.txt").open("w") as stderr:
        child = subprocess.Popen([sys.executable, "-m", *args], cwd=ROOT, env=env,
                                 stdout=subprocess.PIPE, stderr=stderr, encoding="utf-8")
        reader = threading.Thread(target=_read_events, args=(child, events, ready),
                                  daemon=True)
        reader.start()
        killed = False
        try:
            if ready.wait(READY_TIMEOUT_S):
                killed = _kill_after(child, delay)
        finally:
            if child.poll() is None:
                child.kill()
            child.wait(timeout=60)
            reader.join(timeout=60)
            if child.stdout is not None:
                child.stdout.close()
    failed = child.returncode not in (0, -signal.SIGKILL) or not ready.is_set()
    tail = (folder / "stderr.txt").read_text(encoding="utf-8", errors="replace")[-600:]
    return events, killed, (f"child exited with {child.returncode}: {tail}" if failed else "")


def _read_events(child: subprocess.Popen[str], events: Events, ready: threading.Event) -> None:
    assert child.stdout is not None
    for line in child.stdout:  # what was printed before the kill is still read from the pipe
        try:
            event = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line cut by the kill was never acknowledged
        if isinstance(event, dict) and "event" in event:
            events.append(event)
            if event["event"] == "ready":
                ready.set()


def _kill_after(child: subprocess.Popen[str], delay: float | None) -> bool:
    try:
        child.wait(timeout=delay)
        return False  # the work was over before the kill
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)
        return True
