"""Define one demographic field: its name, its type (text, number, choice) and choices."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from desktop.core.interview.participants import FIELD_KINDS, DemographicField

KIND_NAMES = {"text": QT_TRANSLATE_NOOP("DemographicFieldDialog", "text"),
              "number": QT_TRANSLATE_NOOP("DemographicFieldDialog", "number"),
              "choice": QT_TRANSLATE_NOOP("DemographicFieldDialog", "choice")}


def kind_name(kind: str) -> str:
    """A field type's name in the interface's language (stored in English)."""
    return QCoreApplication.translate("DemographicFieldDialog", KIND_NAMES.get(kind, kind))


class DemographicFieldDialog(QDialog):
    def __init__(self, field: DemographicField | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Demographic field"))
        self.name = QLineEdit(field.name if field else "")
        self.kind = QComboBox()
        for kind in FIELD_KINDS:
            self.kind.addItem(kind_name(kind), kind)
        self.kind.setCurrentIndex(FIELD_KINDS.index(field.kind) if field else 0)
        self.choices = QLineEdit(", ".join(field.choices) if field else "")
        self.choices.setPlaceholderText(self.tr("for a choice: the options, separated by commas"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Choices"), self.choices)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, list[str]]:
        return self.name.text(), self.kind.currentData(), self.choices.text().split(",")
