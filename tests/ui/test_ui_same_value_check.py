"""The values panel's 'same value?' button with a scripted model on the real worker thread:
the verdict appears under the suggestion, the window keeps working meanwhile, and nothing is
grouped by the model."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.llm.protocol import Generation, LoadSettings
from desktop.store import Study, open_study
from desktop.store.graph import list_values
from desktop.ui.llm_service import LlmService
from desktop.ui.values_panel import ValuesPanel
from tests.test_values_pipeline import study_with_cards  # noqa: F401 (a fixture)
from tests.ui.fakes import FakeChatModel, failing_loader, fake_loader

REPLY = ['{"same": true, ', '"reason": "Both wait for the friend to find her own words."}']


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


def test_asking_the_model_shows_its_verdict_and_groups_nothing(qtbot: QtBot,
                                                               study: Study) -> None:
    model = FakeChatModel(REPLY, delay=0.2)
    service = loaded_service(qtbot, model)
    try:
        panel = panel_for(qtbot, service, study)
        qtbot.mouseClick(panel.ask_button, Qt.MouseButton.LeftButton)
        assert panel.verdict.text().startswith("Asking the model")  # the click did not wait
        panel.ungrouped.setCurrentRow(1)  # the window answers while the model works
        assert panel.ungrouped.currentRow() == 1
        qtbot.waitUntil(lambda: "Model says" in panel.verdict.text(), timeout=10_000)
        said = "Model says: same value — Both wait for the friend to find her own words."
        assert panel.verdict.text().startswith(said) and "fake.gguf" in panel.verdict.text()
        assert panel.suggested.item(0).text().endswith(said)
        [messages] = model.calls
        assert "Listening first" in messages[1].content and "Patient hearing" in messages[1].content
        assert list_values(study) == []  # advice only: the lead still decides
        panel.refresh()  # the verdict is kept for this suggestion while the panel lives
        panel.suggested.setCurrentRow(0)
        assert panel.suggested.item(0).text().endswith(said)
        assert panel.verdict.text().startswith(said)
    finally:
        service.shutdown()


class BrokenModel(FakeChatModel):
    def generate(self, *args: Any, **kwargs: Any) -> Generation:
        raise RuntimeError("llama.cpp ran out of context")


def test_an_unreadable_reply_or_a_failure_is_shown_in_plain_words(qtbot: QtBot,
                                                                  study: Study) -> None:
    service = loaded_service(qtbot, FakeChatModel(['{"same": "maybe"', "}"]))
    broken = loaded_service(qtbot, BrokenModel())
    try:
        panel = panel_for(qtbot, service, study)
        panel.ask_model_same_value()
        qtbot.waitUntil(lambda: "unclear" in panel.verdict.text(), timeout=10_000)
        assert "did not say whether the cards are the same value" in panel.verdict.text()
        panel = panel_for(qtbot, broken, study)
        panel.ask_model_same_value()
        qtbot.waitUntil(lambda: "could not check" in panel.verdict.text(), timeout=10_000)
        assert "ran out of context" in panel.verdict.text()
    finally:
        service.shutdown()
        broken.shutdown()


def test_without_a_model_the_panel_says_so(qtbot: QtBot, study: Study) -> None:
    service = LlmService(loader=fake_loader(FakeChatModel([json.dumps({"same": True})])))
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
