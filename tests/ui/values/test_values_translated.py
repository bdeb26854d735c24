"""The Values & voting page in Spanish and Arabic: values_es.ts and values_ar.ts compiled and
installed, the page built on a study with confirmed cards and approved stories; its own words
are translated (plurals included), the participants' words are not, and Arabic is laid out
right-to-left. MGS_SCREENS=1 saves docs/screens/values_<lang>.png and
values_voting_<lang>.png (1366x768)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.store import Study, open_study
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.values.values_page import ValuesPage
from tests.support.fakes import FakeChatModel, fake_loader
from tests.support.translated import translated
from tests.support.values import study_with_cards  # noqa: F401 (a fixture)
from tests.support.voting import approve_stories, make_values

SCREENS = Path(__file__).resolve().parents[3] / "docs" / "screens"


@pytest.fixture
def study(study_with_cards: Path, tmp_path: Path) -> Iterator[Study]:  # noqa: F811
    """The three confirmed cards, and four values with three approved stories to vote on."""
    path = tmp_path / "copy.mgstudy"
    shutil.copyfile(study_with_cards, path)
    with open_study(path) as opened:
        approve_stories(opened, make_values(opened, 4),
                        ((0, 1, "When advising a friend"), (1, 0, "When advising a friend"),
                         (2, 3, "When advising a friend")),
                        "I lived by value {a}, then I saw that value {b} mattered more.")
        yield opened


def shown_page(qtbot: QtBot, study: Study) -> ValuesPage:
    page = ValuesPage(LlmService(loader=fake_loader(FakeChatModel())))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.show_study(study)
    page.values_panel.suggested.setCurrentRow(0)
    qtbot.waitUntil(lambda: page.values_panel.width() > 1200)  # laid out at its full width
    qtbot.wait(20)
    return page


def screenshot(widget: QWidget, name: str, folder: Path) -> None:
    where = SCREENS if os.environ.get("MGS_SCREENS") else folder
    assert widget.grab().save(str(where / f"{name}.png"))


def left(widget: QWidget, page: QWidget) -> int:
    return widget.mapTo(page, QPoint(0, 0)).x()


def test_the_values_page_speaks_spanish(qtbot: QtBot, study: Study, tmp_path: Path) -> None:
    with translated("es", ["values"], tmp_path):
        page = shown_page(qtbot, study)
        try:
            assert page.heading.text() == "Valores y votación"
            assert [page.tabs.tabText(i) for i in range(3)] == [
                "Valores", "Historias de cambio", "Sesión de votación"]
            panel = page.values_panel
            assert panel.summary.text().startswith("Tarjetas confirmadas: 3; aún sin valor: 3.")
            assert "Listening first" in panel.suggested.item(0).text()  # the participant's words
            assert "(redactado como: " in panel.suggested.item(0).text()
            assert panel.ask_button.text() == "Preguntar al modelo: ¿mismo valor?"
            assert page.questions.text() == "hasta 5 preguntas"
            page.questions.setValue(1)
            assert page.questions.text() == "hasta 1 pregunta"
            page.questions.setValue(5)
            screenshot(page, "values_es", tmp_path)
            assert page.start_voting()
            voting = page.voting_panel
            assert voting.buttons["upgrade"].text() == "Sí  (1)"
            assert voting.buttons["not_sure"].text() == "No lo sé  (3)"
            assert voting.progress.text().startswith("Pregunta 1 de un máximo de 5.")
            assert voting.intro.text().startswith("Esta es la historia de alguien")
            assert voting.story.text().startswith("I lived by value")  # data: as written
            qtbot.wait(50)  # the tab just shown is laid out
            screenshot(page, "values_voting_es", tmp_path)
            voting.finish()
            assert voting.progress.text() == "Gracias: se guardaron 0 respuestas."
        finally:
            page.service.shutdown()


def test_the_values_page_speaks_arabic_right_to_left(qtbot: QtBot, study: Study,
                                                    tmp_path: Path) -> None:
    with translated("ar", ["values"], tmp_path):
        page = shown_page(qtbot, study)
        try:
            assert page.heading.text() == "القيم والتصويت"
            assert page.questions.text() == "حتى 5 أسئلة"
            assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
            panel = page.values_panel
            stories = page.stories_panel.stories
            lines = [stories.item(row).text() for row in range(stories.count())]
            # Right-to-left marks keep the arrow pointing from the first value to the second.
            assert "[معتمدة] Value 0 \u200f←\u200f Value 1" in lines
            screenshot(page, "values_ar", tmp_path)
            # Mirrored: suggestions on the right, the values on the left.
            assert left(panel.values, page) < left(panel.ungrouped, page) < left(
                panel.suggested, page)
            assert page.start_voting()
            voting = page.voting_panel
            assert voting.buttons["upgrade"].text() == "نعم  (1)"
            assert voting.progress.text().startswith("السؤال 1 من 5 كحد أقصى.")
            qtbot.wait(50)
            screenshot(page, "values_voting_ar", tmp_path)
            assert left(voting.buttons["not_sure"], page) < left(voting.buttons["upgrade"], page)
            voting.answer("upgrade")
            voting.finish()
            assert voting.progress.text() == "شكرًا لك: حُفظت إجابة واحدة."
        finally:
            page.service.shutdown()
