"""Wiser-than voting: a participant reads a story and two values cards and answers "Did this
person become wiser?" (Yes / No / Not sure, and an optional "Why?"). Every answer is committed
the moment it is given; the next pair comes from a mix of popular, converging and sparse ones.

The same panel runs a stand-alone session and the questions after the card in an interview
(where the number asked, and the end of the voting, are stored with the interview)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.graph import Vote
from desktop.core.graph.pairs import Candidate
from desktop.core.graph.values import Value
from desktop.services.voting import (
    VotingEnd,
    add_interview_vote,
    add_vote,
    end_voting,
    list_stories,
    next_pair,
    pairs_to_ask,
    value_by_id,
    vote_candidates,
    votes_asked,
    votes_given,
)
from desktop.store import Study, StudyError
from desktop.ui.widgets.fit import FlowLayout, accessible, stack_when_narrow

ANSWERS = (("upgrade", "1"), ("no_upgrade", "2"), ("not_sure", "3"))  # relationship, key


class VotingPanel(QWidget):
    vote_recorded = Signal(object)  # the Vote, once committed
    session_finished = Signal(int)  # how many votes this session

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.study: Study | None = None
        self.participant_id = ""
        self.interview_id: str | None = None  # set: the questions after the card
        self.current: Candidate | None = None
        self.given = 0
        self.limit = 5
        self.intro = _label("votingIntro")
        self.context = _label("votingContext", bold=True)
        self.story = _label("votingStory")
        self.old_title = _label("oldTitle", bold=True)
        self.new_title = _label("newTitle", bold=True)
        self.old_card, self.new_card = _label("oldCard"), _label("newCard")
        self.why = QLineEdit()
        accessible(self.why, self.tr("Why? (optional)"))
        self.why.setPlaceholderText(self.tr("Why? (optional)"))
        self.progress = _label("votingProgress")
        self.finish_button = QPushButton(self.tr("That's enough for me"))
        self.finish_button.setObjectName("finishVoting")
        self.finish_button.clicked.connect(self.finish)
        words = {"upgrade": self.tr("Yes"), "no_upgrade": self.tr("No"),
                 "not_sure": self.tr("Not sure")}
        self.buttons = {key: QPushButton(f"{words[key]}  ({shortcut})") for key, shortcut
                        in ANSWERS}
        self._build()

    def _build(self) -> None:
        cards = QHBoxLayout()
        for title, name, label in (
                (self.tr("Before: the value they lived by"), self.old_title, self.old_card),
                (self.tr("After: the value they came to live by"), self.new_title,
                 self.new_card)):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(name)
            inner.addWidget(label)
            inner.addStretch(1)
            cards.addWidget(box)
        row = FlowLayout()  # the answers wrap under the question at a large text size
        question = QLabel("<b>{}</b>".format(self.tr("Did this person become wiser?")))
        row.addWidget(question)
        for key, shortcut in ANSWERS:
            self.buttons[key].clicked.connect(lambda _=False, k=key: self.answer(k))
            row.addWidget(self.buttons[key])
            QShortcut(QKeySequence(shortcut), self, lambda k=key: self.answer(k),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.context, self.story):
            layout.addWidget(widget)
        layout.addLayout(cards)
        stack_when_narrow(self, cards)
        layout.addLayout(row)
        layout.addWidget(self.why)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.finish_button)
        layout.addLayout(bottom)
        layout.addStretch(1)

    def start(self, study: Study, participant_id: str, limit: int = 5) -> None:
        """A stand-alone session of up to `limit` questions."""
        self.study, self.participant_id, self.limit, self.given = study, participant_id, limit, 0
        self.interview_id = None
        self.intro.setText(self._intro())
        self._show_next()

    def start_in_interview(self, study: Study, interview_id: str) -> None:
        """The questions after the card: as many as the interview asks, counting those given
        before a resume."""
        self.study, self.interview_id = study, interview_id
        self.limit, self.given = votes_asked(study, interview_id), votes_given(study, interview_id)
        self.intro.setText(self.tr("Thank you: your card is saved. Now a few questions about "
                                   "how other people's values changed. {intro}").format(
                                       intro=self._intro()))
        self._show_next()

    def _intro(self) -> str:
        return self.tr("Here is the story of someone who came to live by a different value. "
                       "Read it and the two values, then say whether you think this person "
                       "became wiser. There are no right answers.")

    def answer(self, relationship: str) -> None:
        if self.study is None or self.current is None:
            return
        pair, comment = self.current, self.why.text().strip()
        try:
            vote = self._record(pair, relationship, comment)
        except StudyError as error:
            # the answer can be given again
            self.progress.setText(self.tr("Not saved: {problem}").format(problem=error))
            return
        self.given += 1
        self.vote_recorded.emit(vote)
        self._show_next()

    def finish(self) -> None:
        """The participant has answered enough: the rest is not asked."""
        if self.study is None or self.current is None:
            return
        self.current = None
        self._end("skipped")

    def _record(self, pair: Candidate, relationship: str, comment: str) -> Vote:
        assert self.study is not None
        if self.interview_id is not None:
            return add_interview_vote(self.study, self.interview_id, pair, relationship, comment)
        return add_vote(self.study, self.participant_id, pair.context, pair.from_value_id,
                        pair.to_value_id, relationship, comment, pair.story_id)

    def _show_next(self) -> None:
        assert self.study is not None
        self.why.clear()
        self.current = None if self.given >= self.limit else self._next_pair()
        if self.current is None:
            self._end("nothing_to_vote" if self.given < self.limit else "done")
            return
        self._set_enabled(True)
        self._show(self.current)

    def _next_pair(self) -> Candidate | None:
        assert self.study is not None
        if self.interview_id is not None:
            return next_pair(self.study, self.interview_id)
        chosen = pairs_to_ask(self.study, self.participant_id, vote_candidates(self.study))
        return chosen[0] if chosen else None

    def _end(self, reason: VotingEnd) -> None:
        assert self.study is not None
        self._set_enabled(False)
        if self.interview_id is not None and reason != "done":  # "done" ends with its vote
            try:
                end_voting(self.study, self.interview_id, reason)
            except StudyError as error:
                self.progress.setText(self.tr("Not saved: {problem}").format(problem=error))
                return
        self._show_done(reason)

    def _set_enabled(self, on: bool) -> None:
        for button in (*self.buttons.values(), self.finish_button):
            button.setEnabled(on)

    def _show(self, pair: Candidate) -> None:
        assert self.study is not None
        texts = {s.id: s.text for s in list_stories(self.study, "approved")}
        self.context.setText(pair.context)
        self.story.setText(texts.get(pair.story_id, ""))
        for title, body, value_id in ((self.old_title, self.old_card, pair.from_value_id),
                                      (self.new_title, self.new_card, pair.to_value_id)):
            value = value_by_id(self.study, value_id)
            title.setText(value.title if value else self.tr("(no longer in the study)"))
            body.setText(_card_text(value))
        self.progress.setText(self.tr("Question {number} of up to {limit}. Keys: 1 yes, 2 no, "
                                      "3 not sure.").format(number=self.given + 1,
                                                            limit=self.limit))

    def _show_done(self, reason: VotingEnd) -> None:
        for label in (self.context, self.story, self.old_title, self.new_title, self.old_card,
                      self.new_card):
            label.clear()
        if reason == "nothing_to_vote":
            text = self.tr("Thank you: %n answer(s) saved. There is nothing more to vote on "
                           "right now.", "", self.given)
        else:
            text = self.tr("Thank you: %n answer(s) saved.", "", self.given)
        self.progress.setText(text)
        self.session_finished.emit(self.given)


def _label(name: str, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # participants' and models' words, never HTML
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def _card_text(value: Value | None) -> str:
    if value is None:
        return ""
    policies = "\n".join(f"• {policy}" for policy in value.policies)
    return f"{value.description}\n\n{policies}".strip()
