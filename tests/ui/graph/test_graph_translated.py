"""The Moral graph page in Spanish and Arabic: graph_es.ts and graph_ar.ts compiled and
installed, the page built on the sample study; its own words are translated, the study's data
is not, and Arabic is laid out right-to-left. MGS_SCREENS=1 saves docs/screens/graph_<lang>.png
(1366x768)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop.store import Study
from desktop.ui.graph.graph_page import GraphPage
from desktop.ui.shell.llm_service import LlmService
from tests.data.graph.sample_study import make_sample_study
from tests.support.fakes import FakeChatModel, fake_loader
from tests.support.translated import translated

WAIT_MS = 20_000
SCREENS = Path(__file__).resolve().parents[3] / "docs" / "screens"


@pytest.fixture
def study(tmp_path: Path) -> Iterator[Study]:
    sample = make_sample_study(tmp_path / "sample.mgstudy")
    yield sample
    sample.close()


def shown_page(qtbot: QtBot, study: Study) -> GraphPage:
    """The page at the size of a small laptop's screen, the best value chosen."""
    page = GraphPage(LlmService(loader=fake_loader(FakeChatModel())))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.frame_shown, timeout=WAIT_MS):
        page.show_study(study)
    assert page.picture is not None
    page.select_value(page.picture.value_ids[0])
    return page


def screenshot(page: GraphPage, language: str, folder: Path) -> None:
    where = SCREENS if os.environ.get("MGS_SCREENS") else folder
    assert page.grab().save(str(where / f"graph_{language}.png"))


def close(page: GraphPage) -> None:
    page.shutdown()
    page.service.shutdown()


def test_the_graph_page_speaks_spanish(qtbot: QtBot, study: Study, tmp_path: Path) -> None:
    with translated("es", ["graph"], tmp_path):
        page = shown_page(qtbot, study)
        try:
            assert page.heading.text() == "Grafo moral"
            assert page.filters.relayout_button.text() == "Redistribuir"
            assert page.filters.context_box.itemText(0) == "Todos los contextos (182 votos)"
            assert page.filters.measure_box.currentText() == "PageRank propio"
            assert page.status.text().startswith("Valores: 15 · votos contados: 180 (")
            assert page.timeline.play_button.text() == "▶ Reproducir"
            assert page.timeline.position_label.text().startswith("Voto 182 de 182 · ")
            assert page.ranking.headerData(1, Qt.Orientation.Horizontal) == "Valor"
            assert page.table.accessibleName() == "Clasificación de los valores mostrados"
            card = page.details.toPlainText()
            assert card.startswith(page.titles[page.view.selected])  # data: as written
            assert "Puesto 1 de 15" in card and "Votos ganados" in card
            assert page.layoutDirection() == Qt.LayoutDirection.LeftToRight
            screenshot(page, "es", tmp_path)
        finally:
            close(page)


def test_the_graph_page_speaks_arabic_right_to_left(qtbot: QtBot, study: Study,
                                                   tmp_path: Path) -> None:
    with translated("ar", ["graph"], tmp_path):
        page = shown_page(qtbot, study)
        try:
            assert page.heading.text() == "المخطط الأخلاقي"
            assert page.filters.export_button.text() == "تصدير الصورة"
            assert page.status.text().startswith("القيم: 15 · ")
            assert "المرتبة 1 من 15" in page.details.toPlainText()
            assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
            screenshot(page, "ar", tmp_path)
            # Mirrored: the toolbar starts on the right, the ranking and card sit on the left.
            first = page.filters.layout().itemAt(0).widget()
            assert first.mapTo(page, QPoint(first.width(), 0)).x() > page.width() * 0.9
            assert page.table.mapTo(page, QPoint(0, 0)).x() < page.width() / 2
        finally:
            close(page)


def test_english_comes_back_when_the_translation_is_removed(qtbot: QtBot, study: Study,
                                                           tmp_path: Path) -> None:
    with translated("es", ["graph"], tmp_path):
        pass
    page = shown_page(qtbot, study)
    try:
        assert page.heading.text() == "Moral graph"
        assert page.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        close(page)
