"""File > Sync with server: the lab server's URL (remembered, never a password), the sync run
off the GUI thread with its own study connection, and its progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.settings import Settings, save_settings
from desktop.services.sync import ServerError, SyncReport, safe_url, sync_with_server
from desktop.store import StudyError

HINT = QT_TRANSLATE_NOOP("SyncDialog", "postgresql://you@lab.example.org/studies?sslmode="
                         "verify-full — the password comes from PGPASSWORD, ~/.pgpass or the "
                         "keyring, never from here.")


class SyncRunner(QThread):
    """Runs one sync; the dialog learns of it only through these signals."""

    sync_progressed = Signal(int, int)  # rows sent, rows received
    sync_finished = Signal(object)  # SyncReport
    sync_failed = Signal(str)

    def __init__(self, study_path: Path, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.study_path, self.url = study_path, url

    def run(self) -> None:
        try:
            report = sync_with_server(self.study_path, self.url,
                                      progress=self.sync_progressed.emit)
        except (ServerError, StudyError) as error:
            self.sync_failed.emit(str(error))
            return
        self.sync_finished.emit(report)


class SyncDialog(QDialog):
    """Asks for the server, runs the sync in the background, says how it went."""

    sync_finished = Signal(object)  # SyncReport, once the study file holds the server's rows

    def __init__(self, settings: Settings, study_path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings, self.study_path = settings, study_path
        self.runner: SyncRunner | None = None
        self.setWindowTitle(self.tr("Sync with the lab server"))
        self.url = QLineEdit(settings.sync_server)
        self.url.setPlaceholderText(  # data, not interface text (an example address)
            "postgresql://you@lab.example.org/studies")
        self.status = QLabel(self.tr(HINT))
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sync_button = QPushButton(self.tr("&Sync"))
        self.buttons.addButton(self.sync_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.sync_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (QLabel(self.tr("Server URL")), self.url, self.status, self.buttons):
            layout.addWidget(widget)
        self.resize(560, 0)

    def start(self) -> SyncRunner | None:
        try:
            url = safe_url(self.url.text())
        except ServerError as error:
            self.status.setText(str(error))
            return None
        self.settings.sync_server = url
        save_settings(self.settings)
        self.sync_button.setEnabled(False)
        self.status.setText(self.tr("Syncing…"))
        self.runner = SyncRunner(self.study_path, url, self)
        self.runner.sync_progressed.connect(self._on_sync_progressed)
        self.runner.sync_finished.connect(self._on_sync_finished)
        self.runner.sync_failed.connect(self._on_sync_failed)
        self.runner.start()
        return self.runner

    def _on_sync_progressed(self, up: int, down: int) -> None:
        self.status.setText(self.tr("Syncing… {sent} rows sent, {received} received").format(
            sent=f"{up:,}", received=f"{down:,}"))

    def _on_sync_finished(self, report: SyncReport) -> None:
        self.sync_button.setEnabled(True)
        summary = self.tr("Synced: {sent} rows sent, {received} received; {changed} changed in "
                          "this study.").format(sent=f"{report.rows_up:,}",
                                                received=f"{report.rows_down:,}",
                                                changed=f"{report.changed_here:,}")
        if report.held:
            summary += " " + self.tr("Edits held on this laptop: {held} (the server does not "
                                     "let this account change rows it already holds; they are "
                                     "sent again on every sync).").format(held=f"{report.held:,}")
        self.status.setText(summary)
        self.sync_finished.emit(report)

    def _on_sync_failed(self, problem: str) -> None:
        self.sync_button.setEnabled(True)
        self.status.setText(problem)

    def reject(self) -> None:
        if self.runner is not None and self.runner.isRunning():
            self.status.setText(self.tr("Wait for this batch to finish: the sync can be stopped "
                                        "safely once it is done, and the next sync goes on "
                                        "from there."))
            return
        super().reject()
