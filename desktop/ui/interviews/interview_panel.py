"""One interview, from consent to the survey, driven by the protocol and saved as it goes.

Every step reads the stored transcript and asks the protocol what comes next, so opening an
interview again resumes it where it stopped (a reply that was streaming when the app died is
simply asked again). The participant's answer is committed before the box is cleared; the
model's reply only when it is whole. The model runs on the service's worker thread.
"""

from __future__ import annotations

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

from desktop.core.interview.card import ValuesCard
from desktop.core.interview.prompts import PromptSet, load_prompts
from desktop.core.interview.protocol import (
    InterviewSettings,
    Stage,
    Transcript,
    next_step,
    stage_of,
    stage_progress,
)
from desktop.core.interview.turns import TURN_STEPS, ModelTurn, Settled, SettledReply
from desktop.core.people import Person
from desktop.llm.interview_requests import chat_messages, model_output, sampling_settings
from desktop.llm.protocol import Generation
from desktop.store import Study, StudyError
from desktop.store.cards import (
    confirm_card,
    mark_card_shown,
    save_card_edit,
    save_model_turn,
    submit_survey,
)
from desktop.store.interview_setup import interview_settings, study_survey
from desktop.store.interviews import (
    add_answer,
    get_interview,
    interview_prompts,
    list_interviews,
    load_transcript,
    save_draft_text,
    start_interview,
    stored_settings,
)
from desktop.store.participants import (
    demographic_answers,
    latest_consent,
    list_demographic_fields,
    record_consent,
    save_demographic_answers,
)
from desktop.ui.interviews.answer_panel import AnswerPanel
from desktop.ui.interviews.card_editor_panel import CardEditorPanel
from desktop.ui.interviews.consent_panel import ConsentPanel
from desktop.ui.interviews.demographics_panel import DemographicsPanel
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
        self.study: Study | None = None
        self.interview_id: str | None = None
        self.participant: Person | None = None
        self.question_id = ""
        self.source = "app"
        self.prompts: PromptSet | None = None
        self.settings = InterviewSettings()
        self.turn: ModelTurn | None = None
        self.request_id: int | None = None
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
        self._build()
        self._connect()

    def _build(self) -> None:
        conversation = QWidget()
        left = QVBoxLayout(conversation)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.chat, 1)
        left.addWidget(self.answer)
        self.splitter = QSplitter()
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
        self.consent.consent_given.connect(lambda: self._on_consent("given"))
        self.consent.consent_refused.connect(lambda: self._on_consent("refused"))
        self.demographics.demographics_submitted.connect(self._on_demographics_submitted)
        self.answer.answer_submitted.connect(self._on_answer_submitted)
        self.answer.stop_requested.connect(self.stop)
        self.answer.draft_changed.connect(self._on_draft_changed)
        self.card_editor.card_edited.connect(self._on_card_edited)
        self.card_editor.card_confirmed.connect(self._on_card_confirmed)
        self.survey.survey_submitted.connect(self._on_survey_submitted)
        self.voting.vote_recorded.connect(self.vote_recorded)
        self.voting.vote_recorded.connect(
            lambda _: self.interview_changed.emit(self.interview_id or ""))
        self.voting.session_finished.connect(lambda _: self._advance())
        QShortcut(QKeySequence("Esc"), self, self.stop,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self.card_editor, self.card_editor.confirm_button.click,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.service.text_received.connect(self._on_text_received)
        self.service.generation_finished.connect(self._on_generation_finished)
        self.service.generation_failed.connect(self._on_generation_failed)

    # Starting and resuming ------------------------------------------------------------------

    def begin(self, study: Study, participant: Person, question_id: str,
              source: str = "app") -> None:
        """Consent (if not yet given for this text), optional demographics, then the interview."""
        self.close_interview()
        self.study, self.participant, self.question_id, self.source = (
            study, participant, question_id, source)
        self.prompts = load_prompts()
        self.stage.set_voting(interview_settings(study).votes_after_card > 0)
        self.question.clear()
        self.chat.clear_messages()
        consent = latest_consent(study, participant.id)
        if consent is not None and consent.covers(self.prompts.consent_version):
            self._after_consent()
            return
        self.stage.show_stage(Stage.CONSENT)
        self.consent.show_consent(self.prompts.consent_text, self.prompts.consent_version,
                                  participant.code)
        self.pages.setCurrentWidget(self.consent)

    def open_interview(self, study: Study, interview_id: str) -> None:
        """Show a stored interview and carry on from where its rows say it stopped."""
        self.close_interview()
        self.study, self.interview_id = study, interview_id
        self.prompts = interview_prompts(study, interview_id)
        self.settings = stored_settings(study, interview_id)
        self.stage.set_voting(self.settings.votes_after_card > 0)
        info = get_interview(study, interview_id)
        self.question.setText(info.question_text)
        t = load_transcript(study, interview_id)
        self.chat.clear_messages()
        for message in t.messages:
            note = "asking for a change to the card" if message.stage == Stage.CARD else ""
            self.chat.add_message(message.role, message.text, note)
        self.answer.set_text(info.draft_text)
        self._advance(t)

    def close_interview(self) -> None:
        """Leave the current interview (a reply still being written is dropped, not stored)."""
        if self.request_id is not None:
            self.service.stop(self.request_id)
        self.answer.flush_draft()
        self.card_editor.flush()
        self.request_id, self.turn, self.interview_id = None, None, None

    def _on_consent(self, decision: str) -> None:
        assert self.study and self.participant and self.prompts
        record_consent(self.study, self.participant.id, decision,
                       self.prompts.consent_version, self.prompts.sha256)
        self.consent_recorded.emit(self.participant.id)
        if decision == "given":
            self._after_consent()
            return
        self._show_done("Thank you. No interview was recorded; only your decision was noted.")

    def _after_consent(self) -> None:
        assert self.study and self.participant
        fields = list_demographic_fields(self.study)
        answers = demographic_answers(self.study, self.participant.id)
        first_time = not list_interviews(self.study, self.participant.id)
        if fields and first_time and not answers:
            self.stage.show_stage(Stage.CONSENT, "about you")
            self.demographics.show_fields(fields, answers)
            self.pages.setCurrentWidget(self.demographics)
            return
        self._start()

    def _on_demographics_submitted(self, values: dict[str, str]) -> None:
        assert self.study and self.participant
        try:
            save_demographic_answers(self.study, self.participant.id, values)
        except ValueError as error:
            self.demographics.show_problem(str(error))
            return
        self._start()

    def _start(self) -> None:
        assert self.study and self.participant and self.prompts
        identity = self.service.identity
        model = (identity.file_name, identity.sha256) if identity else ("", "")
        info = start_interview(self.study, self.participant.id, self.question_id, self.prompts,
                               interview_settings(self.study), model, self.source)
        self.interview_started.emit(info.id)
        self.open_interview(self.study, info.id)
        self.answer.edit.setFocus()

    # The protocol's next step ---------------------------------------------------------------

    def _advance(self, t: Transcript | None = None) -> None:
        assert self.study and self.interview_id
        t = t or load_transcript(self.study, self.interview_id)
        step = next_step(t)
        self.stage.show_stage(stage_of(t), stage_progress(t))
        self.interview_changed.emit(self.interview_id)
        in_card = stage_of(t) == Stage.CARD
        self.card_editor.setVisible(in_card)
        if step == "vote":
            self.pages.setCurrentWidget(self.voting)
            self.voting.start_in_interview(self.study, self.interview_id)  # may end at once
            return
        if step in ("survey", "done"):
            self._show_end(step)
            return
        self.pages.setCurrentWidget(self.splitter)
        self.answer.set_mode("revision" if in_card else "answer")
        if step in TURN_STEPS:
            self._start_turn(t)
        elif step == "review_card":
            self._review(t)
        else:
            self.answer.set_busy(False)
            self.answer.status.setText("")

    def _show_end(self, step: str) -> None:
        assert self.study and self.prompts
        if step == "survey":
            self.survey.show_items(study_survey(self.study, self.prompts))
            self.pages.setCurrentWidget(self.survey)
        else:
            self._show_done(self.prompts.closing)

    def _show_done(self, text: str) -> None:
        self.stage.show_stage(Stage.DONE)
        self.done.setText(text)
        self.pages.setCurrentWidget(self.done)

    def _review(self, t: Transcript) -> None:
        card = t.latest_card
        assert card is not None and self.study
        if not card.shown:
            mark_card_shown(self.study, card.id)
        self.card_editor.show_version(card)
        self.card_editor.set_busy(False)
        self.answer.set_busy(False)
        self.answer.status.setText("Edit the card directly, or ask for a change below.")

    # Model turns ----------------------------------------------------------------------------

    def _start_turn(self, t: Transcript) -> None:
        assert self.prompts
        self.turn = ModelTurn(self.prompts, self.settings, t)
        self.answer.set_busy(True)
        if self.turn.for_card:
            self.card_editor.set_busy(True, "Drafting your card from the conversation…")
            self.answer.status.setText("The interviewer is drafting your values card…")
        else:
            self.answer.status.setText("The interviewer is writing…")
        self._send()

    def _send(self) -> None:
        assert self.turn is not None
        if self.service.identity is None:
            problem = self.service.load_error or "The model is not loaded."
            self._settle(self.turn.fail(problem))
            return
        request = self.turn.request()
        if not self.turn.for_card:
            self.chat.begin_reply()
        self.request_id = self.service.generate(chat_messages(request),
                                                sampling_settings(request), request.schema)

    def stop(self) -> None:
        """Esc: stop the model; what it asked so far is kept, else the fallback is used."""
        if self.request_id is not None:
            self.service.stop(self.request_id)
            self.answer.status.setText("Stopping…")

    def _on_text_received(self, request_id: int, text: str) -> None:
        if request_id == self.request_id and self.turn and not self.turn.for_card:
            self.chat.append_reply(text)

    def _on_generation_finished(self, request_id: int, generation: Generation) -> None:
        if request_id != self.request_id or self.turn is None:
            return
        self.request_id = None
        settled = self.turn.take(model_output(generation))
        if settled is None:  # one retry
            self.chat.discard_reply()
            self.answer.status.setText("The interviewer is rephrasing…")
            self._send()
            return
        self._settle(settled)

    def _on_generation_failed(self, request_id: int, problem: str) -> None:
        if request_id == self.request_id and self.turn is not None:
            self.request_id = None
            self._settle(self.turn.fail(problem))

    def _settle(self, settled: Settled) -> None:
        assert self.study and self.interview_id
        self.turn = None
        try:
            save_model_turn(self.study, self.interview_id, settled)
        except StudyError as error:
            self.chat.discard_reply()
            self._warn(str(error))
            return
        if isinstance(settled, SettledReply):
            self.chat.end_reply(settled.text)
        self._advance()

    # The participant's actions --------------------------------------------------------------

    def _on_answer_submitted(self, text: str) -> None:
        if not self.study or not self.interview_id:
            return
        if next_step(load_transcript(self.study, self.interview_id)) == "review_card":
            self.card_editor.flush()  # a revision starts from the card as edited
        try:
            message = add_answer(self.study, self.interview_id, text)
        except (ValueError, StudyError) as error:
            self.answer.status.setText(str(error))
            return  # the text stays in the box: nothing typed is lost
        self.answer.accepted()
        note = "asking for a change to the card" if message.stage == Stage.CARD else ""
        self.chat.add_message("user", text, note)
        self._advance()

    def _on_draft_changed(self, text: str) -> None:
        if self.study and self.interview_id:
            save_draft_text(self.study, self.interview_id, text)

    def _on_card_edited(self, card: ValuesCard) -> None:
        if not self.study or not self.interview_id:
            return
        try:
            version = save_card_edit(self.study, self.interview_id, card)
        except StudyError as error:
            self._warn(str(error))
            return
        if version is not None:
            self.card_editor.version = version
            self.interview_changed.emit(self.interview_id)

    def _on_card_confirmed(self, _card: ValuesCard) -> None:
        assert self.study and self.interview_id
        card = load_transcript(self.study, self.interview_id).latest_card
        try:
            assert card is not None
            confirm_card(self.study, self.interview_id, card.id)
        except (ValueError, StudyError) as error:
            self.card_editor.notes.setText(str(error))
            return
        self._advance()

    def _on_survey_submitted(self, answers: dict[str, str]) -> None:
        assert self.study and self.interview_id and self.prompts
        try:
            submit_survey(self.study, self.interview_id,
                          study_survey(self.study, self.prompts), answers)
        except (ValueError, StudyError) as error:
            self.survey.problem.setText(str(error))
            return
        self._advance()

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, "Not saved", text)
