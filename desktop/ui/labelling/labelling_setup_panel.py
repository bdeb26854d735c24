"""The study lead's side of labelling: import items, annotators and groups, assignment with an
overlap, model suggestions on or off, and the guidelines annotators see."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formats import ImportFileError, iter_records
from desktop.core.formats.layouts import DILEMMA_KINDS, detect_kind
from desktop.services import importing
from desktop.services.labelling import (
    add_annotator,
    assign_items,
    assignment_counts,
    item_counts,
    labelling_settings,
    list_annotators,
    set_annotator_group,
    set_labelling_setting,
)
from desktop.store import Study, StudyError
from desktop.ui.labelling.labelling_mapping_dialog import ColumnMappingDialog
from desktop.ui.shell.jobs import JobRunner
from desktop.ui.widgets.fit import accessible, stack_when_narrow

FILE_FILTER = QT_TRANSLATE_NOOP("LabellingSetupPanel",
                                "Tables (*.csv *.tsv *.jsonl *.ndjson *.json);;All files (*)")
# import kind -> (layouts recognised as they are, the layout a mapping fills, button text)
IMPORTS = {
    "dilemmas": (DILEMMA_KINDS, "dilemmas",
                 QT_TRANSLATE_NOOP("LabellingSetupPanel", "Import dilemmas…")),
    "valence": (("valence_items",), "valence_items",
                QT_TRANSLATE_NOOP("LabellingSetupPanel", "Import valence items…")),
    "labels": (("labels",), "labels",
               QT_TRANSLATE_NOOP("LabellingSetupPanel", "Import labels made elsewhere…")),
}
ORDERS = (("as_imported", QT_TRANSLATE_NOOP("LabellingSetupPanel", "as imported")),
          ("shuffled", QT_TRANSLATE_NOOP("LabellingSetupPanel", "shuffled per annotator")))


class LabellingSetupPanel(QWidget):
    study_changed = Signal()  # items, annotators, assignments or settings changed
    import_finished = Signal(object)
    import_failed = Signal(str)
    assignment_finished = Signal(str)  # the status shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.study: Study | None = None
        self.jobs = JobRunner(self)  # imports and assignment, each on its own connection
        left = QVBoxLayout()
        left.addWidget(self._items_box())
        left.addWidget(self._assign_box())
        columns = QHBoxLayout()  # one above the other on a narrow page
        columns.addLayout(left)
        columns.addWidget(self._annotators_box(), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self._guidelines_box())
        stack_when_narrow(self, columns)

    def _items_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Items"))
        layout = QVBoxLayout(box)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        for kind, (_, _, text) in IMPORTS.items():
            button = QPushButton(self.tr(text))
            button.clicked.connect(lambda _=False, k=kind: self.choose_file(k))
            layout.addWidget(button)
        self.import_status = QLabel()
        self.import_status.setWordWrap(True)
        self.import_status.setObjectName("importStatus")
        layout.addWidget(self.import_status)
        return box

    def _annotators_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Annotators"))
        self.table = QTableWidget(0, 4)
        accessible(self.table, self.tr("Annotators"))
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Group"),
                                              self.tr("Assigned"), self.tr("Labelled")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.new_code, self.new_group = QLineEdit(), QLineEdit()
        self.new_code.setPlaceholderText(self.tr("code (blank: made up)"))
        self.new_group.setPlaceholderText(self.tr("group (optional)"))
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        add = QPushButton(self.tr("Add annotator"))
        regroup = QPushButton(self.tr("Set group of selected"))
        add.clicked.connect(self.add_annotator)
        regroup.clicked.connect(self.set_group)
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.new_code)
        form.addRow(self.tr("Group"), self.new_group)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(regroup)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return box

    def _assign_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Assignment and suggestions"))
        self.overlap = QSpinBox(minimum=1, maximum=1)
        self.order = QComboBox()
        for key, words in ORDERS:
            self.order.addItem(self.tr(words), key)
        self.assign_button = assign = QPushButton(
            self.tr("Assign items (to the selected annotators, else to all)"))
        assign.clicked.connect(self.assign)
        self.assign_status = QLabel()
        self.assign_status.setWordWrap(True)
        self.suggestions = QCheckBox(self.tr("Show the local model's suggestions to annotators"))
        self.suggestions.toggled.connect(self._on_suggestions_toggled)
        form = QFormLayout(box)
        form.addRow(self.tr("Annotators per item"), self.overlap)
        form.addRow(self.tr("Queue order"), self.order)
        form.addRow(assign)
        form.addRow(self.assign_status)
        form.addRow(self.suggestions)
        return box

    def _guidelines_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Guidelines annotators see (F1 while labelling)"))
        self.guidelines = QPlainTextEdit()
        accessible(self.guidelines, self.tr("Guidelines annotators see"))
        self.guidelines.setMaximumHeight(150)
        save = QPushButton(self.tr("Save guidelines"))
        save.clicked.connect(self.save_guidelines)
        layout = QVBoxLayout(box)
        layout.addWidget(self.guidelines)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignRight)
        return box

    # Showing ---------------------------------------------------------------------------------

    def set_study(self, study: Study | None) -> None:
        self.study = study
        self.setEnabled(study is not None)
        if study is None:
            return
        settings = labelling_settings(study)
        self.guidelines.setPlainText(settings.guidelines)
        self.suggestions.blockSignals(True)
        self.suggestions.setChecked(settings.suggestions_enabled)
        self.suggestions.blockSignals(False)
        self.order.setCurrentIndex(max(0, self.order.findData(settings.queue_order)))
        self.refresh(settings.overlap)

    def refresh(self, overlap: int | None = None) -> None:
        if self.study is None:
            return
        counts, spread = item_counts(self.study), assignment_counts(self.study)
        unassigned = spread.get("0", 0)
        self.counts.setText(self.tr("{dilemmas} dilemmas, {valence} valence items; {unassigned} "
                                    "not assigned to anyone yet.").format(
            dilemmas=counts["dilemma"], valence=counts["valence"], unassigned=unassigned))
        annotators = list_annotators(self.study)
        self.table.setRowCount(len(annotators))
        for row, person in enumerate(annotators):
            for column, text in enumerate((person.code, person.group, str(person.assigned),
                                           str(person.done))):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, person.id)
                self.table.setItem(row, column, cell)
        self.overlap.setMaximum(max(1, len(annotators)))
        if overlap is not None:
            self.overlap.setValue(overlap)

    # Actions ---------------------------------------------------------------------------------

    def choose_file(self, kind: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr(IMPORTS[kind][2]).rstrip("…"), "",
                                              self.tr(FILE_FILTER))
        if path:
            self.import_file(Path(path), kind)

    def import_file(self, path: Path, kind: str, mapping: dict[str, str] | None = None) -> None:
        """Import in the background; a file in an unknown layout asks for a column mapping."""
        if self.study is None:
            return
        if mapping is None:
            try:
                mapping = self._mapping_if_needed(path, kind)
            except ImportFileError as error:
                self._on_import_failed(
                    self.tr("{problem} Nothing was imported.").format(problem=error))
                return
            if mapping is None:
                return  # the person cancelled the mapping
        job = self.jobs.run(
            lambda job: importing.import_file(job.study, path, kind, mapping or None),
            study=self.study.path, unchanged=self.tr("Nothing was imported."))
        job.finished.connect(self._on_import_finished)
        job.failed.connect(self._on_import_failed)
        self.import_status.setText(self.tr("Importing {file}…").format(file=path.name))

    def _mapping_if_needed(self, path: Path, kind: str) -> dict[str, str] | None:
        """{} for a recognised layout, the person's mapping otherwise (None: cancelled)."""
        recognised, layout_kind, _ = IMPORTS[kind]
        with closing(iter_records(path)) as records:
            _line, first = next(records)
        if detect_kind(tuple(first)) in recognised:
            return {}
        dialog = ColumnMappingDialog(path, layout_kind, tuple(first), first, self)
        return dialog.mapping() if dialog.exec() else None

    def _on_import_finished(self, summary: dict[str, object]) -> None:
        added = summary.get("added", summary.get("labels_added", 0))
        skipped = summary.get("skipped_as_already_in_study",
                              summary.get("skipped_as_already_imported", 0))
        name = Path(str(summary["file"])).name
        self.import_status.setText(self.tr("{file}: {added} added, {skipped} already in the study.")
                                   .format(file=name, added=added, skipped=skipped))
        self.refresh()
        self.study_changed.emit()
        self.import_finished.emit(summary)

    def _on_import_failed(self, problem: str) -> None:
        self.import_status.setText(f"<span style='color:#b00020'>{problem}</span>")
        self.import_failed.emit(problem)

    def add_annotator(self) -> None:
        if self.study is None:
            return
        try:
            add_annotator(self.study, self.new_code.text() or None, self.new_group.text())
        except (StudyError, ValueError) as error:
            self.assign_status.setText(str(error))
            return
        self.new_code.clear()
        self.refresh()
        self.study_changed.emit()

    def set_group(self) -> None:
        if self.study is None:
            return
        rows = {index.row() for index in self.table.selectedIndexes()}
        for row in rows:
            person_id = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            set_annotator_group(self.study, person_id, self.new_group.text())
        self.refresh()
        self.study_changed.emit()

    def assign(self) -> None:
        """Assign in the background (100,000 items take seconds); the window stays live."""
        if self.study is None:
            return
        selected = {self.table.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)
                    for index in self.table.selectedIndexes()}
        people = [a.id for a in list_annotators(self.study) if not selected or a.id in selected]
        if not people:
            self.assign_status.setText(self.tr("Add an annotator first."))
            return
        overlap, order = min(self.overlap.value(), len(people)), self.order.currentData()
        job = self.jobs.run(lambda job: assign_items(job.study, people, overlap, order=order),
                            study=self.study.path, unchanged=self.tr("No items were assigned."))
        job.finished.connect(lambda added: self._on_assigned(added, overlap, order, len(people)))
        job.failed.connect(self._on_assignment_failed)
        self.assign_button.setEnabled(False)
        self.assign_status.setText(self.tr("Assigning…"))

    def _on_assigned(self, added: int, overlap: int, order: str, people: int) -> None:
        self.assign_button.setEnabled(True)
        if self.study is None:
            return
        set_labelling_setting(self.study, "overlap", overlap)
        set_labelling_setting(self.study, "queue_order", order)
        self.assign_status.setText(self.tr("{added} assignments added: every item now goes to "
                                           "{overlap} of these {people} annotator(s).").format(
            added=added, overlap=overlap, people=people))
        self.refresh()
        self.study_changed.emit()
        self.assignment_finished.emit(self.assign_status.text())

    def _on_assignment_failed(self, problem: str) -> None:
        self.assign_button.setEnabled(True)
        self.assign_status.setText(problem)
        self.assignment_finished.emit(problem)

    def save_guidelines(self) -> None:
        if self.study is not None:
            set_labelling_setting(self.study, "guidelines", self.guidelines.toPlainText())
            self.study_changed.emit()

    def _on_suggestions_toggled(self, on: bool) -> None:
        if self.study is not None:
            set_labelling_setting(self.study, "suggestions_enabled", on)
            self.study_changed.emit()
