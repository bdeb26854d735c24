"""The Interviews page: participants, their interviews, and one interview at a time.

The researcher picks (or makes) a participant and a question and starts an interview, here or
in kiosk mode, where the participant sees only their own interview and leaving needs the
researcher's PIN; the kiosk speaks the participant's language (the question's) throughout.
Any unfinished interview can be resumed where it stopped.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.interview.prompts import PromptError
from desktop.services.interview_start import (
    interview_notes,
    language_name,
    list_interviews,
    list_questions,
    notes_by_interview,
    question_texts,
)
from desktop.store import Study
from desktop.ui.interviews.interview_panel import InterviewPanel
from desktop.ui.interviews.participants_panel import ParticipantsPanel
from desktop.ui.interviews.stage_names import stage_title
from desktop.ui.shell import translations
from desktop.ui.shell.area_page import AreaPage
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.widgets.fit import accessible, squeeze_columns, stack_when_narrow

_COLUMNS = (QT_TRANSLATE_NOOP("InterviewsPage", "Participant"),
            QT_TRANSLATE_NOOP("InterviewsPage", "Question"),
            QT_TRANSLATE_NOOP("InterviewsPage", "Language"),
            QT_TRANSLATE_NOOP("InterviewsPage", "Stage"),
            QT_TRANSLATE_NOOP("InterviewsPage", "Last change"))


class InterviewsPage(AreaPage):
    vote_recorded = Signal(object)  # a wiser-than Vote given after a card (any panel's)
    title = QT_TRANSLATE_NOOP("InterviewsPage", "Interviews")
    summary = QT_TRANSLATE_NOOP("InterviewsPage", "Interview a participant about one question: the "
                                "local model asks, the participant answers, and their answers "
                                "become a values card they confirm.")

    def __init__(self, service: LlmService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.heading.setText(self.tr(self.title))
        self.explanation.setText(self.tr(self.summary))
        self.study: Study | None = None
        self.participants = ParticipantsPanel()
        self.question_choice = QComboBox()
        self.question_choice.setObjectName("questionChoice")
        accessible(self.question_choice, self.tr("Question for the interview"))
        self.start_button = QPushButton(self.tr("Start interview"))
        self.start_button.setObjectName("startInterview")
        self.kiosk_button = QPushButton(self.tr("Start in kiosk mode…"))
        self.kiosk_button.setObjectName("startKiosk")
        self.table = QTableWidget(0, len(_COLUMNS))
        self.table.setObjectName("interviewTable")
        accessible(self.table, self.tr("Interviews in this study"))
        self.resume_button = QPushButton(self.tr("Open / resume"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.panel = InterviewPanel(service)
        self.back_button = QPushButton(self.tr("← All interviews (everything is saved)"))
        self.leave_kiosk_button = QPushButton(self.tr("Researcher…"))
        self.leave_kiosk_button.setObjectName("leaveKiosk")
        # The interview's audit notes (its language, what fell back to English), for the
        # researcher only: never shown in kiosk mode.
        self.audit = QLabel()
        self.audit.setObjectName("interviewAudit")
        self.audit.setWordWrap(True)
        self.stack = QStackedWidget()
        self.researcher_language = ""  # in kiosk mode: the interface's language to go back to
        self._build()
        self._connect()

    def _build(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr(name) for name in _COLUMNS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column in range(len(_COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        squeeze_columns(self.table)
        people = QGroupBox(self.tr("Participants"))
        QVBoxLayout(people).addWidget(self.participants)
        start = QGroupBox(self.tr("Start an interview with the selected participant"))
        row = QHBoxLayout(start)
        row.addWidget(self.question_choice, 1)
        row.addWidget(self.start_button)
        row.addWidget(self.kiosk_button)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(start)
        column.addWidget(self.hint)
        column.addWidget(QLabel(self.tr("Interviews in this study")))
        column.addWidget(self.table, 1)
        column.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignRight)
        home = QSplitter()
        # Right-to-left, Qt places a splitter's first widget 1 px past its edge.
        home.setContentsMargins(0, 0, 1, 0)
        home.addWidget(people)
        home.addWidget(right)
        home.setStretchFactor(1, 3)
        stack_when_narrow(home)
        stack_when_narrow(start, row)
        interview = QWidget()
        layout = QVBoxLayout(interview)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        bar.addWidget(self.leave_kiosk_button)
        layout.addLayout(bar)
        layout.addWidget(self.audit)
        layout.addWidget(self.panel, 1)
        self.stack.addWidget(home)
        self.stack.addWidget(interview)
        self.body.addWidget(self.stack, 1)
        self.leave_kiosk_button.hide()
        self.audit.hide()

    def _connect(self) -> None:
        self.start_button.clicked.connect(lambda: self.start_interview())
        self.kiosk_button.clicked.connect(self.start_kiosk)
        self.resume_button.clicked.connect(self.resume_selected)
        self.table.cellDoubleClicked.connect(lambda *_: self.resume_selected())
        self.back_button.clicked.connect(self.show_home)
        self.leave_kiosk_button.clicked.connect(self.ask_to_leave_kiosk)
        self.participants.participant_selected.connect(lambda _: self._refresh_hint())
        self._connect_panel()

    def _connect_panel(self) -> None:
        self.panel.interview_changed.connect(lambda _: self._on_interview_changed())
        self.panel.interview_started.connect(lambda _: self._refresh_people())
        self.panel.interview_started.connect(self._show_audit)
        self.panel.consent_recorded.connect(lambda _: self._refresh_people())
        self.panel.vote_recorded.connect(self.vote_recorded)

    def show_study(self, study: Study | None) -> None:
        if self.kiosk_pin is not None:
            return  # the main window cannot switch studies in kiosk mode anyway
        self.panel.close_interview()
        self.study = study
        self.participants.show_study(study)
        self.question_choice.clear()
        for number, question in enumerate(list_questions(study) if study else [], start=1):
            self.question_choice.addItem(f"{number}. {self._own(question.text[:140])}",
                                         question.id)
            self.question_choice.setItemData(number - 1, question.text,
                                             Qt.ItemDataRole.ToolTipRole)
        self._refresh_table()
        self._refresh_hint()
        self.show_home()

    # Starting and resuming ---------------------------------------------------------------------

    def start_interview(self, source: str = "app") -> bool:
        person = self.participants.selected() or self.participants.add_participant()
        question_id = self.question_choice.currentData()
        if self.study is None or person is None or not question_id:
            self.hint.setText(self.tr("Add a question on the Study page first."))
            return False
        self.stack.setCurrentIndex(1)
        self.panel.begin(self.study, person, question_id, source)
        return True

    def enter_kiosk(self, pin: str) -> bool:
        """Start an interview for the selected participant with only it on screen, in the
        participant's language."""
        self.kiosk_pin = pin
        self.researcher_language = translations.current().language
        self._speak(self._participants_language())
        self._set_kiosk_chrome(True)
        if not self.start_interview("kiosk"):
            self.leave_kiosk()
            return False
        return True

    def leave_kiosk(self) -> None:
        self.kiosk_pin = None
        self.panel.close_interview()
        if self.researcher_language:
            self._speak(self.researcher_language)
            self.researcher_language = ""
        self._set_kiosk_chrome(False)
        self.show_home()

    def _participants_language(self) -> str:
        """The chosen question's language when the interface can speak it, else the
        interface's own (its interview texts fall back to English anyway)."""
        question_id = self.question_choice.currentData()
        if self.study is None or not question_id:
            return translations.current().language
        try:
            language = question_texts(self.study, question_id).language
        except (PromptError, ValueError):
            return translations.current().language
        return (language if language in translations.SUPPORTED
                else translations.current().language)

    def _speak(self, language: str) -> None:
        """Everything on screen in `language` from now: its translators installed and the
        interview panel built again under them (its words are read when it is built)."""
        if language == translations.current().language:
            return
        translations.install_language(language)
        old, self.panel = self.panel, InterviewPanel(self.service)
        old.close_interview()
        old.parentWidget().layout().replaceWidget(old, self.panel)
        old.hide()
        old.deleteLater()
        self._connect_panel()
        self.leave_kiosk_button.setText(self.tr("Researcher…"))

    def _set_kiosk_chrome(self, on: bool) -> None:
        self.set_header_visible(not on)
        self._show_audit()
        self.back_button.setVisible(not on)
        self.leave_kiosk_button.setVisible(on)
        self.kiosk_changed.emit(on)

    def resume_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0 or self.study is None:
            return
        interview_id = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        self.stack.setCurrentIndex(1)
        self.panel.open_interview(self.study, interview_id)
        self._show_audit()

    def show_home(self) -> None:
        self.panel.close_interview()
        self._refresh_table()
        self._refresh_people()
        self.stack.setCurrentIndex(0)

    # Lists --------------------------------------------------------------------------------------

    def _on_interview_changed(self) -> None:
        if self.stack.currentIndex() == 0:  # the list shows; else show_home reads it again
            self._refresh_table()

    def _refresh_people(self) -> None:
        selected = self.participants.selected()
        self.participants.show_study(self.study, selected.id if selected else None)

    def _refresh_table(self) -> None:
        interviews = list_interviews(self.study) if self.study else []
        notes = notes_by_interview(self.study) if self.study else {}
        self.table.setRowCount(len(interviews))
        for row, info in enumerate(interviews):
            values = (info.participant_code,
                      self._own(info.question_text.replace("\n", " ")[:200]),
                      language_name(info.language),
                      stage_title(info.stage), info.updated_at[:16].replace("T", " "))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, info.id)
                self.table.setItem(row, column, item)
            if info.id in notes:  # the language cell tells how the language was chosen
                self.table.item(row, 2).setToolTip(self._audit_text(notes[info.id]))
        self.resume_button.setEnabled(bool(interviews))

    def _audit_text(self, notes: list[str]) -> str:
        return self.tr("Audit: {notes}").format(notes=" ".join(notes))

    def _show_audit(self, interview_id: str | None = None) -> None:
        """The open (or just started) interview's audit notes above it, for the researcher
        only (never in kiosk mode)."""
        interview_id = interview_id or self.panel.interview_id
        notes = (interview_notes(self.study, interview_id)
                 if self.study is not None and interview_id and self.kiosk_pin is None else [])
        self.audit.setText(self._audit_text(notes) if notes else "")
        self.audit.setVisible(bool(notes))

    def _own(self, text: str) -> str:
        """A question in its own direction inside a right-to-left list (English punctuation
        would otherwise move to the wrong end): a Unicode first-strong isolate."""
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return f"\u2068{text}\u2069"
        return text

    def _refresh_hint(self) -> None:
        person = self.participants.selected()
        if self.study is None:
            self.hint.setText(self.tr("No study is open."))
        elif not self.question_choice.count():
            self.hint.setText(self.tr("This study has no questions yet: add them on the Study "
                                      "page."))
        elif person is None:
            self.hint.setText(self.tr("No participant selected: starting makes a new one with "
                                      "a fresh code."))
        else:
            self.hint.setText(
                self.tr("The interview will be with {code}.").format(code=person.code))
