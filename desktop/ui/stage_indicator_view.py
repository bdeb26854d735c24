"""Which stage the interview is at: consent, conversation, card, survey, done."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.core.interview.protocol import STAGE_TITLES, Stage

_ORDER = (Stage.CONSENT, Stage.CONVERSATION, Stage.CARD, Stage.SURVEY, Stage.DONE)


class StageIndicatorView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageIndicator")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[Stage, QLabel] = {}
        for number, stage in enumerate(_ORDER, start=1):
            label = QLabel(f"{number}. {STAGE_TITLES[stage]}")
            label.setObjectName("stageLabel")
            self.labels[stage] = label
            layout.addWidget(label)
        layout.addStretch(1)
        self.stage = Stage.CONSENT

    def show_stage(self, stage: Stage, detail: str = "") -> None:
        self.stage = stage
        reached = _ORDER.index(stage)
        for index, (each, label) in enumerate(self.labels.items()):
            text = f"{index + 1}. {STAGE_TITLES[each]}"
            if each == stage and detail:
                text += f" ({detail})"
            label.setText(text)
            style = ("color: white; background: #2f6f4f;" if each == stage
                     else "color: #2f6f4f;" if index < reached else "color: #8a8f98;")
            label.setStyleSheet(f"{style} padding: 3px 8px; border-radius: 3px;")
            font = label.font()
            font.setBold(each == stage)  # a font, not a style sheet: the layout makes room
            label.setFont(font)
