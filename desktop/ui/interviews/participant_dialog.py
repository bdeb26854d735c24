"""A participant's code (editable, pseudonymous), demographic answers and consent history."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.people import Person
from desktop.services.participants import (
    change_code,
    consent_history,
    demographic_answers,
    list_demographic_fields,
    save_demographic_answers,
    withdraw_consent,
)
from desktop.store import Study, StudyError
from desktop.ui.interviews.demographics_panel import DemographicsPanel


class ParticipantDialog(QDialog):
    def __init__(self, study: Study, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.study, self.person = study, person
        self.setWindowTitle(f"Participant {person.code}")
        self.code = QLineEdit(person.code)
        self.code.setObjectName("participantCode")
        self.demographics = DemographicsPanel(with_buttons=False)
        self.demographics.show_fields(list_demographic_fields(study),
                                      demographic_answers(study, person.id))
        history = [f"{c.created_at[:16].replace('T', ' ')} UTC: {c.decision} "
                   f"(consent text version {c.consent_version})"
                   for c in consent_history(study, person.id)]
        consent = QLabel("\n".join(history) or "No consent recorded yet.")
        consent.setWordWrap(True)
        self.withdraw_button = QPushButton("Record a withdrawal of consent…")
        self.withdraw_button.setObjectName("withdrawConsent")
        self.withdraw_button.setToolTip("The participant's interviews stay in the file (nothing "
                                        "is erased) but are left out of every export.")
        self.withdraw_button.clicked.connect(self.withdraw)
        self.withdraw_button.setEnabled(bool(history) and "withdrawn" not in history[-1])
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Code (never a real name)", self.code)
        form.addRow("Consent", consent)
        form.addRow("", self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.demographics)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def withdraw(self) -> bool:
        answer = QMessageBox.question(
            self, "Withdraw consent", f"Record that {self.person.code} withdrew consent? "
            "Their interviews will be left out of every export from now on.")
        if answer != QMessageBox.StandardButton.Yes:
            return False
        withdraw_consent(self.study, self.person.id)
        self.withdraw_button.setEnabled(False)
        return True

    def accept(self) -> None:
        """Save both, or show what is wrong and stay open."""
        try:
            if self.code.text().strip() != self.person.code:
                self.person = change_code(self.study, self.person.id, self.code.text())
            save_demographic_answers(self.study, self.person.id, self.demographics.values())
        except (ValueError, StudyError) as error:
            self.problem.setText(getattr(error, "problem", str(error)))
            return
        super().accept()
