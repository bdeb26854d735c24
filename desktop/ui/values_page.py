"""The Values & voting page: the study lead groups confirmed cards into values and reviews
upgrade stories; participants answer wiser-than questions in a voting session."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.core.people import Role
from desktop.store import Study
from desktop.store.people import list_people
from desktop.ui.area_page import AreaPage
from desktop.ui.llm_service import LlmService
from desktop.ui.stories_panel import StoriesPanel
from desktop.ui.values_panel import ValuesPanel
from desktop.ui.voting_panel import VotingPanel


class ValuesPage(AreaPage):
    title = "Values & voting"
    summary = ("Group the participants' confirmed cards into values, review the upgrade "
               "stories the local model drafts, and run wiser-than voting sessions.")

    def __init__(self, service: LlmService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.study: Study | None = None
        self.values_panel = ValuesPanel()
        self.stories_panel = StoriesPanel(service)
        self.voting_panel = VotingPanel()
        self.participant = QComboBox()
        self.participant.setObjectName("votingParticipant")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.values_panel, "Values")
        self.tabs.addTab(self.stories_panel, "Upgrade stories")
        self.tabs.addTab(self._voting_tab(), "Voting session")
        self.body.addWidget(self.tabs, 1)
        self.values_panel.values_changed.connect(lambda: self.stories_panel.refresh())

    def _voting_tab(self) -> QWidget:
        start = QPushButton("Start voting")
        start.clicked.connect(self.start_voting)
        row = QHBoxLayout()
        row.addWidget(self.participant, 1)
        row.addWidget(start)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(self.voting_panel, 1)
        return tab

    def show_study(self, study: Study | None) -> None:
        self.study = study
        self.values_panel.show_study(study)
        self.stories_panel.show_study(study)
        self.participant.clear()
        for person in list_people(study, Role.PARTICIPANT) if study else []:
            self.participant.addItem(person.code, person.id)

    def start_voting(self) -> None:
        participant_id = self.participant.currentData()
        if self.study is not None and participant_id:
            self.voting_panel.start(self.study, participant_id)
            self.voting_panel.setFocus()
