"""Fixtures of the shell tests: the main window as the app opens it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.settings import Settings
from desktop.llm.protocol import LoadSettings
from desktop.ui.shell.application import startup_study
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.shell.main_window import MainWindow
from tests.support.fakes import FakeChatModel, fake_loader


@pytest.fixture
def window(qtbot: QtBot):  # type: ignore[no-untyped-def]
    """The main window on the demo study, its LLM service loaded with a scripted model."""
    service = LlmService(loader=fake_loader(FakeChatModel(["Wise ", "advice ", "listens."],
                                                          delay=0.01)))
    main = MainWindow(Settings(), service)
    qtbot.addWidget(main)
    study, _ = startup_study(main.settings)
    main.set_study(study)
    main.try_dock.show()  # closed beside a study by default; these tests use it (Ctrl+T)
    main.show()
    with qtbot.waitSignal(service.model_loaded):
        service.load(Path("fake.gguf"), LoadSettings())
    yield main
    main.close()
    service.shutdown()
