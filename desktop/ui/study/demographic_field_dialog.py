"""Define one demographic field: its name, its type (text, number, choice) and choices."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from desktop.core.interview.participants import FIELD_KINDS, DemographicField


class DemographicFieldDialog(QDialog):
    def __init__(self, field: DemographicField | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Demographic field")
        self.name = QLineEdit(field.name if field else "")
        self.kind = QComboBox()
        self.kind.addItems(list(FIELD_KINDS))
        self.kind.setCurrentText(field.kind if field else "text")
        self.choices = QLineEdit(", ".join(field.choices) if field else "")
        self.choices.setPlaceholderText("for a choice: the options, separated by commas")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Name", self.name)
        form.addRow("Type", self.kind)
        form.addRow("Choices", self.choices)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, list[str]]:
        return self.name.text(), self.kind.currentText(), self.choices.text().split(",")
