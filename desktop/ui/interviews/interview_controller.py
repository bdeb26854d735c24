"""The steps of the interview on screen: consent, demographics, the protocol's next step, the
model's turns through the worker thread, the participant's answers, card and survey.

The study-side steps are an `InterviewSession` (the same as the `interview` command's); this
controller holds what the screen needs between them (the turn in flight, its request id) and
tells the panel's widgets what to show through their public methods. Every step reads the
stored transcript, so opening an interview again resumes it where it stopped (a reply that was
streaming when the app died is simply asked again). The participant's answer is committed
before the box is cleared; the model's reply only when it is whole. The slow commits (a model
turn, a card shown or confirmed) run on the `InterviewWriter`'s thread, and what follows them
is shown once they are stored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop.core.interview.card import ValuesCard
from desktop.core.interview.prompts import PromptError, PromptSet
from desktop.core.interview.protocol import Stage, Transcript, stage_of
from desktop.core.interview.turns import TURN_STEPS, ModelTurn, Settled, SettledReply
from desktop.core.people import Person
from desktop.llm.protocol import Generation
from desktop.services import interview_start
from desktop.services.interview_session import InterviewSession
from desktop.store import Study, StudyError
from desktop.ui.interviews.interview_writer import InterviewWriter
from desktop.ui.interviews.stage_names import about_you, stage_detail
from desktop.ui.shell.llm_service import LlmService

if TYPE_CHECKING:
    from desktop.ui.interviews.interview_panel import InterviewPanel

class InterviewController(QObject):
    interview_changed = Signal(str)  # its stored rows changed (lists refresh)
    interview_started = Signal(str)
    consent_recorded = Signal(str)  # participant id

    def __init__(self, service: LlmService, view: InterviewPanel) -> None:
        super().__init__(view)
        self.service, self.view = service, view
        self.study: Study | None = None
        self.session: InterviewSession | None = None
        self.participant: Person | None = None
        self.question_id = ""
        self.source = "app"
        self.prompts: PromptSet | None = None
        self.language_notes: tuple[str, ...] = ()  # for the audit of the interview it starts
        self.turn: ModelTurn | None = None
        self.request_id: int | None = None
        self.warmed_at = -1  # the transcript length whose next prompt the model last read
        self.writer = InterviewWriter(self)
        self._epoch = 0  # a new interview on screen: outcomes of the old one's writes are dropped
        service.text_received.connect(self._on_text_received)
        service.generation_finished.connect(self._on_generation_finished)
        service.generation_failed.connect(self._on_generation_failed)

    @property
    def interview_id(self) -> str | None:
        return self.session.interview_id if self.session else None

    # Starting and resuming ------------------------------------------------------------------

    def begin(self, study: Study, participant: Person, question_id: str,
              source: str = "app") -> None:
        """Consent (if not yet given for this text), optional demographics, then the interview."""
        self.close_interview()
        self.study, self.participant, self.question_id, self.source = (
            study, participant, question_id, source)
        try:
            texts = interview_start.question_texts(study, question_id)
        except (PromptError, ValueError) as error:
            self.view.warn(str(error))
            return
        self.prompts, self.language_notes = texts.prompts, texts.notes
        view = self.view
        view.show_language(self.prompts)
        view.stage.set_voting(interview_start.study_settings(study).votes_after_card > 0)
        view.show_question("")
        view.chat.clear_messages()
        if interview_start.has_consented(study, participant.id, self.prompts):
            self._after_consent()
            return
        view.stage.show_stage(Stage.CONSENT)
        view.show_consent(self.prompts.consent_text, self.prompts.consent_version,
                          participant.code)

    def open_interview(self, study: Study, interview_id: str) -> None:
        """Show a stored interview and carry on from where its rows say it stopped."""
        self.close_interview()
        self.study = study
        self.session = session = InterviewSession(study, interview_id)
        self.prompts = session.prompts
        view = self.view
        view.show_language(self.prompts)
        view.stage.set_voting(session.settings.votes_after_card > 0)
        info = session.info()
        view.show_question(info.question_text)
        t = session.transcript()
        view.chat.clear_messages()
        for message in t.messages:
            note = self._revision_note() if message.stage == Stage.CARD else ""
            view.chat.add_message(message.role, message.text, note)
        view.answer.set_text(info.draft_text)
        self.advance(t)

    def close_interview(self) -> None:
        """Leave the current interview (a reply still being written is dropped, not stored)."""
        if self.request_id is not None:
            self.service.stop(self.request_id)
        self.view.answer.flush_draft()
        self.view.card_editor.flush()
        self.request_id, self.turn, self.session = None, None, None
        self.warmed_at = -1
        self._epoch += 1
        self._drain()  # stored before any reading of the rows resumes it
        self.writer.close()

    def _drain(self) -> None:
        """Writes on this thread come after those asked of the writer (rarely any left by
        the time a person acts: a card marked shown is committed in milliseconds)."""
        if self.writer.pending:
            self.writer.wait()

    def record_consent(self, decision: str) -> None:
        assert self.study and self.participant and self.prompts
        interview_start.record_decision(self.study, self.participant.id, decision, self.prompts)
        self.consent_recorded.emit(self.participant.id)
        if decision == "given":
            self._after_consent()
            return
        self._show_done(self.tr("Thank you. No interview was recorded; only your decision was "
                                 "noted."))

    def _after_consent(self) -> None:
        assert self.study and self.participant
        asked = interview_start.demographics_to_ask(self.study, self.participant.id)
        if asked is not None:
            self.view.stage.show_stage(Stage.CONSENT, about_you())
            self.view.show_demographics(*asked)
            return
        self._start()

    def submit_demographics(self, values: dict[str, str]) -> None:
        assert self.study and self.participant
        try:
            interview_start.save_demographics(self.study, self.participant.id, values)
        except ValueError as error:
            self.view.demographics.show_problem(str(error))
            return
        self._start()

    def _start(self) -> None:
        assert self.study and self.participant and self.prompts
        identity = self.service.identity
        model = (identity.file_name, identity.sha256) if identity else ("", "")
        info = interview_start.start(self.study, self.participant.id, self.question_id,
                                     self.prompts, model, self.source,
                                     model_path=self.service.model_path,
                                     notes=self.language_notes)
        self.interview_started.emit(info.id)
        self.open_interview(self.study, info.id)
        self.view.answer.focus_answer()

    # The protocol's next step ---------------------------------------------------------------

    def advance(self, t: Transcript | None = None) -> None:
        """Show what the interview waits for now, and start the model if it is its turn."""
        session = self.session
        assert session is not None
        t = t or session.transcript()
        step = session.next_step(t)
        view = self.view
        view.stage.show_stage(stage_of(t), stage_detail(t))
        self.interview_changed.emit(session.interview_id)
        in_card = stage_of(t) == Stage.CARD
        view.show_card_editor(in_card)
        if step == "vote":
            view.show_voting(session.study, session.interview_id)  # may end at once
            return
        if step in ("survey", "done"):
            self._show_end(step)
            return
        view.show_conversation()
        view.answer.set_mode("revision" if in_card else "answer")
        if step in TURN_STEPS:
            self._start_turn(t)
        elif step == "review_card":
            self._review(t)
        else:
            view.answer.set_busy(False)
            view.answer.show_status("")
            if not in_card and stage_of(t) == Stage.CONVERSATION:
                self._warm(t)

    def _warm(self, t: Transcript) -> None:
        """While the participant answers, the model reads what its next turn starts with, once
        per question asked; the answer then costs only its own tokens to read."""
        assert self.session
        if self.warmed_at != len(t.messages):
            self.warmed_at = len(t.messages)
            self.service.warm(self.session.next_prompt_start(t))

    def _show_end(self, step: str) -> None:
        assert self.session and self.prompts
        if step == "survey":
            self.view.show_survey(self.session.survey_items())
        else:
            self._show_done(self.prompts.closing)

    def _show_done(self, text: str) -> None:
        self.view.stage.show_stage(Stage.DONE)
        self.view.show_done(text)

    def _review(self, t: Transcript) -> None:
        card = t.latest_card
        assert card is not None and self.session
        if not card.shown:
            self._write(lambda session: session.show_card(card), lambda _: None, self.view.warn)
        self.view.card_editor.show_version(card)
        self.view.card_editor.set_busy(False)
        self.view.answer.set_busy(False)
        self.view.answer.show_status(self.tr("Edit the card directly, or ask for a change below."))

    # Model turns ----------------------------------------------------------------------------

    def _start_turn(self, t: Transcript) -> None:
        assert self.session
        self.turn = self.session.begin_turn(t)
        answer = self.view.answer
        answer.set_busy(True)
        if self.turn.for_card:
            self.view.card_editor.set_busy(
                True, self.tr("Drafting your card from the conversation…"))
            answer.show_status(self.tr("The interviewer is drafting your values card…"))
        else:
            answer.show_status(self.tr("The interviewer is writing…"))
        self._send()

    def _send(self) -> None:
        assert self.turn is not None and self.session
        if self.service.identity is None:
            problem = self.service.load_error or "The model is not loaded."  # stored, not shown
            self._settle(self.turn.fail(problem))
            return
        call = self.session.model_call(self.turn)
        if not self.turn.for_card:
            self.view.chat.begin_reply()
        self.request_id = self.service.generate(call.messages, call.sampling, call.schema)

    def stop(self) -> None:
        """Esc: stop the model; what it asked so far is kept, else the fallback is used."""
        if self.request_id is not None:
            self.service.stop(self.request_id)
            self.view.answer.show_status(self.tr("Stopping…"))

    def _on_text_received(self, request_id: int, text: str) -> None:
        if request_id == self.request_id and self.turn and not self.turn.for_card:
            self.view.chat.append_reply(text)

    def _on_generation_finished(self, request_id: int, generation: Generation) -> None:
        if request_id != self.request_id or self.turn is None or self.session is None:
            return
        self.request_id = None
        settled = self.session.take(self.turn, generation)
        if settled is None:  # one retry
            self.view.chat.discard_reply()
            self.view.answer.show_status(self.tr("The interviewer is rephrasing…"))
            self._send()
            return
        self._settle(settled)

    def _on_generation_failed(self, request_id: int, problem: str) -> None:
        if request_id == self.request_id and self.turn is not None:
            self.request_id = None
            self._settle(self.turn.fail(problem))

    def _settle(self, settled: Settled) -> None:
        self.turn = None
        self._write(lambda session: session.settle(settled),
                    lambda _row: self._on_settled(settled), self._on_settle_failed)

    def _on_settled(self, settled: Settled) -> None:
        if isinstance(settled, SettledReply):
            self.view.chat.end_reply(settled.text)
        self.advance()

    def _on_settle_failed(self, problem: str) -> None:
        self.view.chat.discard_reply()
        self.view.warn(problem)

    def _write(self, work: Callable[[InterviewSession], Any], done: Callable[[Any], None],
               failed: Callable[[str], None]) -> None:
        """`work` on the writer thread, with a session on its own connection; `done` or
        `failed` after, unless another interview was opened meanwhile."""
        session, epoch = self.session, self._epoch
        assert session is not None

        def on_writer(study: Study) -> Any:
            return work(InterviewSession(study, session.interview_id, session.prompts,
                                         session.settings))

        def then(step: Callable[[Any], None]) -> Callable[[Any], None]:
            return lambda value: step(value) if epoch == self._epoch else None

        self.writer.write(session.study.path, on_writer, then(done), then(failed))

    # The participant's actions --------------------------------------------------------------

    def submit_answer(self, text: str) -> None:
        session = self.session
        if session is None:
            return
        self._drain()
        if session.next_step() == "review_card":
            self.view.card_editor.flush()  # a revision starts from the card as edited
        try:
            message = session.add_answer(text)
        except (ValueError, StudyError) as error:
            self.view.answer.show_status(str(error))
            return  # the text stays in the box: nothing typed is lost
        self.view.answer.accepted()
        note = self._revision_note() if message.stage == Stage.CARD else ""
        self.view.chat.add_message("user", text, note)
        self.advance()

    def save_draft(self, text: str) -> None:
        if self.session is not None:
            self._drain()
            self.session.save_draft(text)

    def save_card_edit(self, card: ValuesCard) -> None:
        if self.session is None:
            return
        self._drain()
        try:
            version = self.session.save_card_edit(card)
        except StudyError as error:
            self.view.warn(str(error))
            return
        if version is not None:
            self.view.card_editor.keep_version(version)
            self.interview_changed.emit(self.session.interview_id)

    def confirm_card(self, _card: ValuesCard) -> None:
        assert self.session
        self.view.card_editor.set_busy(True, self.tr("Keeping your card…"))
        self._write(lambda session: session.confirm_card(), lambda _id: self.advance(),
                    self._on_confirm_refused)

    def _on_confirm_refused(self, problem: str) -> None:
        self.view.card_editor.set_busy(False)
        self.view.card_editor.show_problem(problem)

    def submit_survey(self, answers: dict[str, str]) -> None:
        assert self.session
        self._drain()
        try:
            self.session.submit_survey(answers)
        except (ValueError, StudyError) as error:
            self.view.survey.show_problem(str(error))
            return
        self.advance()

    def _revision_note(self) -> str:
        """The note beside a message that asks for a change to the card."""
        return self.tr("asking for a change to the card")

    def vote_given(self, _vote: object) -> None:
        """A wiser-than vote was stored by the voting panel: the interview's rows changed."""
        self.interview_changed.emit(self.interview_id or "")
