"""One interview on screen, from consent to the survey: the widgets and their layout.

What happens at each step is the `InterviewController`'s (it holds the interview and talks to
the model's worker thread); this panel lays out the widgets, hands their signals to the
controller and shows the page the controller asks for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.interview.participants import DemographicField
from desktop.core.interview.prompts import PromptSet
from desktop.core.interview.survey import SurveyItem
from desktop.core.people import Person
from desktop.store import Study
from desktop.ui.interviews.answer_panel import AnswerPanel
from desktop.ui.interviews.card_editor_panel import CardEditorPanel
from desktop.ui.interviews.consent_panel import ConsentPanel
from desktop.ui.interviews.demographics_panel import DemographicsPanel
from desktop.ui.interviews.interview_controller import InterviewController
from desktop.ui.interviews.stage_indicator_view import StageIndicatorView
from desktop.ui.interviews.survey_panel import SurveyPanel
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.values.voting_panel import VotingPanel
from desktop.ui.widgets.chat_view import ChatView


class InterviewPanel(QWidget):
    interview_changed = Signal(str)  # its stored rows changed (lists refresh)
    interview_started = Signal(str)
    consent_recorded = Signal(str)  # participant id
    vote_recorded = Signal(object)  # a wiser-than Vote given after the card

    def __init__(self, service: LlmService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.stage = StageIndicatorView()
        self.question = QLabel()
        self.question.setObjectName("interviewQuestion")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.chat, self.answer = ChatView(), AnswerPanel()
        self.card_editor, self.consent = CardEditorPanel(), ConsentPanel()
        self.demographics, self.survey = DemographicsPanel(), SurveyPanel()
        self.voting = VotingPanel()
        self.done = QLabel()
        self.done.setObjectName("interviewDone")
        self.done.setWordWrap(True)
        self.done.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.controller = InterviewController(service, self)
        self._build()
        self._connect()

    def _build(self) -> None:
        conversation = QWidget()
        left = QVBoxLayout(conversation)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.chat, 1)
        left.addWidget(self.answer)
        self.splitter = QSplitter()
        # Right-to-left, Qt places a splitter's first widget 1 px past its edge.
        self.splitter.setContentsMargins(0, 0, 1, 0)
        self.splitter.addWidget(conversation)
        self.splitter.addWidget(self.card_editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        for page in (self.consent, self.demographics, self.splitter, self.voting, self.survey,
                     self.done):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stage)
        layout.addWidget(self.question)
        layout.addWidget(self.pages, 1)

    def _connect(self) -> None:
        c = self.controller
        self.consent.consent_given.connect(lambda: c.record_consent("given"))
        self.consent.consent_refused.connect(lambda: c.record_consent("refused"))
        self.demographics.demographics_submitted.connect(c.submit_demographics)
        self.answer.answer_submitted.connect(c.submit_answer)
        self.answer.stop_requested.connect(c.stop)
        self.answer.draft_changed.connect(c.save_draft)
        self.card_editor.card_edited.connect(c.save_card_edit)
        self.card_editor.card_confirmed.connect(c.confirm_card)
        self.survey.survey_submitted.connect(c.submit_survey)
        self.voting.vote_recorded.connect(self.vote_recorded)
        self.voting.vote_recorded.connect(c.vote_given)
        self.voting.session_finished.connect(lambda _: c.advance())
        c.interview_changed.connect(self.interview_changed)
        c.interview_started.connect(self.interview_started)
        c.consent_recorded.connect(self.consent_recorded)
        QShortcut(QKeySequence("Esc"), self, c.stop,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # What the page and the kiosk call ---------------------------------------------------------

    @property
    def prompts(self) -> PromptSet | None:
        """The interview texts in use (those the open interview started with)."""
        return self.controller.prompts

    @property
    def interview_id(self) -> str | None:
        return self.controller.interview_id

    def begin(self, study: Study, participant: Person, question_id: str,
              source: str = "app") -> None:
        """Consent (if not yet given for this text), optional demographics, then the interview."""
        self.controller.begin(study, participant, question_id, source)

    def open_interview(self, study: Study, interview_id: str) -> None:
        """Show a stored interview and carry on from where its rows say it stopped."""
        self.controller.open_interview(study, interview_id)

    def close_interview(self) -> None:
        """Leave the current interview (a reply still being written is dropped, not stored)."""
        self.controller.close_interview()

    def stop(self) -> None:
        """Esc: stop the model; what it asked so far is kept, else the fallback is used."""
        self.controller.stop()

    # What the controller shows ----------------------------------------------------------------

    def show_question(self, text: str) -> None:
        self.question.setText(text)

    def show_language(self, prompts: PromptSet) -> None:
        """What the participant reads runs in their language's direction (Arabic right to
        left, whatever the interface's), and the card's field names are in their language."""
        direction = (Qt.LayoutDirection.RightToLeft if prompts.right_to_left
                     else Qt.LayoutDirection.LeftToRight)
        for widget in (self.question, self.pages):
            widget.setLayoutDirection(direction)
        self.card_editor.show_card_words(prompts.card_fields, prompts.card_frames)

    def show_consent(self, text: str, version: str, participant_code: str) -> None:
        self.consent.show_consent(text, version, participant_code)
        self.pages.setCurrentWidget(self.consent)

    def show_demographics(self, fields: Sequence[DemographicField],
                          answers: Mapping[str, str]) -> None:
        self.demographics.show_fields(fields, answers)
        self.pages.setCurrentWidget(self.demographics)

    def show_conversation(self) -> None:
        self.pages.setCurrentWidget(self.splitter)

    def show_card_editor(self, visible: bool) -> None:
        self.card_editor.setVisible(visible)

    def show_voting(self, study: Study, interview_id: str) -> None:
        self.pages.setCurrentWidget(self.voting)
        self.voting.start_in_interview(study, interview_id)  # may end at once

    def show_survey(self, items: Sequence[SurveyItem]) -> None:
        self.survey.show_items(items)
        self.pages.setCurrentWidget(self.survey)

    def show_done(self, text: str) -> None:
        self.done.setText(text)
        self.pages.setCurrentWidget(self.done)

    def warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), text)
