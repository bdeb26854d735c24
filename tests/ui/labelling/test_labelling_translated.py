"""The Labelling page in Spanish and Arabic: tabs, hints and forms translated, Arabic
right-to-left, and the keys the same in every language."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.store import Study
from desktop.store.assignments import assign_items
from desktop.store.labels import label_count
from desktop.ui.shell.area_page import AreaPage
from desktop.ui.shell.llm_service import LlmService
from tests.support.labelling import annotators, demo_items
from tests.support.labelling_page import show_labelling_page
from tests.support.translated import cut_off_in_window, translated

LABELLING_ROW = 2  # in the main window's list of pages

SPANISH = {"heading": "Etiquetado", "tabs": ["Etiquetar", "Elementos y anotadores",
                                              "Revisión y acuerdo", "Perfiles de valores"],
           "hint": "guardar y seguir", "progress": "%v de %m etiquetados",
           "dilemma": "¿Qué haría usted?", "valence": "Explicación (opcional)",
           "chosen": "Su elección", "unfinished": "Elija la acción que tomaría"}
ARABIC = {"heading": "الوسم", "tabs": ["وسم", "البنود والموسِّمون", "المراجعة والاتفاق",
                                       "ملامح القيم"],
          "hint": "حفظ والتالي", "progress": "%v من %m موسومة",
          "dilemma": "ماذا كنت ستفعل؟", "valence": "التفسير (اختياري)", "chosen": "اختيارك",
          "unfinished": "اختر الإجراء الذي كنت ستتخذه"}


@pytest.fixture
def queued(study: Study) -> Study:
    """The shared study with the demo items, all assigned to annotator A-1 in import order."""
    demo_items(study)
    (person,) = annotators(study, "A-1")
    assign_items(study, [person.id], 1)
    return study


@pytest.fixture
def service() -> Iterator[LlmService]:
    service = LlmService()  # no model loaded: labelling must not need one
    yield service
    service.shutdown()


@pytest.mark.parametrize(("lang", "words"), [("es", SPANISH), ("ar", ARABIC)])
def test_the_page_speaks_the_language_and_the_keys_stay(
        qtbot: QtBot, queued: Study, service: LlmService, tmp_path: Path, lang: str,
        words: dict[str, str]) -> None:
    with translated(lang, ["labelling"], tmp_path):
        page = show_labelling_page(qtbot, service, queued, size=(1366, 768))
        rtl = Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        assert page.layoutDirection() == rtl
        assert page.heading.text() == words["heading"]
        assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == words["tabs"]
        view = page.view
        hints = view.findChild(type(view.status), "labellingHints")
        assert words["hint"] in hints.text() and "<b>Enter</b>" in hints.text()
        assert view.progress.format().lstrip("\u200f") == words["progress"]
        assert view.stack.currentWidget() is view.dilemma  # dilemmas come first as imported
        assert words["dilemma"] in view.dilemma.choice_line.text()
        QTest.keyClick(view, Qt.Key.Key_Return)  # nothing chosen yet: core says what is missing
        assert words["unfinished"] in view.status.text() and label_count(queued) == 0
        QTest.keyClick(view, Qt.Key.Key_A)  # the same keys in every language
        assert words["chosen"] in view.dilemma.choice_line.text()
        QTest.keyClick(view, Qt.Key.Key_Return)
        assert label_count(queued) == 1
        assert view.valence.explanation.placeholderText().startswith(words["valence"])


def tab(number: int) -> Callable[[AreaPage], None]:
    return lambda page: page.tabs.setCurrentIndex(number)  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["es", "ar"])
def test_nothing_is_cut_off_on_a_laptop_screen(qtbot: QtBot, tmp_path: Path, lang: str) -> None:
    steps = [tab(1), tab(2), tab(3), tab(0)]
    assert cut_off_in_window(qtbot, lang, tmp_path, LABELLING_ROW, steps) == []
