"""The study lead's grouping of confirmed cards into values: accept a suggested group, make a
value of one card, take a card out again. Every decision is stored and reversible. For a
suggested group the lead may ask the local model for a second opinion (advice only)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.graph.dedupe import GroupSuggestion
from desktop.core.graph.same_value import Verdict
from desktop.store import Study
from desktop.store.graph import list_values
from desktop.store.values import (
    ConfirmedCard,
    cards_of,
    confirmed_cards,
    make_value,
    move_cards,
    suggestions,
    ungrouped_cards,
)
from desktop.ui.llm_service import LlmService
from desktop.ui.same_value_checker import Key, SameValueChecker

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
        for widget, name in ((self.suggested, "suggestedGroups"), (self.ungrouped, "ungrouped"),
                             (self.values, "valueList")):
            widget.setObjectName(name)
            widget.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.verdict = QLabel()  # plain text: the model's reason may hold anything
        self.verdict.setObjectName("sameValueVerdict")
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setWordWrap(True)
        self.ask_button = _button("Ask the model: same value?", self.ask_model_same_value)
        self.ask_button.setEnabled(self.checker is not None)
        self.ask_button.setToolTip("A second opinion from the local model, asked both ways "
                                   "round (same value? different values?). It groups "
                                   "nothing: you decide.")
        self._build()
        self.suggested.currentItemChanged.connect(lambda *_: self._show_verdict())
        if self.checker is not None:
            self.checker.verdict_received.connect(self._on_verdict_received)
            self.checker.check_failed.connect(lambda key, _problem: self._show_verdict())
            self.checker.progressed.connect(lambda key, _step: self._show_verdict())

    def _build(self) -> None:
        accept = _button("Accept group", self.accept_selected_group)
        single = _button("Make a value of this card", self.make_single_value)
        take_out = _button("Take card out of its value", self.take_card_out)
        columns = QHBoxLayout()
        for title, widget, action in (("Suggested groups (same value?)", self.suggested, accept),
                                      ("Cards in no value yet", self.ungrouped, single),
                                      ("Values and their cards", self.values, take_out)):
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{title}</b>"))
            column.addWidget(widget, 1)
            if widget is self.suggested:
                column.addWidget(self.verdict)
                column.addWidget(self.ask_button)
            column.addWidget(action)
            columns.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(columns, 1)

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
            _add(self.values, value.title, None).setFlags(Qt.ItemFlag.ItemIsEnabled)
            for card in cards_of(self.study, value.id):
                _add(self.values, "    " + _card_line(card), card)
        self.summary.setText(f"{len(cards)} confirmed card(s); {self.ungrouped.count()} not in "
                             "a value yet. A card always keeps its participant's own words.")
        self._show_verdict()

    def _suggestion_text(self, group: GroupSuggestion, cards: dict[str, ConfirmedCard]) -> str:
        titles = " · ".join(cards[c].title for c in group.card_ids)
        text = f"{titles}\n(worded like: {cards[group.canonical_card_id].title})"
        verdict = self.checker.verdicts.get(group.card_ids) if self.checker else None
        return f"{text}\n{verdict.label()}" if verdict else text

    def ask_model_same_value(self) -> None:
        """Ask the local model about the selected suggestion; the answer arrives later."""
        group = _selected(self.suggested)
        if self.study is None or self.checker is None or not isinstance(group, GroupSuggestion):
            self.verdict.setText("Choose a suggested group first.")
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


def _card_line(card: ConfirmedCard) -> str:
    return f"{card.title} — {card.description}"
