"""Model settings, About, New study, and a model that fails to load, in the real window."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from desktop.__about__ import VERSION
from desktop.core import paths
from desktop.core.settings import Settings, load_settings
from desktop.llm.protocol import LoadSettings
from desktop.ui.shell.about_dialog import AboutDialog
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.model_settings_dialog import ModelSettingsDialog
from tests.support.fakes import FAKE_IDENTITY, failing_loader


def test_model_settings_list_models_and_refuse_broken_ones(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "models"
    folder.mkdir()
    default = paths.default_model_file()
    assert default is not None
    shutil.copyfile(default, folder / "mine.gguf")
    (folder / "broken.gguf").write_bytes(b"not a model")
    monkeypatch.setenv(paths.MODELS_ENV, str(folder))
    dialog = ModelSettingsDialog(Settings())
    qtbot.addWidget(dialog)
    labels = [dialog.choices.itemText(i) for i in range(dialog.choices.count())]
    assert labels[0].startswith("SmolLM2-135M-Instruct.Q4_1.gguf (default)")
    assert any("mine.gguf" in text for text in labels)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert "8,192" in dialog.details.text() and ok.isEnabled()
    dialog.choices.setCurrentIndex(next(i for i, t in enumerate(labels) if "broken" in t))
    assert "not a GGUF" in dialog.details.text() and not ok.isEnabled()
    dialog.choices.setCurrentIndex(next(i for i, t in enumerate(labels) if "mine" in t))
    dialog.threads.setValue(1)
    dialog.context.setValue(1024)
    settings = Settings()
    dialog.apply_to(settings)
    assert settings.model_path == str(folder / "mine.gguf")
    assert (settings.n_threads, settings.n_ctx, settings.n_gpu_layers) == (1, 1024, 0)


def test_about_lists_versions_and_the_model(qtbot: QtBot) -> None:
    dialog = AboutDialog(FAKE_IDENTITY)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel, "aboutText").text()
    for expected in (VERSION, "PySide6", "llama-cpp-python", "SQLite", "fake.gguf",
                     "DailyDilemmas", "Apache-2.0"):
        assert expected in text


@pytest.fixture
def broken_model_window(qtbot: QtBot):  # type: ignore[no-untyped-def]
    service = LlmService(loader=failing_loader)
    window = MainWindow(Settings(), service)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(service.model_failed):
        service.load(Path("/models/notes.gguf"), LoadSettings())
    yield window
    window.close()
    service.shutdown()


def test_a_model_that_fails_to_load_leaves_the_app_working(
        broken_model_window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = broken_model_window
    assert "not loaded" in window.model_label.text()
    assert "notes.gguf is not a GGUF model file" in window.model_label.toolTip()
    window.try_panel.send()
    assert "not a GGUF" in window.try_panel.stats.text()
    target = tmp_path / "fresh"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.new_study()  # studies still open and save while the model is broken
    assert window.study is not None and window.study.path == tmp_path / "fresh.mgstudy"
    assert load_settings().recent_studies[0] == str(target.with_suffix(".mgstudy"))
    window.show_page(3)
    assert window.stack.currentIndex() == 3
