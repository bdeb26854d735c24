"""Benchmark of streaming through the worker thread, against a bare llama-cpp-python loop.

Both stream the same greedy reply to the same prompt from the same loaded model, runs
interleaved. The window side shows the text in a real QPlainTextEdit while a 10 ms timer
measures how late the event loop runs (its longest stall).
"""

from __future__ import annotations

import statistics
import time
from typing import Any

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from desktop.llm.llama_model import LlamaChatModel
from desktop.llm.protocol import ChatMessage, Generation, LoadSettings, SamplingSettings
from desktop.ui.bench.stall_probe import StallProbe
from desktop.ui.shell.application import qt_application
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.widgets.waiting import wait_for

PROMPT = "Write a long, detailed story about a lighthouse keeper who learns to listen."
SAMPLING = SamplingSettings(max_tokens=200, temperature=0.0, seed=11)


def bare_loop(model: LlamaChatModel, messages: list[ChatMessage]) -> tuple[int, float]:
    """Tokens and seconds for the plain llama-cpp-python streaming loop, nothing around it."""
    started = time.perf_counter()
    stream = model._llama.create_chat_completion(  # the reference: no app code in between
        messages=[{"role": m.role, "content": m.content} for m in messages], stream=True,
        max_tokens=SAMPLING.max_tokens, temperature=SAMPLING.temperature,
        top_p=SAMPLING.top_p, top_k=SAMPLING.top_k, repeat_penalty=SAMPLING.repeat_penalty,
        seed=SAMPLING.seed)
    tokens = sum(1 for chunk in stream if chunk["choices"][0]["delta"].get("content"))
    return tokens, time.perf_counter() - started


def through_worker(service: LlmService, view: QPlainTextEdit, probe: StallProbe,
                   messages: list[ChatMessage]) -> tuple[int, float, float]:
    """Tokens, seconds (request to last text shown) and the longest event-loop stall (ms)."""
    view.clear()
    probe.start()
    started = time.perf_counter()
    service.generate(messages, SAMPLING)
    result = wait_for(service.generation_finished, service.generation_failed, timeout_s=300)
    elapsed = time.perf_counter() - started
    stall = probe.stop()
    if result is None or not isinstance(result[1], Generation):
        raise RuntimeError(f"the worker did not finish: {result}")
    if view.toPlainText() != result[1].text:
        raise RuntimeError("the window did not show the whole reply")
    return result[1].completion_tokens, elapsed, stall


def measure_streaming(model: LlamaChatModel, runs: int) -> dict[str, Any]:
    app = qt_application()
    service = LlmService(loader=lambda _path, _settings: model)
    view = QPlainTextEdit()
    view.resize(500, 400)
    view.show()

    def show(_request: int, text: str) -> None:
        view.moveCursor(QTextCursor.MoveOperation.End)
        view.insertPlainText(text)

    service.text_received.connect(show)
    probe = StallProbe(10)
    try:
        service.load(model.identity.file_name, LoadSettings())  # type: ignore[arg-type]
        wait_for(service.model_loaded, timeout_s=30)
        return _interleaved_runs(model, service, view, probe, runs)
    finally:
        service.shutdown()
        view.close()
        app.processEvents()


def _interleaved_runs(model: LlamaChatModel, service: LlmService, view: QPlainTextEdit,
                      probe: StallProbe, runs: int) -> dict[str, Any]:
    messages = [ChatMessage("user", PROMPT)]
    bare_loop(model, messages)  # warm-up: both then start from the same cached prefix
    bare_rates, worker_rates, ratios, stalls, tokens = [], [], [], [], set()
    for _ in range(runs):
        count, seconds = bare_loop(model, messages)
        count_w, seconds_w, stall = through_worker(service, view, probe, messages)
        bare_rates.append(count / seconds)
        worker_rates.append(count_w / seconds_w)
        # This machine's speed drifts between runs: compare each pair run back to back.
        ratios.append(worker_rates[-1] / bare_rates[-1])
        stalls.append(stall)
        tokens.update((count, count_w))
    return {
        "pairs": runs,
        "tokens_per_run": sorted(tokens),
        "bare_loop_tokens_per_s": round(statistics.median(bare_rates), 1),
        "worker_tokens_per_s": round(statistics.median(worker_rates), 1),
        "worker_to_bare_ratio": round(statistics.median(ratios), 3),
        "worker_to_bare_ratio_range": [round(min(ratios), 3), round(max(ratios), 3)],
        "gui_longest_stall_ms_median": round(statistics.median(stalls), 1),
        "gui_longest_stall_ms_worst": round(max(stalls), 1),
    }
