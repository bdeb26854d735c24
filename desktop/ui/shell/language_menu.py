"""View > Language: the interface's language, each named in itself, remembered in the settings
and used from the next start (the app offers to restart at once)."""

from __future__ import annotations

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop.__about__ import NAME
from desktop.core.settings import Settings, save_settings
from desktop.ui.shell.appearance import choice_menu
from desktop.ui.shell.translations import (
    NATIVE_NAMES,
    SUPPORTED,
    SYSTEM,
    restart_command,
    system_language,
)


class LanguageMenu(QMenu):
    """One checkable entry per language; choosing one saves it and offers to restart."""

    def __init__(self, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setTitle(self.tr("&Language"))
        system = NATIVE_NAMES[system_language()]
        choices = {SYSTEM: self.tr("System ({language})").format(language=system),
                   **NATIVE_NAMES}
        chosen = settings.language if settings.language in SUPPORTED else SYSTEM
        self.actions_group = choice_menu(self, choices, chosen, self.choose)

    def choose(self, language: str) -> None:
        if language == self.settings.language:
            return
        self.settings.language = language
        save_settings(self.settings)
        if self.ask_to_restart(language):
            self.restart()

    def ask_to_restart(self, language: str) -> bool:
        """Says when the language changes and offers to restart now (True: restart)."""
        name = NATIVE_NAMES.get(language) or self.tr("the system's language")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Language"),
                          self.tr("{app} will use {language} the next time it starts. "
                                  "Restart now? The study is saved as always.").format(
                              app=NAME, language=name), parent=self.parentWidget())
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is restart

    def restart(self) -> bool:
        """Close the window (as Quit does) and start the app again; False if it stayed open."""
        window = self.parentWidget().window()  # the menu is a window of its own
        if not window.close():
            return False
        program, *args = restart_command()
        started = QProcess.startDetached(program, args)
        return bool(started[0] if isinstance(started, tuple) else started)
