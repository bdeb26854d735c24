"""The values panel's 'same value?' button with a scripted model on the real worker thread:
the question goes out both ways round, one request after the other ("Asking… (1 of 2)", then
"(2 of 2)"); the combined verdict appears under the suggestion, the window keeps working
meanwhile, a failure or a stop of either request is said in plain words, and nothing is
grouped by the model."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.llm.protocol import Generation, LoadSettings
from desktop.store import Study, open_study
from desktop.store.graph import list_values
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.values.values_panel import ValuesPanel
from tests.support.fakes import FakeChatModel, failing_loader, fake_loader
from tests.support.values import study_with_cards  # noqa: F401 (a fixture)

YES = ['{"answer": true, ', '"reason": "Both wait for the friend to find her own words."}']
NO = ['{"answer": false, ', '"reason": "They attend to the same moments."}']
CONTRADICTION = ("Model's answer unclear: the model's answers contradict each other when the "
                 "question is turned around, so it cannot tell")


class ScriptedModel(FakeChatModel):
    """Gives its replies in turn, one per request (the last one again if asked more)."""

    def __init__(self, replies: Sequence[Sequence[str]], delay: float = 0.0,
                 broken_at: int | None = None) -> None:
        super().__init__(replies[0], delay)
        self.replies, self.broken_at = [list(r) for r in replies], broken_at

    def generate(self, *args: Any, **kwargs: Any) -> Generation:
        call = len(self.calls) + 1
        if call == self.broken_at:
            self.calls.append([])
            raise RuntimeError("llama.cpp ran out of context")
        self.words = self.replies[min(call, len(self.replies)) - 1]
        return super().generate(*args, **kwargs)


@pytest.fixture
def study(study_with_cards: Path, tmp_path: Path) -> Iterator[Study]:  # noqa: F811
    path = tmp_path / "copy.mgstudy"
    shutil.copyfile(study_with_cards, path)
    with open_study(path) as opened:
        yield opened


def loaded_service(qtbot: QtBot, model: FakeChatModel) -> LlmService:
    service = LlmService(loader=fake_loader(model))
    with qtbot.waitSignal(service.model_loaded):
        service.load(Path("fake.gguf"), LoadSettings())
    return service


def panel_for(qtbot: QtBot, service: LlmService | None, study: Study) -> ValuesPanel:
    panel = ValuesPanel(service)
    qtbot.addWidget(panel)
    panel.show_study(study)
    panel.suggested.setCurrentRow(0)
    return panel


def shown_while_asking(panel: ValuesPanel) -> list[str]:
    """The panel's line each time the next question goes out."""
    shown: list[str] = []
    assert panel.checker is not None
    panel.checker.progressed.connect(lambda key, step: shown.append(panel.verdict.text()))
    return shown


def test_asking_both_ways_shows_the_combined_verdict_and_groups_nothing(qtbot: QtBot,
                                                                        study: Study) -> None:
    model = ScriptedModel([YES, NO], delay=0.2)
    service = loaded_service(qtbot, model)
    try:
        panel = panel_for(qtbot, service, study)
        shown = shown_while_asking(panel)
        qtbot.mouseClick(panel.ask_button, Qt.MouseButton.LeftButton)
        assert panel.verdict.text() == ("Asking the model whether these cards are one value… "
                                        "(1 of 2)")  # the click did not wait
        panel.ungrouped.setCurrentRow(1)  # the window answers while the model works
        assert panel.ungrouped.currentRow() == 1
        qtbot.waitUntil(lambda: "Model says" in panel.verdict.text(), timeout=10_000)
        assert [text[-8:] for text in shown] == ["(1 of 2)", "(2 of 2)"]
        said = ("Model says: same value (asked both ways round) — Both wait for the friend to "
                "find her own words.")
        assert panel.verdict.text().startswith(said) and "fake.gguf" in panel.verdict.text()
        assert panel.suggested.item(0).text().endswith("\nModel: same value")
        first, second = model.calls
        for messages in (first, second):
            assert "Listening first" in messages[1].content
            assert "Patient hearing" in messages[1].content
        assert "the same value?" in first[1].content
        assert "different values?" in second[1].content
        assert list_values(study) == []  # advice only: the lead still decides
        panel.refresh()  # the verdict is kept for this suggestion while the panel lives
        panel.suggested.setCurrentRow(0)
        assert panel.suggested.item(0).text().endswith("\nModel: same value")
        assert panel.verdict.text().startswith(said)
    finally:
        service.shutdown()


