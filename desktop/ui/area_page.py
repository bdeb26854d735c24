"""A page of the main window: a heading, a short explanation and the page's own content."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.store import Study
from desktop.ui.llm_service import LlmService


class AreaPage(QWidget):
    """Base for the main window's pages; subclasses fill `self.body` and `show_study`."""

    title = ""
    summary = ""

    def __init__(self, service: LlmService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service  # the one local model, shared by every page
        self.setObjectName(type(self).__name__)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        heading = QLabel(self.title)
        heading.setObjectName("pageHeading")
        explanation = QLabel(self.summary)
        explanation.setWordWrap(True)
        explanation.setObjectName("pageSummary")
        layout.addWidget(heading)
        layout.addWidget(explanation)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)

    def show_study(self, study: Study | None) -> None:
        """Called whenever another study is opened (None: no study open)."""


class PlannedAreaPage(AreaPage):
    """An area whose tools arrive in a later release; says what will be here and what is."""

    planned: tuple[str, ...] = ()

    def __init__(self, service: LlmService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        items = "".join(f"<li>{line}</li>" for line in self.planned)
        plan = QLabel(f"<p><b>Coming to this page</b></p><ul>{items}</ul>")
        plan.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.body.addWidget(plan)
        self.body.addWidget(self.status)
        self.body.addStretch(1)

    def show_study(self, study: Study | None) -> None:
        if study is None:
            self.status.setText("No study is open.")
            return
        counts = study.table_counts()
        self.status.setText(self.describe_counts(counts))

    def describe_counts(self, counts: dict[str, int]) -> str:
        return ""
