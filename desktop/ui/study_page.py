"""The Study page: what this study file is and what it holds."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QListWidget, QListWidgetItem, QWidget

from desktop.store import Study
from desktop.store.questions import list_questions
from desktop.ui.area_page import AreaPage
from desktop.ui.llm_service import LlmService

_TABLE_NAMES = {"people": "People", "questions": "Questions", "devices": "Devices",
                "study": "Study record"}


class StudyPage(AreaPage):
    title = "Study"
    summary = ("Everything of this study lives in one file on this computer; every change is "
               "saved the moment it is made. There is no Save button to forget.")

    def __init__(self, service: LlmService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        facts = QGroupBox("This study")
        self.facts = QFormLayout(facts)
        self.name, self.path, self.created = QLabel(), QLabel(), QLabel()
        self.counts = QLabel()
        for label in (self.name, self.path, self.created, self.counts):
            label.setTextInteractionFlags(label.textInteractionFlags()
                                          | label.textInteractionFlags().TextSelectableByMouse)
            label.setWordWrap(True)
        self.facts.addRow("Name", self.name)
        self.facts.addRow("File", self.path)
        self.facts.addRow("Created", self.created)
        self.facts.addRow("Contents", self.counts)
        self.body.addWidget(facts)
        questions = QGroupBox("Questions (contexts) interviews can be about")
        self.questions = QListWidget()
        self.questions.setWordWrap(True)
        self.questions.setObjectName("questionList")
        box = QFormLayout(questions)
        box.addRow(self.questions)
        self.body.addWidget(questions, 1)

    def show_study(self, study: Study | None) -> None:
        self.questions.clear()
        if study is None:
            for label in (self.name, self.path, self.created, self.counts):
                label.setText("—")
            return
        meta = study.meta
        self.name.setText(meta.name)
        self.path.setText(str(study.path))
        self.created.setText(f"{meta.created_at[:16].replace('T', ' ')} UTC "
                             f"with version {meta.created_by_version}")
        counts = study.table_counts()
        self.counts.setText(", ".join(f"{_TABLE_NAMES.get(t, t)}: {n}" for t, n in counts.items()
                                      if t != "study"))
        for number, question in enumerate(list_questions(study), start=1):
            item = QListWidgetItem(f"{number}. {question.text}")
            item.setToolTip(question.note or question.text)
            self.questions.addItem(item)
