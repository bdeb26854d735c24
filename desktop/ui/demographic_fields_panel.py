"""The study's optional demographic fields (name, type, choices), asked after consent."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store import Study, StudyError
from desktop.store.participants import (
    add_demographic_field,
    archive_demographic_field,
    list_demographic_fields,
    update_demographic_field,
)
from desktop.ui.demographic_field_dialog import DemographicFieldDialog


class DemographicFieldsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.study: Study | None = None
        self.list = QListWidget()
        self.list.setObjectName("demographicFields")
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        for text, slot in (("Add…", self.add), ("Edit…", self.edit),
                           ("Archive", self.archive)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def show_study(self, study: Study | None) -> None:
        self.study = study
        self.list.clear()
        for field in list_demographic_fields(study) if study else []:
            choices = f": {', '.join(field.choices)}" if field.choices else ""
            item = QListWidgetItem(f"{field.name} ({field.kind}{choices})")
            item.setData(Qt.ItemDataRole.UserRole, field)
            self.list.addItem(item)

    def add(self) -> None:
        dialog = DemographicFieldDialog(None, self)
        if self.study and dialog.exec():
            self._save(lambda: add_demographic_field(self.study, *dialog.values()))

    def edit(self) -> None:
        item = self.list.currentItem()
        if self.study and item:
            field = item.data(Qt.ItemDataRole.UserRole)
            dialog = DemographicFieldDialog(field, self)
            if dialog.exec():
                self._save(lambda: update_demographic_field(self.study, field.id,
                                                            *dialog.values()))

    def archive(self) -> None:
        item = self.list.currentItem()
        if self.study and item:
            field = item.data(Qt.ItemDataRole.UserRole)
            self._save(lambda: archive_demographic_field(self.study, field.id))

    def _save(self, change) -> None:  # type: ignore[no-untyped-def]
        try:
            change()
        except (ValueError, StudyError) as error:
            self.status.setText(str(error))
            return
        self.status.clear()
        self.show_study(self.study)
