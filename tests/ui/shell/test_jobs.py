"""Background jobs: progress, result and failure come back on the GUI thread, the newest request
of a kind wins, lanes run side by side, and each job has its own study connection."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from desktop.store import StudyError, create_study
from desktop.store.questions import add_question, list_questions
from desktop.ui.shell.jobs import JobContext, JobRunner, failure_sentence

WAIT_MS = 10_000


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    jobs = JobRunner()
    yield jobs
    jobs.shutdown()


def test_progress_then_the_result_arrive_on_the_gui_thread(qtbot: QtBot,
                                                           runner: JobRunner) -> None:
    def count(job: JobContext) -> int:
        for done in range(1, 4):
            job.report(done, 3, f"row {done}")
        return 42

    progress: list[tuple[int, int, str]] = []
    threads: list[bool] = []
    job = runner.run(count)
    job.progressed.connect(lambda *args: progress.append(args))
    job.finished.connect(lambda _: threads.append(QThread.currentThread().isMainThread()))
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS) as finished:
        pass
    assert finished.args == [42] and threads == [True]
    assert progress[-1] == (3, 3, "row 3")  # the last report is never dropped
    assert job.wait(1) and job.is_done()


def test_a_failure_is_a_sentence_saying_what_was_left_unchanged(qtbot: QtBot,
                                                               runner: JobRunner) -> None:
    def refused(_job: JobContext) -> None:
        raise ValueError("Line 2 is not JSON.")

    def broken(_job: JobContext) -> None:
        raise KeyError("title")

    first = runner.run(refused, unchanged="Nothing was imported.")
    with qtbot.waitSignal(first.failed, timeout=WAIT_MS) as failed:
        pass
    assert failed.args == ["Line 2 is not JSON. Nothing was imported."]
    second = runner.run(broken, unchanged="Nothing was imported.")
    with qtbot.waitSignal(second.failed, timeout=WAIT_MS) as failed:
        pass
    assert failed.args == ["It failed: 'title'. Nothing was imported."]
    assert failure_sentence(StudyError("b.mgstudy", "it is another study.")) == (
        "b.mgstudy: it is another study.")


def test_only_the_newest_result_of_a_kind_arrives(qtbot: QtBot, runner: JobRunner) -> None:
    gate, ran = threading.Event(), []
    received: list[tuple[str, object]] = []

    def step(name: str):  # type: ignore[no-untyped-def]
        def run(_job: JobContext) -> str:
            gate.wait(5)
            ran.append(name)
            return name
        return run

    for name, replaceable in (("first", True), ("skipped", True), ("kept", False),
                              ("last", True)):
        # "skipped" is superseded before it starts; "kept" changes state: it must run.
        job = runner.run(step(name), kind="frame", lane="replay", replaceable=replaceable)
        job.finished.connect(lambda result, kind=job.kind: received.append((kind, result)))
    assert runner.is_busy("frame")
    gate.set()
    qtbot.waitUntil(lambda: received == [("frame", "last")], timeout=WAIT_MS)
    assert ran == ["first", "kept", "last"] and not runner.is_busy("frame")


def test_a_failing_job_of_a_kind_is_reported(qtbot: QtBot, runner: JobRunner) -> None:
    def broken(_job: JobContext) -> None:
        raise ValueError("no votes to rank")

    job = runner.run(broken, kind="intervals", lane="intervals")
    with qtbot.waitSignal(job.failed, timeout=WAIT_MS) as failed:
        pass
    assert [job.kind, *failed.args] == ["intervals", "no votes to rank"]


def test_a_slow_lane_does_not_hold_up_a_fast_one(qtbot: QtBot, runner: JobRunner) -> None:
    gate = threading.Event()
    slow = runner.run(lambda _job: gate.wait(5), lane="intervals")
    fast = runner.run(lambda _job: "frame", lane="replay")
    with qtbot.waitSignal(fast.finished, timeout=WAIT_MS):
        pass
    assert not slow.is_done()
    gate.set()
    with qtbot.waitSignal(slow.finished, timeout=WAIT_MS):
        pass


def test_each_job_has_its_own_connection_on_its_own_thread(qtbot: QtBot, runner: JobRunner,
                                                          tmp_path: Path) -> None:
    study = create_study(tmp_path / "jobs.mgstudy", "Jobs")
    seen: list[tuple[object, int]] = []
    both_open = threading.Barrier(2, timeout=60)  # a loaded machine opens studies slowly

    add_question(study, "Asked before the jobs")

    def read(job: JobContext) -> list[str]:
        seen.append((job.study.db.conn, threading.get_ident()))
        both_open.wait()  # two jobs at once, each with its connection
        return [question.text for question in list_questions(job.study)]

    read_back: list[list[str]] = []
    for lane in ("a", "b"):
        runner.run(read, study=study.path, lane=lane).finished.connect(read_back.append)
    qtbot.waitUntil(lambda: len(read_back) == 2, timeout=90_000)
    (first, one), (second, other) = seen
    assert first is not second and study.db.conn not in (first, second)
    assert len({one, other, threading.get_ident()}) == 3
    assert read_back == [["Asked before the jobs"]] * 2
    study.close()


def test_shutdown_skips_what_has_not_started(qtbot: QtBot) -> None:
    runner, gate = JobRunner(), threading.Event()
    running = runner.run(lambda _job: gate.wait(5))
    waiting = runner.run(lambda _job: "never")
    delivered: list[object] = []
    waiting.finished.connect(delivered.append)
    threading.Timer(0.2, gate.set).start()
    runner.shutdown()
    assert running.is_done() and waiting.is_done()
    qtbot.wait(50)
    assert delivered == []
