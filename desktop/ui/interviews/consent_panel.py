"""The consent text, its version, and the participant's decision: no consent, no interview."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop.ui.widgets.fit import accessible


class ConsentPanel(QWidget):
    consent_given = Signal()
    consent_refused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("consentHeading")
        self.text = QPlainTextEdit()  # plain text: the study's wording, exactly as written
        self.text.setObjectName("consentText")
        accessible(self.text, self.tr("Consent text"))
        self.text.setReadOnly(True)
        self.agree_button = QPushButton(self.tr("I agree"))
        self.agree_button.setObjectName("agreeButton")
        self.refuse_button = QPushButton(self.tr("I do not agree"))
        self.refuse_button.setObjectName("refuseButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.refuse_button)
        buttons.addWidget(self.agree_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.agree_button.clicked.connect(self.consent_given)
        self.refuse_button.clicked.connect(self.consent_refused)

    def show_consent(self, text: str, version: str, participant_code: str) -> None:
        heading = self.tr("Consent (text version {version}) — participant {code}")
        self.heading.setText(heading.format(version=version, code=participant_code))
        self.text.setPlainText(text)
        self.agree_button.setFocus()
