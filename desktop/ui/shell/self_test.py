"""`--self-test`: open a temporary study, load the default model, stream a few tokens through
the worker thread, show every page, draw every script, and say plainly which step failed."""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core.settings import Settings
from desktop.llm.protocol import Generation
from desktop.services.demo_study import add_demo_questions
from desktop.store import create_study
from desktop.ui.shell.application import qt_application
from desktop.ui.shell.fonts import SAMPLES, drawing_families, missing_characters
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.translations import install_language
from desktop.ui.widgets.waiting import wait_for


class _Report:
    def __init__(self) -> None:
        self.steps: list[dict[str, Any]] = []
        self.started = time.perf_counter()

    def step(self, name: str, action: Callable[[], str], begun: float | None = None) -> bool:
        """Run `action` as step `name`, timed from `begun` (a perf_counter reading: a step
        started earlier that went on in the background) or from now."""
        begun = time.perf_counter() if begun is None else begun
        try:
            detail, ok = action(), True
        except Exception as error:  # the report names the step that failed and why
            detail, ok = f"{type(error).__name__}: {error}", False
        self.steps.append({"step": name, "ok": ok, "seconds": round(time.perf_counter() - begun,
                                                                     3), "detail": detail})
        return ok

    def summary(self) -> dict[str, Any]:
        return {"ok": all(s["ok"] for s in self.steps), "steps": self.steps,
                "seconds": round(time.perf_counter() - self.started, 3)}


def run_self_test(screenshot: Path | None = None, language: str | None = None) -> int:
    with tempfile.TemporaryDirectory(prefix="mgs-self-test-") as folder:
        os.environ["MGS_HOME"] = folder  # never touch the user's settings or studies
        report = _Report()
        _run_steps(report, Path(folder), screenshot, language)
        summary = report.summary()
    print(json.dumps(summary, indent=2))
    return 0 if summary["ok"] else 1


def _run_steps(report: _Report, folder: Path, screenshot: Path | None,
               language: str | None) -> None:
    app = qt_application()
    if language and not report.step("load the interface language",
                                    lambda: _language(language)):
        return
    service = LlmService()
    window = MainWindow(Settings(), service)
    try:
        if not report.step("open a temporary study", lambda: _open_study(window, folder)):
            return
        window.show()
        app.processEvents()
        # The model loads on its worker thread (llama.cpp lets go of the GIL) while the pages
        # are built and shown, as in the app, where it loads while the first page is looked at.
        loading = time.perf_counter()
        window.load_model()
        report.step("show every page", lambda: _show_pages(window))
        if report.step("load the default model", lambda: _load_model(service), begun=loading):
            report.step("generate through the worker thread", lambda: _generate(window, service))
        report.step("draw every script", _draw_scripts)
        if screenshot:
            report.step("save a screenshot", lambda: _screenshot(window, screenshot))
    finally:
        window.close()
        service.shutdown()


def _language(choice: str) -> str:
    loaded = install_language(choice)
    if loaded.problems:
        raise RuntimeError("; ".join(loaded.problems))
    return f"{loaded.language}: {', '.join(loaded.areas) or 'no translation needed'}"


def _open_study(window: MainWindow, folder: Path) -> str:
    study = create_study(folder / "self-test.mgstudy", "Self-test study")
    add_demo_questions(study)
    window.set_study(study)
    return f"{study.path.name}: {study.table_counts()}"


def _load_model(service: LlmService) -> str:
    """The load asked for before the pages were shown: finished by now, or waited for."""
    if service.identity is None and not service.load_error:
        if wait_for(service.model_loaded, service.model_failed, timeout_s=120) is None:
            raise TimeoutError("the model did not load within 120 s")
    if service.identity is None:
        raise RuntimeError(service.load_error or "the model did not load")
    return f"{service.identity.file_name} sha256 {service.identity.sha256[:12]}…"


def _generate(window: MainWindow, service: LlmService) -> str:
    """Through the Try the model panel, as a user would: its text must match the reply."""
    batches: list[str] = []
    service.text_received.connect(lambda _id, text: batches.append(text))
    panel = window.try_panel
    panel.max_tokens = 24
    panel.prompt.setPlainText(  # data, not interface text (the model's prompt)
        "Say hello to a new user of a values interview app.")
    panel.send()
    result = wait_for(service.generation_finished, service.generation_failed, timeout_s=120)
    if result is None:
        raise TimeoutError("no reply within 120 s")
    generation = result[1]
    if not isinstance(generation, Generation):
        raise RuntimeError(str(generation))
    shown = panel.reply.toPlainText()
    whole = shown == generation.text == "".join(batches)
    if generation.completion_tokens < 1 or not whole:
        raise RuntimeError(f"the streamed text did not arrive whole (got {shown!r})")
    return f"{generation.completion_tokens} tokens in {len(batches)} batches: {shown!r}"


def _show_pages(window: MainWindow) -> str:
    shown = []
    for row, page in enumerate(window.pages):
        window.show_page(row)
        qt_application().processEvents()
        if window.current_page() is not page or page.grab().isNull():
            raise RuntimeError(f"the {page.title} page could not be shown")
        shown.append(page.title)
    window.show_page(0)
    return ", ".join(shown)


def _draw_scripts() -> str:
    """Arabic, Devanagari, Chinese and emoji with no missing glyph: the carried fonts work."""
    font = qt_application().font()
    missing = {name: "".join(missing_characters(text, font)) for name, text in SAMPLES.items()}
    if any(missing.values()):
        raise RuntimeError(f"no glyph for {missing}")
    return "; ".join(f"{name}: {', '.join(drawing_families(text, font))}"
                     for name, text in SAMPLES.items())


def _screenshot(window: MainWindow, path: Path) -> str:
    qt_application().processEvents()
    if not window.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return str(path)
