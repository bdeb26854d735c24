"""The Values & voting page: the study lead groups confirmed cards into values and reviews
upgrade stories; participants answer wiser-than questions in a voting session, at the
researcher's side or in kiosk mode (only the questions on screen, the PIN to leave)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.participants import participant_people
from desktop.store import Study
from desktop.ui.shell.area_page import AreaPage
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.values.stories_panel import StoriesPanel
from desktop.ui.values.values_panel import ValuesPanel
from desktop.ui.values.voting_panel import VotingPanel
from desktop.ui.widgets.fit import accessible, stack_when_narrow


class ValuesPage(AreaPage):
    title = "Values & voting"
    summary = ("Group the participants' confirmed cards into values, review the upgrade "
               "stories the local model drafts, and run wiser-than voting sessions.")

    def __init__(self, service: LlmService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.heading.setText(self.tr("Values & voting"))
        self.explanation.setText(self.tr(
            "Group the participants' confirmed cards into values, review the upgrade stories the "
            "local model drafts, and run wiser-than voting sessions."))
        self.study: Study | None = None
        self.values_panel = ValuesPanel(service)
        self.stories_panel = StoriesPanel(service)
        self.voting_panel = VotingPanel()
        self.participant = QComboBox()
        self.participant.setObjectName("votingParticipant")
        accessible(self.participant, self.tr("Participant who votes"))
        self.questions = QSpinBox()
        accessible(self.questions, self.tr("Number of voting questions"))
        self.questions.setRange(1, 50)
        self.questions.valueChanged.connect(self._word_questions)
        self.questions.setValue(5)
        self.setup = QWidget()
        self.leave_kiosk_button = QPushButton(self.tr("Researcher…"))
        self.leave_kiosk_button.setObjectName("leaveVotingKiosk")
        self.leave_kiosk_button.clicked.connect(self.ask_to_leave_kiosk)
        self.leave_kiosk_button.hide()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.values_panel, self.tr("Values"))
        self.tabs.addTab(self.stories_panel, self.tr("Upgrade stories"))
        self.voting_tab = self._voting_tab()
        self.tabs.addTab(self.voting_tab, self.tr("Voting session"))
        self.body.addWidget(self.tabs, 1)
        self.values_panel.values_changed.connect(lambda: self.stories_panel.refresh())

    def _word_questions(self, count: int) -> None:
        """"up to 5 questions" around the number, its plural following the number."""
        before, _, after = self.tr("up to %n questions", "", count).partition(str(count))
        if (before, after) != (self.questions.prefix(), self.questions.suffix()):
            self.questions.setPrefix(before)
            self.questions.setSuffix(after)

    def _voting_tab(self) -> QWidget:
        start = QPushButton(self.tr("Start voting"))
        start.clicked.connect(self.start_voting)
        kiosk = QPushButton(self.tr("Start in kiosk mode…"))
        kiosk.setObjectName("startVotingKiosk")
        kiosk.clicked.connect(self.start_kiosk)
        row = QHBoxLayout(self.setup)
        row.setContentsMargins(0, 0, 0, 0)
        stack_when_narrow(self.setup, row)
        row.addWidget(QLabel(self.tr("Participant")))
        row.addWidget(self.participant, 1)
        row.addWidget(self.questions)
        row.addWidget(start)
        row.addWidget(kiosk)
        bar = QHBoxLayout()
        bar.addWidget(self.setup, 1)
        bar.addWidget(self.leave_kiosk_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.voting_panel, 1)
        return tab

    def show_study(self, study: Study | None) -> None:
        if self.kiosk_pin is not None:
            return  # the main window cannot switch studies in kiosk mode anyway
        self.study = study
        self.values_panel.show_study(study)
        self.stories_panel.show_study(study)
        self.participant.clear()
        for person in participant_people(study) if study else []:
            self.participant.addItem(person.code, person.id)

    def start_voting(self) -> bool:
        participant_id = self.participant.currentData()
        if self.study is None or not participant_id:
            self.voting_panel.progress.setText(self.tr(
                "Choose a participant first (participants are added on the Interviews page)."))
            return False
        self.tabs.setCurrentWidget(self.voting_tab)
        self.voting_panel.start(self.study, participant_id, self.questions.value())
        self.voting_panel.setFocus()
        return True

    # Kiosk mode ---------------------------------------------------------------------------

    def enter_kiosk(self, pin: str) -> bool:
        """The selected participant's voting session, with only it on screen."""
        if not self.start_voting():
            return False
        self.kiosk_pin = pin
        self._set_kiosk_chrome(True)
        return True

    def leave_kiosk(self) -> None:
        self.kiosk_pin = None
        self._set_kiosk_chrome(False)

    def _set_kiosk_chrome(self, on: bool) -> None:
        self.set_header_visible(not on)
        self.tabs.tabBar().setVisible(not on)
        self.setup.setVisible(not on)
        self.leave_kiosk_button.setVisible(on)
        self.kiosk_changed.emit(on)
