"""The study lead's grouping of confirmed cards into values: accept a suggested group, make a
value of one card, put a card into a value, take it out again, merge two values. Every decision
is stored and reversible. For a suggested group the lead may ask the local model for a second
opinion (advice only)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.graph.dedupe import GroupSuggestion
from desktop.core.graph.same_value import Verdict
from desktop.core.graph.values import Value
from desktop.services.values import (
    ConfirmedCard,
    cards_of,
    confirmed_cards,
    list_values,
    make_value,
    merge_values,
    move_cards,
    suggestions,
    ungrouped_cards,
)
from desktop.store import Study, StudyError
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.values.same_value_checker import Key, SameValueChecker, verdict_label
from desktop.ui.widgets.fit import stack_when_narrow

ROLE = Qt.ItemDataRole.UserRole


class ValuesPanel(QWidget):
    values_changed = Signal()

    def __init__(self, service: LlmService | None = None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.study: Study | None = None
        self.checker = SameValueChecker(service, self) if service is not None else None
        self.suggested = QListWidget()
        self.ungrouped = QListWidget()
        self.values = QListWidget()
        for widget, name, spoken in (
                (self.suggested, "suggestedGroups", self.tr("Suggested groups (same value?)")),
                (self.ungrouped, "ungrouped", self.tr("Cards in no value yet")),
                (self.values, "valueList", self.tr("Values and their cards"))):
            widget.setObjectName(name)
            widget.setAccessibleName(spoken)
            widget.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.verdict = QLabel()  # plain text: the model's reason may hold anything
        self.verdict.setObjectName("sameValueVerdict")
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setWordWrap(True)
        self.ask_button = _button(self.tr("Ask the model: same value?"),
                                  self.ask_model_same_value)
        self.ask_button.setEnabled(self.checker is not None)
        self.ask_button.setToolTip(self.tr("A second opinion from the local model, asked both "
                                           "ways round (same value? different values?). It "
                                           "groups nothing: you decide."))
        self._build()
        self.suggested.currentItemChanged.connect(lambda *_: self._show_verdict())
        if self.checker is not None:
            self.checker.verdict_received.connect(self._on_verdict_received)
            self.checker.check_failed.connect(lambda key, _problem: self._show_verdict())
            self.checker.progressed.connect(lambda key, _step: self._show_verdict())

    def _build(self) -> None:
        accept = [_button(self.tr("Accept group"), self.accept_selected_group)]
        cards = [_button(self.tr("Make a value of this card"), self.make_single_value),
                 _button(self.tr("Put card into the value selected →"), self.put_card_in_value)]
        values = [_button(self.tr("Take card out of its value"), self.take_card_out),
                  _button(self.tr("Merge this value into…"), self.choose_merge_target)]
        columns = QHBoxLayout()
        for widget, actions in ((self.suggested, accept), (self.ungrouped, cards),
                                (self.values, values)):
            title = widget.accessibleName()  # the column's heading names its list
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{title}</b>"))
            column.addWidget(widget, 1)
            if widget is self.suggested:
                column.addWidget(self.verdict)
                column.addWidget(self.ask_button)
            for action in actions:
                column.addWidget(action)
            columns.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(columns, 1)
        stack_when_narrow(self, columns)

    def show_study(self, study: Study | None) -> None:
        self.study = study
        self.refresh()

    def refresh(self) -> None:
        for widget in (self.suggested, self.ungrouped, self.values):
            widget.clear()
        if self.study is None:
            return
        cards = {c.card_id: c for c in confirmed_cards(self.study)}
        for group in suggestions(self.study):
            _add(self.suggested, self._suggestion_text(group, cards), group)
        for card in ungrouped_cards(self.study):
            _add(self.ungrouped, _card_line(card), card)
        for value in list_values(self.study):
            _add(self.values, value.title, value).setFont(_bold(self.values))
            for card in cards_of(self.study, value.id):
                _add(self.values, "    " + _card_line(card), card)
        self.summary.setText(self.tr(
            "{confirmed} confirmed card(s); {ungrouped} not in a value yet. A card always keeps "
            "its participant's own words.").format(confirmed=len(cards),
                                                   ungrouped=self.ungrouped.count()))
        self._show_verdict()

    def _suggestion_text(self, group: GroupSuggestion, cards: dict[str, ConfirmedCard]) -> str:
        titles = " · ".join(cards[c].title for c in group.card_ids)
        text = self.tr("{titles}\n(worded like: {title})").format(
            titles=titles, title=cards[group.canonical_card_id].title)
        verdict = self.checker.verdicts.get(group.card_ids) if self.checker else None
        return f"{text}\n{verdict_label(verdict)}" if verdict else text

    def ask_model_same_value(self) -> None:
        """Ask the local model about the selected suggestion; the answer arrives later."""
        group = _selected(self.suggested)
        if self.study is None or self.checker is None or not isinstance(group, GroupSuggestion):
            self.verdict.setText(self.tr("Choose a suggested group first."))
            return
        cards = {c.card_id: c for c in confirmed_cards(self.study)}
        problem = self.checker.ask([cards[c].text() for c in group.card_ids])
        if problem:
            self.verdict.setText(problem)
        else:
            self._show_verdict()

    def _on_verdict_received(self, key: Key, verdict: Verdict) -> None:
        cards = {c.card_id: c for c in confirmed_cards(self.study)} if self.study else {}
        for row in range(self.suggested.count()):
            item = self.suggested.item(row)
            group = item.data(ROLE)
            if isinstance(group, GroupSuggestion) and group.card_ids == key:
                item.setText(self._suggestion_text(group, cards))
        self._show_verdict()

    def _show_verdict(self) -> None:
        group = _selected(self.suggested)
        if self.checker is None or not isinstance(group, GroupSuggestion):
            self.verdict.clear()
            return
        self.verdict.setText(self.checker.status(group.card_ids))

    def accept_selected_group(self) -> None:
        group = _selected(self.suggested)
        if self.study and isinstance(group, GroupSuggestion):
            make_value(self.study, group.card_ids, group.canonical_card_id, reason="suggested")
            self._changed()

    def make_single_value(self) -> None:
        card = _selected(self.ungrouped)
        if self.study and isinstance(card, ConfirmedCard):
            make_value(self.study, [card.card_id], card.card_id, reason="single card")
            self._changed()

    def take_card_out(self) -> None:
        card = _selected(self.values)
        if self.study and isinstance(card, ConfirmedCard):
            move_cards(self.study, [card.card_id], None, reason="taken out by the lead")
            self._changed()

    def put_card_in_value(self) -> None:
        card, value = _selected(self.ungrouped), self.selected_value()
        if self.study and isinstance(card, ConfirmedCard) and value is not None:
            move_cards(self.study, [card.card_id], value.id, reason="put in by the lead")
            self._changed()
        elif self.study:
            self.summary.setText(self.tr("Select a card in the middle list and a value on the "
                                         "right, then put the card into that value."))

    def selected_value(self) -> Value | None:
        """The value selected on the right, or the value of the card selected there."""
        row = self.values.currentRow()
        while row >= 0:
            data = self.values.item(row).data(ROLE)
            if isinstance(data, Value):
                return data
            row -= 1
        return None

    def choose_merge_target(self) -> None:
        value = self.selected_value()
        others = [v for v in list_values(self.study) if value and v.id != value.id] \
            if self.study else []
        if value is None or not others:
            self.summary.setText(self.tr("Select a value on the right first; there must be "
                                         "another value to merge it into."))
            return
        titles = [self.tr("{title} (%n card(s))", "", len(cards_of(self.study, v.id))).format(
            title=v.title) for v in others]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Merge values"),
            self.tr("Move every card of “{title}” into:").format(title=value.title), titles, 0,
            False)
        if ok:
            self.merge_value_into(value.id, others[titles.index(chosen)].id)

    def merge_value_into(self, source_id: str, target_id: str) -> bool:
        assert self.study is not None
        try:
            merge_values(self.study, source_id, target_id, reason="merged by the lead")
        except StudyError as error:
            QMessageBox.warning(self, self.tr("Not merged"), str(error))
            return False
        self._changed()
        return True

    def _changed(self) -> None:
        self.refresh()
        self.values_changed.emit()


def _button(text: str, slot: object) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(slot)
    return button


def _add(widget: QListWidget, text: str, data: object) -> QListWidgetItem:
    item = QListWidgetItem(text)  # item text is plain: card titles are the participants' words
    item.setData(ROLE, data)
    widget.addItem(item)
    return item


def _selected(widget: QListWidget) -> object:
    item = widget.currentItem()
    return item.data(ROLE) if item is not None else None


def _bold(widget: QWidget) -> QFont:
    font = widget.font()
    font.setBold(True)
    return font


def _card_line(card: ConfirmedCard) -> str:
    return f"{card.title} — {card.description}"
