"""The study's optional demographic fields (name, type, choices), asked after consent."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from desktop.services.study_setup import (
    add_demographic_field,
    archive_demographic_field,
    list_demographic_fields,
    update_demographic_field,
)
from desktop.store import Study
from desktop.ui.study.demographic_field_dialog import DemographicFieldDialog, kind_name
from desktop.ui.widgets.bidi import isolate
from desktop.ui.widgets.fit import accessible
from desktop.ui.widgets.study_list_panel import StudyListPanel


class DemographicFieldsPanel(StudyListPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("demographicFields", parent)
        accessible(self.list, self.tr("Demographic fields"))
        self.add_buttons((("add", self.tr("Add…"), self.add), ("edit", self.tr("Edit…"), self.edit),
                          ("archive", self.tr("Archive"), self.archive)))

    def show_study(self, study: Study | None, _select: str | None = None) -> None:
        self.study = study
        self.list.clear()
        for field in list_demographic_fields(study) if study else []:
            choices = f": {isolate(', '.join(field.choices))}" if field.choices else ""
            item = QListWidgetItem(f"{isolate(field.name)} ({kind_name(field.kind)}{choices})")
            item.setData(Qt.ItemDataRole.UserRole, field)
            self.list.addItem(item)

    def add(self) -> None:
        dialog = DemographicFieldDialog(None, self)
        if self.study and dialog.exec():
            self.save(lambda study: (add_demographic_field(study, *dialog.values()), None)[1])

    def edit(self) -> None:
        item = self.list.currentItem()
        if self.study and item:
            field = item.data(Qt.ItemDataRole.UserRole)
            dialog = DemographicFieldDialog(field, self)
            if dialog.exec():
                self.save(lambda study: update_demographic_field(study, field.id,
                                                                 *dialog.values()))

    def archive(self) -> None:
        item = self.list.currentItem()
        if self.study and item:
            field = item.data(Qt.ItemDataRole.UserRole)
            self.save(lambda study: archive_demographic_field(study, field.id))
