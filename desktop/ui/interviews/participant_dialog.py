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
        self.setWindowTitle(self.tr("Participant {code}").format(code=person.code))
        self.code = QLineEdit(person.code)
        self.code.setObjectName("participantCode")
        self.demographics = DemographicsPanel(with_buttons=False)
        self.demographics.show_fields(list_demographic_fields(study),
                                      demographic_answers(study, person.id))
        records = consent_history(study, person.id)
        history = [self._history_line(c.created_at, c.decision, c.consent_version)
                   for c in records]
        consent = QLabel("\n".join(history) or self.tr("No consent recorded yet."))
        consent.setWordWrap(True)
        self.withdraw_button = QPushButton(self.tr("Record a withdrawal of consent…"))
        self.withdraw_button.setObjectName("withdrawConsent")
        self.withdraw_button.setToolTip(self.tr("The participant's interviews stay in the file "
                                                "(nothing is erased) but are left out of every "
                                                "export."))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.withdraw_button.setEnabled(bool(records) and records[-1].decision != "withdrawn")
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Code (never a real name)"), self.code)
        form.addRow(self.tr("Consent"), consent)
        form.addRow("", self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.demographics)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def withdraw(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Withdraw consent"),
            self.tr("Record that {code} withdrew consent? Their interviews will be left out of "
                    "every export from now on.").format(code=self.person.code))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        withdraw_consent(self.study, self.person.id)
        self.withdraw_button.setEnabled(False)
        return True

    def _history_line(self, created_at: str, decision: str, version: str) -> str:
        """One consent decision: when (UTC), what, and the consent text's version."""
        lines = {"given": self.tr("{time} UTC: given (consent text version {version})"),
                 "refused": self.tr("{time} UTC: refused (consent text version {version})"),
                 "withdrawn": self.tr("{time} UTC: withdrawn (consent text version {version})")}
        line = lines.get(decision, f"{{time}} UTC: {decision} (consent text version {{version}})")
        return line.format(time=created_at[:16].replace("T", " "), version=version)

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
