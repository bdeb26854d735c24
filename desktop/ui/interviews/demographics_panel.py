"""The study's demographic questions for one participant; every one can be left empty."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.interview.participants import MAX_VALUE_CHARS, DemographicField


class DemographicsPanel(QWidget):
    demographics_submitted = Signal(dict)  # field id -> value ('' when skipped)

    def __init__(self, parent: QWidget | None = None, with_buttons: bool = True) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A few optional questions about you. Leave any of them empty."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setObjectName("demographicsContinue")
        if with_buttons:
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.continue_button)
            layout.addLayout(row)
        self.continue_button.clicked.connect(
            lambda: self.demographics_submitted.emit(self.values()))

    def show_fields(self, fields: Sequence[DemographicField],
                    answers: Mapping[str, str]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs.clear()
        self.problem.clear()
        for field in fields:
            self.inputs[field.id] = self._input(field, answers.get(field.id, ""))
            self.form.addRow(field.name, self.inputs[field.id])

    def values(self) -> dict[str, str]:
        return {fid: (w.currentText() if isinstance(w, QComboBox) else w.text())
                for fid, w in self.inputs.items()}

    def show_problem(self, text: str) -> None:
        """Why the answers could not be kept (core's English sentences are translated)."""
        self.problem.setText(self._translated(text))

    def _translated(self, text: str) -> str:
        """core's `clean_value` sentences, "<field>: <what is wrong>.", in whole sentences."""
        number, longest = ": type a number.", f": at most {MAX_VALUE_CHARS} characters."
        if text.endswith(number):
            return self.tr("{field}: type a number.").format(field=text[:-len(number)])
        if text.endswith(longest):
            return self.tr("{field}: at most {count} characters.").format(
                field=text[:-len(longest)], count=MAX_VALUE_CHARS)
        name, sep, choices = text.partition(": choose one of ")
        if sep and choices.endswith("."):
            return self.tr("{field}: choose one of {choices}.").format(
                field=name, choices=choices[:-1])
        return text

    def _input(self, field: DemographicField, value: str) -> QLineEdit | QComboBox:
        if field.kind == "choice":
            combo = QComboBox()
            combo.addItems(["", *field.choices])
            combo.setCurrentText(value)
            return combo
        line = QLineEdit(value)
        if field.kind == "number":
            line.setValidator(QDoubleValidator(line))
        return line
