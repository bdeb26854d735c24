"""Asks which of a file's columns hold our fields, for files in a layout we do not recognise."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formats.layouts import layout
from desktop.core.formats.table import cell_text

NOT_IN_FILE = QT_TRANSLATE_NOOP("ColumnMappingDialog", "— not in this file —")
FIELD_WORDS = {
    "situation": QT_TRANSLATE_NOOP("ColumnMappingDialog", "the situation"),
    "action_a": QT_TRANSLATE_NOOP("ColumnMappingDialog", "action A"),
    "action_b": QT_TRANSLATE_NOOP("ColumnMappingDialog", "action B"),
    "parties": QT_TRANSLATE_NOOP("ColumnMappingDialog", "parties affected"),
    "values_a": QT_TRANSLATE_NOOP("ColumnMappingDialog", "values of action A"),
    "values_b": QT_TRANSLATE_NOOP("ColumnMappingDialog", "values of action B"),
    "vrd": QT_TRANSLATE_NOOP("ColumnMappingDialog", "value, right or duty (the kind)"),
    "text": QT_TRANSLATE_NOOP("ColumnMappingDialog", "the value, right or duty"),
    "valence": QT_TRANSLATE_NOOP("ColumnMappingDialog", "valence (supports / opposes / either)"),
    "item": QT_TRANSLATE_NOOP("ColumnMappingDialog", "the item (its id or source id)"),
    "annotator": QT_TRANSLATE_NOOP("ColumnMappingDialog", "the annotator's code"),
    "field": QT_TRANSLATE_NOOP("ColumnMappingDialog", "the field labelled"),
    "value": QT_TRANSLATE_NOOP("ColumnMappingDialog", "the label's value"),
    "time": QT_TRANSLATE_NOOP("ColumnMappingDialog", "when it was labelled"),
}


class ColumnMappingDialog(QDialog):
    """One drop-down per field; OK once every required field has a column."""

    def __init__(self, path: Path, layout_kind: str, columns: Sequence[str],
                 first_row: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which columns of {file} hold what?").format(file=path.name))
        self.shape = layout(layout_kind)
        self.first_row = first_row
        self.boxes: dict[str, QComboBox] = {}
        self.previews: dict[str, QLabel] = {}
        form = QFormLayout()
        for field in self.shape.fields:
            box = QComboBox()
            box.addItems([self.tr(NOT_IN_FILE), *columns])
            box.setCurrentIndex(_guess(field.columns, columns) + 1)
            box.currentIndexChanged.connect(self._on_choice_changed)
            preview = QLabel()
            preview.setObjectName("mappingPreview")
            self.boxes[field.name], self.previews[field.name] = box, preview
            known = FIELD_WORDS.get(field.name)
            words = self.tr(known) if known else field.name.replace("_", " ")
            form.addRow(f"{words}{' *' if field.required else ''}", box)
            form.addRow("", preview)
        intro = QLabel(self.tr("<b>{file}</b> is not in a layout the app knows. Choose the "
                               "column for each field (* = needed). The first row is shown under "
                               "each choice.").format(file=path.name))
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        main = QVBoxLayout(self)
        main.addWidget(intro)
        main.addLayout(form)
        main.addWidget(self.buttons)
        self._on_choice_changed()

    def mapping(self) -> dict[str, str]:
        return {name: box.currentText() for name, box in self.boxes.items()
                if box.currentIndex() > 0}

    def _on_choice_changed(self) -> None:
        chosen = self.mapping()
        for name, preview in self.previews.items():
            value = cell_text(self.first_row.get(chosen[name])) if name in chosen else ""
            example = self.tr("e.g. {value}").format(value=value[:90])
            preview.setText(f"<small>{example}</small>" if value else "")
        ready = all(field.name in chosen for field in self.shape.fields if field.required)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(ready)


def _guess(names: Sequence[str], columns: Sequence[str]) -> int:
    """The index of the column named like the field (ignoring case), or -1."""
    lowered = [column.strip().lower() for column in columns]
    return next((lowered.index(name.lower()) for name in names if name.lower() in lowered), -1)
