"""Kill trials for `bench --only reliability`: the real program runs as a child process, is sent
SIGKILL at a seeded random moment, and the study file is then checked (integrity, every
acknowledged action kept unchanged, resumable, imports and merges all or nothing).

The child prints one JSON line per event (`ready`, `begin`, `ack`, `finished`), each flushed
after the commit returned; the kill falls uniformly within the scenario's window after `ready`.
"""

from __future__ import annotations

import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.bench.kill_data_scenarios import ImportScenario, MergeScenario, MigrationScenario
from desktop.bench.kill_page_scenarios import (
    InterviewScenario,
    LabellingScenario,
    VotingScenario,
)
from desktop.bench.kill_trial import Scale, Scenario, run_child

SCENARIOS: dict[str, type[Scenario]] = {
    "interview": InterviewScenario, "labelling": LabellingScenario, "voting": VotingScenario,
    "import": ImportScenario, "merge": MergeScenario, "migration": MigrationScenario}
TRIALS_PER_RUN = {"interview": 6, "labelling": 14, "voting": 14, "import": 4, "merge": 8,
                  "migration": 14}  # times --runs (5 by default: 300 trials in all)


@dataclass
class TrialResult:
    scenario: str
    seed: str
    kill_after_s: float
    killed: bool  # the child was still working when the kill was sent
    acks: int
    finished: bool  # the child said its work was done before the kill
    mid_work: bool  # killed with work under way (see Scenario.mid_work)
    seconds: float
    problems: list[str] = field(default_factory=list)
    notes: dict[str, Any] = field(default_factory=dict)
    error: str = ""  # the child failed on its own: the trial says nothing


def run_trial(scenario: Scenario, folder: Path, seed: str, home: Path) -> TrialResult:
    """One child started, killed within the scenario's window, and its study checked."""
    started = time.perf_counter()
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    args = scenario.prepare(folder, rng)
    delay = round(rng.uniform(*scenario.window), 4)
    events, killed, error = run_child(args, folder, home, delay)
    acks = [e for e in events if e.get("event") == "ack"]
    finished = any(e.get("event") == "finished" for e in events)
    result = TrialResult(scenario.name, seed, delay, killed, len(acks), finished,
                         killed and scenario.mid_work(events), 0.0, error=error)
    if not error:
        checked = scenario.check(folder, events)
        result.problems, result.notes = checked.problems, checked.notes
    result.seconds = round(time.perf_counter() - started, 3)
    return result


# Runs and figures ------------------------------------------------------------------------------

def run_trials(counts: dict[str, int], scale: Scale, seed: int, root: Path
               ) -> dict[str, list[TrialResult]]:
    """`counts[name]` trials of each named scenario, in a seeded order, under `root`."""
    home = root / "home"
    home.mkdir(parents=True, exist_ok=True)
    scenarios = {name: SCENARIOS[name]() for name in counts if counts[name]}
    for name, scenario in scenarios.items():
        scenario.setup(root / f"{name}-setup", scale, home)
    order = [name for name, count in counts.items() for _ in range(count)]
    random.Random(seed).shuffle(order)
    results: dict[str, list[TrialResult]] = {name: [] for name in scenarios}
    for number, name in enumerate(order):
        folder = root / f"trial-{number:04d}-{name}"
        result = run_trial(scenarios[name], folder, f"{seed}-{name}-{number}", home)
        if not (result.problems or result.error):
            shutil.rmtree(folder, ignore_errors=True)  # a bench run makes gigabytes otherwise
        results[name].append(result)
    return results


def summary(results: dict[str, list[TrialResult]]) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    for name, trials in results.items():
        losses = [t for t in trials if t.problems]
        notes: dict[str, int] = {}
        for trial in trials:
            for key, value in trial.notes.items():
                notes[key] = notes.get(key, 0) + int(value)
        figures[name] = {
            "trials": len(trials), "losses": len(losses),
            "killed_mid_work": sum(t.mid_work for t in trials),
            "finished_before_kill": sum(t.finished and not t.killed for t in trials),
            "child_errors": sum(bool(t.error) for t in trials),
            "acks_median": statistics.median([t.acks for t in trials]) if trials else 0,
            "kill_after_s_range": [min((t.kill_after_s for t in trials), default=None),
                                   max((t.kill_after_s for t in trials), default=None)],
            "seconds_per_trial_median": round(statistics.median(
                [t.seconds for t in trials]), 2) if trials else None,
            "notes": notes,
            "lost": [_described(t) for t in losses[:5]],
            "errors": [t.error[-300:] for t in trials if t.error][:3]}
    return figures


def _described(trial: TrialResult) -> dict[str, Any]:
    return {"seed": trial.seed, "kill_after_s": trial.kill_after_s, "acks": trial.acks,
            "problems": trial.problems[:5]}


def measure(runs: int, model: object = None, *, seed: int = 20261202,
            scale: Scale | None = None, counts: dict[str, int] | None = None) -> dict[str, Any]:
    """The bench's figures: trials and losses per scenario (`runs` scales the trial counts)."""
    counts = counts or {name: n * max(1, runs) for name, n in TRIALS_PER_RUN.items()}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="mgs-bench-reliability-") as folder:
        results = run_trials(counts, scale or Scale.bench(), seed, Path(folder))
    seconds = time.perf_counter() - started
    trials = sum(len(t) for t in results.values())
    return {"seed": seed, "trials": trials,
            "losses": sum(1 for t in results.values() for r in t if r.problems),
            "seconds": round(seconds, 1),
            "seconds_per_trial": round(seconds / trials, 2) if trials else None,
            "scenarios": summary(results)}


def scenario_names() -> Sequence[str]:
    return tuple(SCENARIOS)