def test_contradicting_answers_are_shown_as_unclear(qtbot: QtBot, study: Study) -> None:
    service = loaded_service(qtbot, ScriptedModel([YES, YES]))
    try:
        panel = panel_for(qtbot, service, study)
        panel.ask_model_same_value()
        qtbot.waitUntil(lambda: "unclear" in panel.verdict.text(), timeout=10_000)
        assert panel.verdict.text().startswith(CONTRADICTION)
        assert "asked 'different values?' it also said yes" in panel.verdict.text()
        assert panel.suggested.item(0).text().endswith("\nModel: unclear")
    finally:
        service.shutdown()


def test_an_unreadable_reply_or_a_failure_of_either_request_is_shown_in_plain_words(
        qtbot: QtBot, study: Study) -> None:
    services = [loaded_service(qtbot, ScriptedModel([['{"answer": "maybe"', "}"], NO])),
                loaded_service(qtbot, ScriptedModel([YES], broken_at=1)),
                loaded_service(qtbot, ScriptedModel([YES], broken_at=2))]
    try:
        panel = panel_for(qtbot, services[0], study)
        panel.ask_model_same_value()
        qtbot.waitUntil(lambda: "unclear" in panel.verdict.text(), timeout=10_000)
        assert "no usable answer to 'same value?' (the reply did not say yes or no)" in (
            panel.verdict.text())
        for service, where in zip(services[1:], ("question 1 of 2, 'same value?'",
                                                 "question 2 of 2, 'different values?'"),
                                  strict=True):
            failing = panel_for(qtbot, service, study)
            failing.ask_model_same_value()
            label = failing.verdict
            qtbot.waitUntil(lambda: "could not check" in label.text(),  # noqa: B023
                            timeout=10_000)
            assert label.text() == ("The model could not check these cards: llama.cpp ran out "
                                    f"of context (while answering {where})")
            assert failing.checker is not None and failing.checker.verdicts == {}
    finally:
        for service in services:
            service.shutdown()


@pytest.mark.parametrize("step", [1, 2])
def test_stopping_either_request_says_so_and_asking_again_works(qtbot: QtBot, study: Study,
                                                                step: int) -> None:
    model = ScriptedModel([YES, NO], delay=0.3)
    service = loaded_service(qtbot, model)
    try:
        panel = panel_for(qtbot, service, study)
        panel.ask_model_same_value()
        qtbot.waitUntil(lambda: f"({step} of 2)" in panel.verdict.text(), timeout=10_000)
        service.stop()  # e.g. the app closing, or another page stopping everything
        asked = "same value?" if step == 1 else "different values?"
        assert panel.verdict.text() == (
            "The model could not check these cards: the check was stopped before the model "
            f"answered question {step} of 2, '{asked}'; ask again when you like")
        qtbot.wait(700)  # the stopped request's late end changes nothing
        assert "was stopped" in panel.verdict.text() and len(model.calls) == step
        model.delay = 0.0
        model.calls.clear()  # the script starts again: yes to 'same?', no to 'different?'
        panel.ask_model_same_value()
        assert panel.verdict.text().endswith("(1 of 2)")
        qtbot.waitUntil(lambda: "Model says: same value" in panel.verdict.text(),
                        timeout=10_000)
    finally:
        service.shutdown()


def test_without_a_model_the_panel_says_so(qtbot: QtBot, study: Study) -> None:
    service = LlmService(loader=fake_loader(FakeChatModel([json.dumps({"answer": True})])))
    failed = LlmService(loader=failing_loader)
    try:
        panel = panel_for(qtbot, service, study)  # the model was never loaded
        panel.ask_model_same_value()
        assert "No model is loaded yet" in panel.verdict.text()
        with qtbot.waitSignal(failed.model_failed):
            failed.load(Path("broken.gguf"), LoadSettings())
        panel = panel_for(qtbot, failed, study)
        panel.ask_model_same_value()
        assert "not a GGUF model file" in panel.verdict.text()
        alone = panel_for(qtbot, None, study)  # a panel given no model service at all
        assert not alone.ask_button.isEnabled()
    finally:
        service.shutdown()
        failed.shutdown()
