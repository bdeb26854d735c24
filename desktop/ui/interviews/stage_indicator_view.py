"""Which stage the interview is at: consent, conversation, card, voting, survey, done."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.interview.protocol import Stage
from desktop.ui.interviews.stage_names import stage_title
from desktop.ui.widgets.fit import FlowLayout

_ORDER = (Stage.CONSENT, Stage.CONVERSATION, Stage.CARD, Stage.VOTING, Stage.SURVEY,
          Stage.DONE)


class StageIndicatorView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageIndicator")
        layout = FlowLayout(self)  # wraps at a large text size
        self.labels: dict[Stage, QLabel] = {}
        for stage in _ORDER:
            label = QLabel(stage_title(stage))
            label.setObjectName("stageLabel")
            self.labels[stage] = label
            layout.addWidget(label)
        self.order = _ORDER
        self.stage = Stage.CONSENT

    def set_voting(self, on: bool) -> None:
        """Show the voting stage only for interviews that ask wiser-than questions."""
        self.order = tuple(s for s in _ORDER if on or s != Stage.VOTING)
        self.labels[Stage.VOTING].setVisible(on)
        self.show_stage(self.stage)

    def show_stage(self, stage: Stage, detail: str = "") -> None:
        self.stage = stage
        reached = _ORDER.index(stage)
        for number, each in enumerate(self.order, start=1):
            label = self.labels[each]
            text = f"{number}. {stage_title(each)}"
            if each == stage and detail:
                text += f" ({detail})"
            label.setText(text)
            index = _ORDER.index(each)
            style = ("color: white; background: #2f6f4f;" if each == stage
                     else "color: #2f6f4f;" if index < reached else "color: #8a8f98;")
            label.setStyleSheet(f"{style} padding: 3px 8px; border-radius: 3px;")
            font = label.font()
            font.setBold(each == stage)  # a font, not a style sheet: the layout makes room
            label.setFont(font)
