"""The study's participants: pseudonymous codes, whether they consented, their interviews."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.people import Person
from desktop.services import participants
from desktop.store import Study
from desktop.ui.interviews.participant_dialog import ParticipantDialog
from desktop.ui.widgets.fit import FlowLayout, accessible, wrap_items


class ParticipantsPanel(QWidget):
    participant_selected = Signal(object)  # Person or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.study: Study | None = None
        self.list = QListWidget()
        self.list.setObjectName("participantList")
        accessible(self.list, self.tr("Participants"))
        wrap_items(self.list)
        self.new_button = QPushButton(self.tr("New participant"))
        self.new_button.setObjectName("newParticipant")
        self.edit_button = QPushButton(self.tr("Code and details…"))
        buttons = FlowLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(self.add_participant)
        self.edit_button.clicked.connect(self.edit_participant)
        self.list.currentItemChanged.connect(
            lambda *_: self.participant_selected.emit(self.selected()))
        self.list.itemDoubleClicked.connect(lambda _: self.edit_participant())

    def show_study(self, study: Study | None, select: str | None = None) -> None:
        self.study = study
        self.list.clear()
        for person in participants.participant_people(study) if study else []:
            consent = participants.latest_consent(study, person.id) if study else None
            item = QListWidgetItem(self._entry(person.code, consent.decision if consent else ""))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
            if person.id == select:
                self.list.setCurrentItem(item)
        self.new_button.setEnabled(study is not None)

    def _entry(self, code: str, decision: str) -> str:
        """A participant's line: their code and their latest consent decision."""
        entries = {"given": self.tr("{code} · consent given"),
                   "refused": self.tr("{code} · consent refused"),
                   "withdrawn": self.tr("{code} · consent withdrawn"),
                   "": self.tr("{code} · no consent yet")}
        return entries.get(decision, f"{{code}} · consent {decision}").format(code=code)

    def selected(self) -> Person | None:
        item = self.list.currentItem()
        if item is None or self.study is None:
            return None
        return participants.get_person(self.study, item.data(Qt.ItemDataRole.UserRole))

    def add_participant(self) -> Person | None:
        if self.study is None:
            return None
        person = participants.add(self.study)
        self.show_study(self.study, select=person.id)
        return person

    def edit_participant(self) -> None:
        person = self.selected()
        if person is None or self.study is None:
            return
        if ParticipantDialog(self.study, person, self).exec():
            self.show_study(self.study, select=person.id)
