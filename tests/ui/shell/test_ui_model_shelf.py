"""Model > Models, driven with pytest-qt offscreen: the shelf, adding files, refusals, the
speed test off the GUI thread, and separate models for interviews and background work."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core import paths
from desktop.core.settings import BUNDLED_DEFAULT, Settings
from desktop.llm.protocol import ChatMessage, LoadSettings
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.model_loading import load_chosen_models
from desktop.ui.shell.model_shelf_dialog import COLUMNS, ModelShelfDialog
from tests.support.fakes import FakeChatModel, fake_loader

PLENTY = 8_000_000_000
SCREENSHOT = Path(__file__).resolve().parents[3] / "docs" / "model-shelf.png"


@pytest.fixture
def own_copy(tmp_path: Path) -> Path:
    default = paths.default_model_file()
    assert default is not None
    copy = tmp_path / "field-3b.gguf"
    shutil.copyfile(default, copy)
    return copy


def cells(dialog: ModelShelfDialog, row: int) -> dict[str, str]:
    return {name: dialog.table.item(row, column).text() for column, name in enumerate(COLUMNS)}


def ok_button(dialog: ModelShelfDialog):  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_shelf_lists_the_bundled_model(qtbot: QtBot) -> None:
    dialog = ModelShelfDialog(Settings(), free_memory=PLENTY)
    qtbot.addWidget(dialog)
    first = cells(dialog, 0)
    assert first["Model"] == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert (first["Found in"], first["Parameters"], first["Quantisation"], first["Context"],
            first["Chat template"]) == ("bundled default", "135 M", "Q4_1", "8,192", "yes")
    assert first["Memory needed"] == "0.37 GB" and first["Used for"] == "interviews, background"
    assert "8.0 GB" in dialog.free_label.text() and ok_button(dialog).isEnabled()
    dialog.context.setValue(8192)
    assert cells(dialog, 0)["Memory needed"] == "0.53 GB"


def test_adding_a_file_and_refusing_a_broken_one(qtbot: QtBot, own_copy: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = ModelShelfDialog(Settings(), free_memory=PLENTY)
    qtbot.addWidget(dialog)
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\x03\x00\x00\x00")  # a header cut off after 8 bytes
    chosen = iter([str(own_copy), str(broken)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (next(chosen), ""))
    dialog.add_button.click()
    row = dialog.row_of("field-3b.gguf")
    assert row == 1 and cells(dialog, row)["Found in"] == "added by hand"
    assert dialog.selected_entry() is not None and dialog.selected_entry().path == own_copy
    dialog.add_button.click()
    assert dialog.row_of("broken.gguf") == -1
    assert "broken.gguf was not added: broken.gguf is cut short" in dialog.notice.text()
    settings = Settings()
    dialog.apply_to(settings)
    assert settings.added_models == [str(own_copy.resolve())]
    again = ModelShelfDialog(settings, free_memory=PLENTY)  # remembered in the settings
    qtbot.addWidget(again)
    assert again.row_of("field-3b.gguf") == 1
    again.table.selectRow(0)
    assert not again.forget_button.isEnabled()  # the bundled default stays
    again.table.selectRow(1)
    again.forget_button.click()
    assert again.row_of("field-3b.gguf") == -1 and own_copy.exists()


def test_separate_models_for_interviews_and_background(qtbot: QtBot, own_copy: Path) -> None:
    settings = Settings(added_models=[str(own_copy)])
    dialog = ModelShelfDialog(settings, free_memory=PLENTY)
    qtbot.addWidget(dialog)
    assert dialog.background.currentText() == "The same model as interviews"
    dialog.interviews.setCurrentIndex(dialog.interviews.findText("field-3b.gguf (added by hand)"))
    dialog.background.setCurrentIndex(dialog.background.findText(
        "SmolLM2-135M-Instruct.Q4_1.gguf (bundled default)"))
    assert ok_button(dialog).isEnabled()
    dialog.apply_to(settings)
    assert settings.model_path == str(own_copy)
    assert settings.background_model_path == BUNDLED_DEFAULT
    dialog.refresh()
    assert cells(dialog, dialog.row_of("field-3b.gguf"))["Used for"] == "interviews"
    assert cells(dialog, 0)["Used for"] == "background"


def test_a_model_too_big_for_free_memory_is_not_accepted(qtbot: QtBot) -> None:
    dialog = ModelShelfDialog(Settings(n_ctx=4096), free_memory=300_000_000)
    qtbot.addWidget(dialog)
    assert cells(dialog, 0)["Memory needed"] == "0.37 GB – too big"
    assert not ok_button(dialog).isEnabled()
    assert ("needs about 0.4 GB of memory with a context of 4,096 tokens, but only 0.3 GB "
            "are free") in dialog.notice.text()
    assert not dialog.speed_button.isEnabled()


def test_the_speed_test_runs_off_the_gui_thread(qtbot: QtBot) -> None:
    threads: list[threading.Thread] = []

    def loader(path: Path, settings: LoadSettings) -> FakeChatModel:
        threads.append(threading.current_thread())
        return FakeChatModel(["One ", "two ", "three ", "four."], delay=0.01)

    dialog = ModelShelfDialog(Settings(), free_memory=PLENTY, loader=loader)
    qtbot.addWidget(dialog)
    dialog.speed_button.click()
    assert not dialog.speed_button.isEnabled()
    runner = dialog.runner
    assert runner is not None
    with qtbot.waitSignal(runner.test_finished, timeout=20000):
        pass
    assert threads and threads[0] is not threading.main_thread()
    assert "tokens per second on this computer" in dialog.notice.text()
    assert dialog.speed_button.isEnabled()


def test_background_work_shares_the_interview_model_unless_another_is_chosen(
        qtbot: QtBot, own_copy: Path) -> None:
    loads: dict[str, list[str]] = {"interviews": [], "background": []}

    def recorder(role: str):  # type: ignore[no-untyped-def]
        def load(path: Path, settings: LoadSettings) -> FakeChatModel:
            loads[role].append(path.name)
            return FakeChatModel()
        return load

    interviews = LlmService(recorder("interviews"))
    background = LlmService(recorder("background"))
    try:
        settings = Settings()
        with qtbot.waitSignal(background.model_loaded):
            load_chosen_models(interviews, background, settings)
        assert background.shared_with is interviews and loads["background"] == []
        with qtbot.waitSignal(background.generation_finished) as finished:
            # runs in the interview model's thread
            request = background.generate([ChatMessage("user", "Suggest a label.")])
        assert finished.args[0] == request
        settings.model_path, settings.background_model_path = str(own_copy), BUNDLED_DEFAULT
        with qtbot.waitSignals([interviews.model_loaded, background.model_loaded]):
            load_chosen_models(interviews, background, settings)
        assert background.shared_with is None
        assert loads == {"interviews": ["SmolLM2-135M-Instruct.Q4_1.gguf", "field-3b.gguf"],
                         "background": ["SmolLM2-135M-Instruct.Q4_1.gguf"]}
    finally:
        background.shutdown()
        interviews.shutdown()


def test_screenshot_at_laptop_size(qtbot: QtBot, own_copy: Path) -> None:
    settings = Settings(added_models=[str(own_copy)], background_model_path=BUNDLED_DEFAULT,
                        model_path=str(own_copy))
    dialog = ModelShelfDialog(settings, free_memory=PLENTY)
    qtbot.addWidget(dialog)
    dialog.resize(1180, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    needed = table.horizontalHeader().length() + table.frameWidth() * 2
    assert needed <= table.viewport().width() + table.frameWidth() * 2, "columns clipped"
    assert not table.horizontalScrollBar().isVisible()
    assert table.item(0, 0).text() == "SmolLM2-135M-Instruct.Q4_1.gguf"  # not elided here
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance(
        "SmolLM2-135M-Instruct.Q4_1.gguf")
    assert dialog.sizeHint().height() <= 560 and dialog.minimumSizeHint().width() <= 1180
    assert dialog.grab().save(str(SCREENSHOT))


def test_background_pages_get_the_background_service(qtbot: QtBot) -> None:
    interviews = LlmService(fake_loader(FakeChatModel()))
    background = LlmService(fake_loader(FakeChatModel()))
    window = MainWindow(Settings(), interviews, background)
    qtbot.addWidget(window)
    try:
        services = {type(page).__name__: page.service for page in window.pages}
        assert services["LabellingPage"] is background and services["ValuesPage"] is background
        assert services["InterviewsPage"] is interviews and window.try_panel.service is interviews
        model_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Model")
        texts = [action.text() for action in model_menu.actions()]
        assert texts[:2] == ["&Models…", "Model &settings…"]
    finally:
        window.close()
        background.shutdown()
        interviews.shutdown()
