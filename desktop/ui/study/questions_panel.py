"""The study's questions: add, edit, order, archive, and import from a JSONL or CSV file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from desktop.services.study_setup import (
    add_question,
    archive_question,
    get_question,
    import_questions,
    list_questions,
    move_question,
    update_question,
)
from desktop.store import Study, StudyError
from desktop.ui.study.question_dialog import QuestionDialog
from desktop.ui.widgets.bidi import isolate
from desktop.ui.widgets.fit import accessible
from desktop.ui.widgets.study_list_panel import StudyListPanel


class QuestionsPanel(StudyListPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("questionList", parent)
        accessible(self.list, self.tr("Questions (contexts)"))
        self.status.setObjectName("questionStatus")
        self.add_buttons((("add", self.tr("Add…"), self.add),
                          ("edit", self.tr("Edit…"), self.edit),
                          ("up", self.tr("Move up"), lambda: self.move(-1)),
                          ("down", self.tr("Move down"), lambda: self.move(1)),
                          ("archive", self.tr("Archive"), self.archive),
                          ("import", self.tr("Import JSONL/CSV…"), self.choose_import)))
        self.list.itemDoubleClicked.connect(lambda _: self.edit())

    def count(self) -> int:
        return self.list.count()

    def show_study(self, study: Study | None, select: str | None = None) -> None:
        self.study = study
        self.list.clear()
        for number, question in enumerate(list_questions(study) if study else [], start=1):
            item = QListWidgetItem(f"{number}. {isolate(question.text)}")
            item.setData(Qt.ItemDataRole.UserRole, question.id)
            item.setToolTip(question.note or question.text)
            self.list.addItem(item)
            if question.id == select:
                self.list.setCurrentItem(item)
        for button in self.buttons.values():
            button.setEnabled(study is not None)

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def add(self) -> None:
        dialog = QuestionDialog(None, self)
        if self.study and dialog.exec():
            self.save(lambda study: add_question(study, *dialog.values()).id)

    def edit(self) -> None:
        qid = self.selected_id()
        question = get_question(self.study, qid) if self.study and qid else None
        if question is None:
            return
        dialog = QuestionDialog(question, self)
        if dialog.exec():
            self.save(lambda study: update_question(study, question.id, *dialog.values()).id)

    def move(self, offset: int) -> None:
        qid = self.selected_id()
        if qid:
            self.save(lambda study: (move_question(study, qid, offset), qid)[1])

    def archive(self) -> None:
        qid = self.selected_id()
        if qid:
            self.save(lambda study: (archive_question(study, qid), None)[1])
            self.status.setText(self.tr("Archived: new interviews cannot use it; its interviews "
                                        "stay."))

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import questions"), "",
            self.tr("Questions (*.jsonl *.csv *.json);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        """All rows or none; a bad file is named with its line and its problem."""
        if self.study is None:
            return False
        from desktop.core.formats import ImportFileError  # the file readers: only when importing

        try:
            added, skipped = import_questions(self.study, path)
        except (ImportFileError, StudyError, ValueError) as error:
            self.status.setText(self.tr("Nothing was imported. {problem}").format(problem=error))
            return False
        self.show_study(self.study)
        said = (self.tr("Imported {count} question(s) from {file}; {skipped} already in the "
                        "study were skipped.") if skipped else
                self.tr("Imported {count} question(s) from {file}."))
        self.status.setText(said.format(count=len(added), file=path.name, skipped=skipped))
        return True
