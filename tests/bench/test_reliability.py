"""Kill trials (`bench --only reliability`), a small run: the real program is killed with SIGKILL
mid-work in every scenario and nothing it acknowledged is lost; and the checks do see a loss."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from desktop.bench.kill_data_scenarios import all_or_nothing
from desktop.bench.kill_trial import Checked, Scale
from desktop.bench.reliability import SCENARIOS, run_trials, summary
from desktop.store.inspection import FileState

# 25 trials; the interview's are the longest (the real model drafts the card).
COUNTS = {"interview": 2, "labelling": 4, "voting": 4, "import": 5, "merge": 5,
          "migration": 5}


@pytest.mark.slow
def test_killed_at_random_moments_no_scenario_loses_anything(tmp_path: Path) -> None:
    assert set(COUNTS) == set(SCENARIOS) and sum(COUNTS.values()) >= 25
    results = run_trials(COUNTS, Scale.small(), 20261202, tmp_path)
    figures = summary(results)
    for name, count in COUNTS.items():
        trials = results[name]
        assert len(trials) == count
        assert not [t.error for t in trials if t.error], name
        assert figures[name]["losses"] == 0, figures[name]["lost"]
        # The kills landed in the work: most with actions acknowledged and more to do (or,
        # for an import, merge or migration, after it began and before it was acknowledged).
        assert figures[name]["killed_mid_work"] > count / 2, (name, figures[name])


def _state(**counts: int) -> FileState:
    return FileState("ok", 26, (), {"devices": 3, **counts})


@pytest.mark.parametrize(("found", "acked", "lost"), [
    ({"items": 10, "valence_items": 10}, False, False),  # before: the import never committed
    ({"items": 30, "valence_items": 30}, True, False),  # after
    ({"items": 30, "valence_items": 10}, False, True),  # half of it
    ({"items": 10, "valence_items": 10}, True, True),  # acknowledged, then gone
])
def test_all_or_nothing_counts_a_part_or_an_acknowledged_job_missing_as_a_loss(
        found: dict[str, int], acked: bool, lost: bool) -> None:
    checked = Checked()
    all_or_nothing(_state(**found), {"items": 10, "valence_items": 10},
                   {"items": 30, "valence_items": 30}, acked, checked)
    assert bool(checked.problems) == lost


def test_an_acknowledged_label_missing_from_the_study_is_a_loss(tmp_path: Path) -> None:
    scenario = SCENARIOS["labelling"]()
    scenario.setup(tmp_path / "setup", Scale(labelling_items=5), tmp_path / "home")
    trial = tmp_path / "trial"
    scenario.prepare(trial, random.Random(1))  # the study as the child would find it
    events = [{"event": "ready", "t": 0.0},
              {"event": "ack", "t": 0.1, "kind": "label", "id": "never-stored",
               "item_id": "some-item", "annotator_id": "A", "answer": "{}"}]
    checked = scenario.check(trial, events)
    assert checked.problems == ["acknowledged label never-stored is lost",
                                "item some-item: an older label is current"]
