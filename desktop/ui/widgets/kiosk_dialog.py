"""The researcher's PIN for kiosk mode: chosen on entering, asked for on leaving."""

from __future__ import annotations

import hmac

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

MIN_PIN = 4


class KioskDialog(QDialog):
    def __init__(self, expected_pin: str | None = None, parent: QWidget | None = None) -> None:
        """Without `expected_pin`: choose a PIN to enter; with it: type it to leave."""
        super().__init__(parent)
        self.expected = expected_pin
        entering = expected_pin is None
        self.setWindowTitle(self.tr("Kiosk mode") if entering else self.tr("Leave kiosk mode"))
        explanation = QLabel(
            self.tr("Kiosk mode shows the participant only their own interview or voting "
                    "session: no menus, no other participants. Choose a PIN (at least {count} "
                    "characters) to leave it later.").format(count=MIN_PIN)
            if entering else self.tr("For the researcher: type the PIN to leave kiosk mode."))
        explanation.setWordWrap(True)
        self.pin, self.repeat = QLineEdit(), QLineEdit()
        self.pin.setObjectName("kioskPin")
        self.repeat.setObjectName("kioskPinRepeat")
        for line in (self.pin, self.repeat):
            line.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("PIN"), self.pin)
        if entering:
            form.addRow(self.tr("PIN again"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        problem = self.check()
        if problem:
            self.problem.setText(problem)
            self.pin.selectAll()
            self.pin.setFocus()
            return
        super().accept()

    def check(self) -> str:
        """What is wrong with the typed PIN ('' when it is right)."""
        pin = self.pin.text()
        if self.expected is not None:
            if hmac.compare_digest(pin, self.expected):
                return ""
            return self.tr("That is not the PIN.")
        if len(pin) < MIN_PIN:
            return self.tr("The PIN needs at least {count} characters.").format(
                count=MIN_PIN)
        return "" if pin == self.repeat.text() else self.tr("The two PINs differ.")
