"""The main window's pages, each built the first time it is shown or asked for: the first
window waits only for the Study page (the others import pyqtgraph, numpy and more)."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QFrame, QScrollArea

from desktop.ui.shell.area_page import AreaPage, page_title
from desktop.ui.shell.llm_service import LlmService

# The pages in order: title, module, class, and whether it runs on the background model
# (suggestions, stories, same-value checks) rather than the interview model.
PAGES = (
    (QT_TRANSLATE_NOOP("LazyPages", "Study"), "desktop.ui.study.study_page", "StudyPage", False),
    (QT_TRANSLATE_NOOP("LazyPages", "Interviews"), "desktop.ui.interviews.interviews_page",
     "InterviewsPage", False),
    (QT_TRANSLATE_NOOP("LazyPages", "Labelling"), "desktop.ui.labelling.labelling_page",
     "LabellingPage", True),
    (QT_TRANSLATE_NOOP("LazyPages", "Values & voting"), "desktop.ui.values.values_page",
     "ValuesPage", True),
    (QT_TRANSLATE_NOOP("LazyPages", "Moral graph"), "desktop.ui.graph.graph_page", "GraphPage",
     False),
)
TITLES = tuple(title for title, *_ in PAGES)  # in English, as the code names them
INTERVIEWS_ROW, VALUES_ROW, GRAPH_ROW = 1, 3, 4


def page_titles() -> tuple[str, ...]:
    return tuple(page_title(title) for title in TITLES)


class LazyPages:
    """One scroll area per page from the start (a page wider than a small laptop screen
    scrolls instead of widening the window); the page inside it when first wanted."""

    def __init__(self, service: LlmService, background: LlmService,
                 on_built: Callable[[int, AreaPage], None]) -> None:
        self.service, self.background, self._on_built = service, background, on_built
        self._pages: list[AreaPage | None] = [None] * len(PAGES)
        self.scrollers = [self._scroller() for _ in PAGES]

    @staticmethod
    def _scroller() -> QScrollArea:
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        return scroller

    def at(self, row: int) -> AreaPage:
        page = self._pages[row]
        if page is None:
            _title, module, name, background = PAGES[row]
            page_class = getattr(importlib.import_module(module), name)
            page = page_class(self.background if background else self.service)
            self._pages[row] = page
            self.scrollers[row].setWidget(page)
            # A cell cut to "…" shows its whole text when hovered: set up once the page has
            # drawn (finding the tables wraps every child widget; the first paint need not wait).
            QTimer.singleShot(0, page, lambda: _show_cut_cells(page))
            self._on_built(row, page)
        return page

    def built(self, row: int | None = None) -> list[AreaPage]:
        """The pages built so far (or the one of `row`, if built)."""
        rows = range(len(PAGES)) if row is None else (row,)
        return [page for r in rows if (page := self._pages[r]) is not None]

    def row_of(self, page: AreaPage) -> int | None:
        return self._pages.index(page) if page in self._pages else None


def _show_cut_cells(page: AreaPage) -> None:
    from desktop.ui.widgets.cell_tips import show_cut_cells

    show_cut_cells(page)
