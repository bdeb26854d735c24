"""Add or edit one question (context): its text, optional language and interviewer's note."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.core.questions import Question, clean_question_text


class QuestionDialog(QDialog):
    def __init__(self, question: Question | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit question") if question else self.tr("New question"))
        self.text = QPlainTextEdit(question.text if question else "")
        self.text.setObjectName("questionText")
        self.text.setTabChangesFocus(True)
        self.language = QLineEdit(question.language if question else "")
        self.language.setPlaceholderText(self.tr("optional, e.g. en, fr, he"))
        self.note = QLineEdit(question.note if question else "")
        self.note.setPlaceholderText(self.tr("optional, seen by the interviewer only"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Question"), self.text)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.problem)
        form.addRow(buttons)
        if question:
            note = QLabel(self.tr("Interviews already made keep the wording they were asked "
                                  "with."))
            note.setWordWrap(True)
            form.insertRow(0, note)

    def values(self) -> tuple[str, str, str]:
        return self.text.toPlainText(), self.language.text(), self.note.text()

    def accept(self) -> None:
        try:
            clean_question_text(self.text.toPlainText())
        except ValueError as error:
            self.problem.setText(str(error))
            return
        super().accept()
