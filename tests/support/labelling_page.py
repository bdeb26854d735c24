"""The labelling page shown on a study, as the labelling UI tests open it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.store import Study
from desktop.ui.labelling.labelling_page import LabellingPage
from desktop.ui.shell.llm_service import LlmService


def show_labelling_page(qtbot: QtBot, service: LlmService, study: Study,
                        size: tuple[int, int] | None = None) -> LabellingPage:
    """A labelling page on `study` using `service`, resized to `size` if given, then shown."""
    page = LabellingPage(service)
    qtbot.addWidget(page)
    page.show_study(study)
    if size is not None:
        page.resize(*size)
    page.show()
    return page
