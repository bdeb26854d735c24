"""The keyboard-first labelling view: one item at a time from the annotator's own queue.

Enter saves the label (one small transaction) and shows the next item from the queue already
in memory; Backspace or Ctrl+Z goes back to change an earlier label; F1 shows the guidelines.
Model suggestions arrive in the background and are shown as suggestions, never as answers.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import now_iso
from desktop.core.labelling import DilemmaAnswer, ValenceAnswer
from desktop.services.labelling import (
    LabellingSession,
    LabellingSettings,
    StoredSuggestion,
    add_annotator,
    assign_items,
    latest_suggestion,
    list_annotators,
)
from desktop.store import Study, StudyError
from desktop.ui.labelling.label_notes import label_problem
from desktop.ui.labelling.labelling_dilemma_panel import DilemmaPanel
from desktop.ui.labelling.labelling_suggester import SuggestionFetcher
from desktop.ui.labelling.labelling_valence_panel import ValencePanel
from desktop.ui.widgets.fit import accessible

PREFETCH = 4  # items ahead whose suggestions are fetched while the annotator works


class LabellingView(QWidget):
    item_shown = Signal(str)  # item id, "" when there is nothing to label
    label_saved = Signal(object)  # StoredLabel
    annotators_changed = Signal()

    def __init__(self, fetcher: SuggestionFetcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.fetcher = fetcher
        self.study: Study | None = None
        self.settings = LabellingSettings()
        self.known_values: list[str] = []
        self.session: LabellingSession | None = None
        self.suggestion: StoredSuggestion | None = None
        self.started_at = ""
        self.clock = QElapsedTimer()
        self.dilemma, self.valence = DilemmaPanel(), ValencePanel()
        self._build()
        fetcher.suggestion_stored.connect(self._on_suggestion_stored)
        self.dilemma.editing_finished.connect(self.setFocus)
        self.valence.submit_requested.connect(self.submit)
        for field in (self.dilemma.entry, self.valence.explanation):
            field.installEventFilter(self)
        self.paused_ms = 0  # time away from the app while this item was shown (not counted)
        self.away = QElapsedTimer()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state_changed)
        self.ticker = QTimer(self, interval=1000)
        self.ticker.timeout.connect(self._show_time)
        self.ticker.start()

    def _build(self) -> None:
        self.annotator = QComboBox()
        accessible(self.annotator, self.tr("Labelling as annotator"))
        self.annotator.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.annotator.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.annotator.setMinimumContentsLength(10)
        self.annotator.currentIndexChanged.connect(self._on_annotator_changed)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m labelled"))
        self.timer_label = QLabel()
        self.timer_label.setObjectName("labellingTimer")
        top = QHBoxLayout()
        for widget, stretch in ((QLabel(self.tr("Labelling as")), 0), (self.annotator, 0),
                                (self.progress, 1), (self.timer_label, 0)):
            top.addWidget(widget, stretch)
        self.message = QLabel()
        self.message.setObjectName("labellingEmpty")
        self.message.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start labelling as a new annotator"))
        self.start_button.clicked.connect(self.start_as_new_annotator)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addWidget(self.message)
        empty_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)
        self.stack = QStackedWidget()
        for page in (self.dilemma, self.valence, empty):
            self.stack.addWidget(page)
        self.guidelines = QTextBrowser()
        self.guidelines.setObjectName("labellingGuidelines")
        accessible(self.guidelines, self.tr("Labelling guidelines"))
        self.guidelines.setVisible(False)
        self.guidelines.setMaximumWidth(380)
        self.status = QLabel()
        self.status.setObjectName("labellingStatus")
        # The keys are the same in every language: only what they do is translated.
        hints = QLabel(self.tr("<b>Enter</b> save and next · <b>Backspace</b> back · <b>End</b> "
                               "first unlabelled · <b>F1</b> guidelines · <b>Space</b> take "
                               "suggestion"))
        hints.setObjectName("labellingHints")
        hints.setWordWrap(True)
        middle = QHBoxLayout()
        middle.addWidget(self.stack, 1)
        middle.addWidget(self.guidelines)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status)
        layout.addWidget(hints)
        for widget in (self.start_button, self.progress, self.guidelines):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # Study and annotator ---------------------------------------------------------------------

    def set_study(self, study: Study | None, settings: LabellingSettings,
                  known_values: list[str]) -> None:
        self.study, self.settings, self.known_values = study, settings, known_values
        self.guidelines.setPlainText(settings.guidelines)
        self.fetcher.set_enabled(settings.suggestions_enabled)
        self.refresh_annotators()

    def refresh_annotators(self, select: str | None = None) -> None:
        current = select or self.annotator.currentData()
        people = list_annotators(self.study) if self.study else []
        self.annotator.blockSignals(True)
        self.annotator.clear()
        for person in people:
            group = f" ({person.group})" if person.group else ""
            self.annotator.addItem(f"{person.code}{group}", person.id)
        index = self.annotator.findData(current)
        self.annotator.setCurrentIndex(max(index, 0))
        self.annotator.blockSignals(False)
        self._on_annotator_changed()

    def start_as_new_annotator(self) -> None:
        """One click from an empty study to labelling: a new annotator with every item."""
        if self.study is None:
            return
        person = add_annotator(self.study)
        assign_items(self.study, [person.id], 1)
        self.refresh_annotators(select=person.id)
        self.annotators_changed.emit()

    def _on_annotator_changed(self) -> None:
        person_id = self.annotator.currentData()
        self.session = (LabellingSession(self.study, person_id)
                        if self.study is not None and person_id else None)
        self.show_current()

    # Showing items ---------------------------------------------------------------------------

    def show_current(self) -> None:
        session = self.session
        if session is None or session.item is None:
            self._show_empty(session)
            return
        item = session.item
        self.suggestion = self._suggestion_for(item.id)
        shown = self.suggestion.answer if self.suggestion else None
        answer = session.label.answer if session.label else None
        if item.kind == "dilemma":
            self.dilemma.show_item(item, answer if isinstance(answer, DilemmaAnswer) else None,
                                   shown if isinstance(shown, DilemmaAnswer) else None,
                                   self.known_values)
            self.stack.setCurrentWidget(self.dilemma)
        else:
            self.valence.show_item(item, answer if isinstance(answer, ValenceAnswer) else None,
                                   shown if isinstance(shown, ValenceAnswer) else None)
            self.stack.setCurrentWidget(self.valence)
        self._show_progress()
        self.status.setText(self.tr("Labelled earlier: Enter keeps it, or change it and press "
                                    "Enter.") if session.label else "")
        self.started_at = now_iso()
        self.clock.restart()
        self.paused_ms = 0
        if self.away.isValid():
            self.away.restart()  # still away: the new item's clock starts paused
        self._show_time()
        self.fetcher.want(session.upcoming(PREFETCH))
        self.setFocus()
        self.item_shown.emit(item.id)

    def _suggestion_for(self, item_id: str) -> StoredSuggestion | None:
        if not self.settings.suggestions_enabled or self.study is None:
            return None
        stored = latest_suggestion(self.study, item_id)
        return stored if stored is not None and stored.answer is not None else None

    def _show_empty(self, session: LabellingSession | None) -> None:
        self.stack.setCurrentIndex(2)
        self._show_progress()
        if self.study is None:
            text, start = self.tr("No study is open."), False
        elif session is None:
            text, start = self.tr("No annotators yet. Start labelling as a new annotator (every "
                                  "item is assigned to you), or add annotators under Items and "
                                  "annotators."), True
        elif not session.assigned:
            text, start = self.tr("No items are assigned to you yet. Import dilemmas or valence "
                                  "items and assign them under Items and annotators."), False
        else:
            text, start = self.tr("All {count} of your items are labelled. Thank you! Backspace "
                                  "goes back to change a label.").format(
                                      count=session.assigned), False
        self.message.setText(text)
        self.start_button.setVisible(start)
        self.timer_label.setText("")
        self.item_shown.emit("")

    def _show_progress(self) -> None:
        session = self.session
        self.progress.setVisible(bool(session and session.assigned))
        self.progress.setMaximum(max(session.assigned, 1) if session else 1)
        self.progress.setValue(session.done if session else 0)

    def active_ms(self) -> int:
        """Time on the shown item while the app was in front: a coffee break is not labelling."""
        away = self.away.elapsed() if self.away.isValid() else 0
        return max(0, self.clock.elapsed() - self.paused_ms - away)

    def _on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            if self.away.isValid():
                self.paused_ms += self.away.elapsed()
                self.away.invalidate()
        elif not self.away.isValid():
            self.away.start()

    def _show_time(self) -> None:
        if self.session is not None and self.session.item is not None and self.clock.isValid():
            seconds = self.active_ms() // 1000
            self.timer_label.setText(self.tr("{time} on this item").format(
                time=f"{seconds // 60}:{seconds % 60:02d}"))

    def _on_suggestion_stored(self, item_id: str) -> None:
        session = self.session
        if session is None or session.item is None or session.item.id != item_id:
            return
        self.suggestion = self._suggestion_for(item_id)
        shown = self.suggestion.answer if self.suggestion else None
        if isinstance(shown, DilemmaAnswer):
            self.dilemma.set_suggestion(shown)
        elif isinstance(shown, ValenceAnswer):
            self.valence.set_suggestion(shown)

    # Actions ---------------------------------------------------------------------------------

    def submit(self) -> None:
        session = self.session
        if session is None or session.item is None:
            return
        panel = self.dilemma if session.item.kind == "dilemma" else self.valence
        try:
            label = session.submit(panel.answer(), started_at=self.started_at,
                                   duration_ms=self.active_ms(), suggestion=self.suggestion)
        except ValueError as error:
            self.status.setText(f"<span style='color:#b00020'>{label_problem(str(error))}</span>")
            return
        except StudyError as error:
            self.status.setText("<span style='color:#b00020'>{}</span>".format(
                self.tr("Not saved: {error}").format(error=error)))
            return
        if label is not None:
            self.label_saved.emit(label)
        self.show_current()

    def go_back(self) -> None:
        if self.session is not None and self.session.back():
            self.show_current()

    def go_to_first_unlabelled(self) -> None:
        if self.session is not None:
            self.session.jump_to_next_unlabelled()
            self.show_current()

    def toggle_guidelines(self) -> None:
        self.guidelines.setVisible(not self.guidelines.isVisible())

    # Keys ------------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Tab would move the focus away; here it moves between the parts of the form.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and (
                event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key, control = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif key == Qt.Key.Key_Backspace or (control and key == Qt.Key.Key_Z):
            self.go_back()
        elif key in (Qt.Key.Key_F1, Qt.Key.Key_Question):
            self.toggle_guidelines()
        elif key == Qt.Key.Key_End:
            self.go_to_first_unlabelled()
        elif control or not self._panel_key(key, event.text()):
            super().keyPressEvent(event)

    def _panel_key(self, key: int, text: str) -> bool:
        panel = self.stack.currentWidget()
        if isinstance(panel, DilemmaPanel | ValencePanel):
            handled = panel.handle_key(key, text)
            if handled and key == Qt.Key.Key_Space and self.status.text() == "":
                self.status.setText(self.tr("Suggestion taken: check it, then Enter saves."))
            return handled
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Esc (or Tab) in a text field goes back to the keys of the form."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and (
                event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)):
            if watched is self.dilemma.entry:
                self.dilemma.finish_entry()
            self.setFocus()
            return True
        if isinstance(watched, QLineEdit):
            return False
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self.fetcher.set_active(True)
        self.setFocus()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().hideEvent(event)
        self.fetcher.set_active(False)
