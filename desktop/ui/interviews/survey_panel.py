"""The closing survey: 1-5 scales and free text, all optional."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.interview.survey import SCALE, SurveyItem


class SurveyPanel(QWidget):
    survey_submitted = Signal(dict)  # item key -> answer ('' when skipped)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[SurveyItem] = []
        self.scales: dict[str, QButtonGroup] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self.body = QVBoxLayout()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.finish_button = QPushButton(self.tr("Finish"))
        self.finish_button.setObjectName("surveyFinish")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body)
        layout.addStretch(1)
        layout.addWidget(self.problem)
        layout.addLayout(row)
        self.finish_button.clicked.connect(lambda: self.survey_submitted.emit(self.answers()))

    def show_items(self, items: Sequence[SurveyItem]) -> None:
        while self.body.count():
            widget = self.body.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.items, self.scales, self.texts = list(items), {}, {}
        for item in items:
            self.body.addWidget(self._item(item))

    def show_problem(self, text: str) -> None:
        """Why the answers could not be stored (they stay on screen)."""
        self.problem.setText(text)

    def answers(self) -> dict[str, str]:
        answers = {key: str(group.checkedId()) if group.checkedId() > 0 else ""
                   for key, group in self.scales.items()}
        answers.update({key: edit.toPlainText() for key, edit in self.texts.items()})
        return answers

    def _item(self, item: SurveyItem) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        question = QLabel(item.text)
        question.setWordWrap(True)
        question.setStyleSheet("font-weight: bold;")
        layout.addWidget(question)
        if item.kind == "text":
            edit = QPlainTextEdit()
            edit.setMaximumHeight(80)
            edit.setTabChangesFocus(True)
            question.setBuddy(edit)  # its accessible name
            self.texts[item.key] = edit
            layout.addWidget(edit)
            return box
        row, group = QHBoxLayout(), QButtonGroup(box)
        row.addWidget(QLabel(item.low or "1"))
        for value in SCALE:
            button = QRadioButton(str(value))
            group.addButton(button, value)
            row.addWidget(button)
        row.addWidget(QLabel(item.high or "5"))
        row.addStretch(1)
        self.scales[item.key] = group
        layout.addLayout(row)
        return box
