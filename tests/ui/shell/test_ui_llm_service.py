"""The worker thread with the real default model: batches, stop, stale requests, failures."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import paths
from desktop.llm.protocol import ChatMessage, Generation, LoadSettings, SamplingSettings
from desktop.ui.shell.llm_service import FLUSH_SECONDS, LlmService, _Batcher
from tests.support.fakes import FakeChatModel, failing_loader, fake_loader

LONG = SamplingSettings(max_tokens=120, temperature=0.0)


@pytest.fixture
def real_service(qtbot: QtBot):  # type: ignore[no-untyped-def]
    service = LlmService()
    path = paths.default_model_file()
    assert path is not None
    with qtbot.waitSignal(service.model_loaded, timeout=60_000):
        service.load(path, LoadSettings(n_threads=2, n_ctx=2048))
    yield service
    service.shutdown()


def collect(service: LlmService) -> list[tuple[int, str]]:
    received: list[tuple[int, str]] = []
    service.text_received.connect(lambda rid, text: received.append((rid, text)))
    return received


def test_tokens_arrive_in_batches_and_add_up(qtbot: QtBot, real_service: LlmService) -> None:
    received = collect(real_service)
    started = time.perf_counter()
    with qtbot.waitSignal(real_service.generation_finished, timeout=60_000) as done:
        rid = real_service.generate([ChatMessage("user", "Count from one to twenty.")], LONG)
    elapsed = time.perf_counter() - started
    finished_id, generation = done.args
    assert finished_id == rid and isinstance(generation, Generation)
    assert "".join(text for _, text in received) == generation.text
    assert generation.completion_tokens > 10
    # Batched: at most one signal per token, and at most one per FLUSH_SECONDS (plus the last
    # flush) however fast or slow the machine streams; a loaded machine may stream slower than
    # one token per batch, so "fewer signals than tokens" alone would depend on the load.
    assert len(received) <= generation.completion_tokens
    assert len(received) <= elapsed / FLUSH_SECONDS + 2
    assert not real_service.busy


def test_pieces_arriving_faster_than_the_flush_interval_leave_in_one_batch() -> None:
    emitted: list[str] = []
    batch = _Batcher(emitted.append)
    for number in range(500):  # far faster than FLUSH_SECONDS apart
        batch.add(f"{number} ")
    batch.flush()
    assert "".join(emitted) == "".join(f"{number} " for number in range(500))
    assert len(emitted) <= 2


def test_stop_before_the_first_token(qtbot: QtBot, real_service: LlmService) -> None:
    received = collect(real_service)
    with qtbot.waitSignal(real_service.generation_finished, timeout=60_000) as done:
        rid = real_service.generate([ChatMessage("user", "Write a long essay.")], LONG)
        with qtbot.waitSignal(real_service.generation_stopped) as stopped:
            assert real_service.stop(rid)
    assert stopped.args == [rid]
    assert done.args[1].finish_reason == "cancelled"
    assert done.args[1].completion_tokens <= 1
    assert received == []  # nothing of a stopped request reaches the window


def test_stop_after_the_last_token_changes_nothing(qtbot: QtBot,
                                                   real_service: LlmService) -> None:
    with qtbot.waitSignal(real_service.generation_finished, timeout=60_000) as done:
        rid = real_service.generate([ChatMessage("user", "Say yes.")],
                                    SamplingSettings(max_tokens=4, temperature=0.0))
    with qtbot.assertNotEmitted(real_service.generation_stopped, wait=50):
        assert real_service.stop(rid) is False
    assert done.args[1].finish_reason in ("stop", "length")
    assert done.args[1].text


def test_stop_mid_stream_keeps_the_window_responsive(qtbot: QtBot,
                                                     real_service: LlmService) -> None:
    received = collect(real_service)
    with qtbot.waitSignal(real_service.generation_finished, timeout=60_000) as done:
        rid = real_service.generate([ChatMessage("user", "Tell a long story about a fox.")],
                                    SamplingSettings(max_tokens=400, temperature=0.0))
        qtbot.waitUntil(lambda: len(received) >= 2, timeout=30_000)
        real_service.stop(rid)
        shown = "".join(text for _, text in received)
    assert done.args[1].finish_reason == "cancelled"
    assert done.args[1].completion_tokens < 400
    assert done.args[1].text.startswith(shown)


def test_a_failed_load_is_reported_and_the_service_keeps_working(qtbot: QtBot) -> None:
    service = LlmService(loader=failing_loader)
    try:
        with qtbot.waitSignal(service.model_failed) as failed:
            service.load(Path("/nowhere/model.gguf"), LoadSettings())
        assert "not a GGUF" in failed.args[0] and service.load_error
        with qtbot.waitSignal(service.generation_failed) as refused:
            service.generate([ChatMessage("user", "hello")])
        assert refused.args[1] == "No model is loaded yet."
    finally:
        service.shutdown()


def test_an_empty_prompt_fails_plainly(qtbot: QtBot) -> None:
    service = LlmService(loader=fake_loader(FakeChatModel()))
    try:
        with qtbot.waitSignal(service.model_loaded):
            service.load(Path("fake.gguf"), LoadSettings())
        with qtbot.waitSignal(service.generation_failed) as failed:
            service.generate([ChatMessage("user", "  ")])
        assert "empty" in failed.args[1]
    finally:
        service.shutdown()
