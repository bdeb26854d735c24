"""A page of the main window: a heading, a short explanation and the page's own content."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.store import Study
from desktop.ui.shell.llm_service import LlmService


def page_title(title: str) -> str:
    """A page's title (as lazy_pages lists them) in the interface's language."""
    return QCoreApplication.translate("LazyPages", title)


class AreaPage(QWidget):
    """Base for the main window's pages; subclasses fill `self.body` and `show_study`."""

    title = ""
    summary = ""
    kiosk_changed = Signal(bool)  # a page that runs a participant in kiosk mode says so

    def __init__(self, service: LlmService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service  # the one local model, shared by every page
        self.kiosk_pin: str | None = None  # set while the page is in kiosk mode
        self.setObjectName(type(self).__name__)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        self.heading = QLabel(self._translated(self.title))
        self.heading.setObjectName("pageHeading")
        self.explanation = QLabel(self._translated(self.summary))
        self.explanation.setWordWrap(True)
        self.explanation.setObjectName("pageSummary")
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)

    def _translated(self, text: str) -> str:
        """A subclass's title or summary (marked with QT_TRANSLATE_NOOP in the subclass's own
        context); a title not translated there is looked up as the page's navigation title."""
        if not text:
            return text
        said = QCoreApplication.translate(type(self).__name__, text)
        return page_title(text) if said == text else said

    def show_study(self, study: Study | None) -> None:
        """Called whenever another study is opened (None: no study open)."""

    def set_header_visible(self, on: bool) -> None:
        """Kiosk mode shows the participant the task, not the page's name and explanation."""
        self.heading.setVisible(on)
        self.explanation.setVisible(on)

    # Kiosk mode (pages that run a participant's task implement enter_ and leave_kiosk) ----

    def start_kiosk(self) -> None:
        """The researcher chooses a PIN, then the page shows only the participant's task."""
        from desktop.ui.widgets.kiosk_dialog import KioskDialog  # only for kiosk mode

        dialog = KioskDialog(None, self)
        if dialog.exec():
            self.enter_kiosk(dialog.pin.text())

    def enter_kiosk(self, pin: str) -> bool:
        return False

    def leave_kiosk(self) -> None:
        self.kiosk_pin = None

    def ask_to_leave_kiosk(self) -> bool:
        """In kiosk mode: the researcher's PIN leaves it (True when it was left)."""
        if self.kiosk_pin is None:
            return True
        from desktop.ui.widgets.kiosk_dialog import KioskDialog

        dialog = KioskDialog(self.kiosk_pin, self)
        if dialog.exec():
            self.leave_kiosk()
            return True
        return False
