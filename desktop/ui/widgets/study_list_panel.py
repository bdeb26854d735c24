"""A list of a study's things with a row of buttons under it and a line for what went wrong:
the shape of the Study page's questions and demographic fields. A change goes through `save`,
which says a refusal in plain words or shows the list again."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from desktop.store import Study, StudyError
from desktop.ui.widgets.fit import FlowLayout, wrap_items

Change = Callable[[Study], str | None]  # returns the id to select afterwards, if any


class StudyListPanel(QWidget):
    def __init__(self, list_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.study: Study | None = None
        self.list = QListWidget()
        self.list.setObjectName(list_name)
        wrap_items(self.list)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        self._row = FlowLayout()  # wraps at a large text size
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(self._row)
        layout.addWidget(self.status)

    def add_buttons(self, buttons: Sequence[tuple[str, str, Callable[[], object]]]) -> None:
        """(name, text, action) for each button, left to right."""
        for name, text, action in buttons:
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, act=action: act())
            self.buttons[name] = button
            self._row.addWidget(button)

    def show_study(self, study: Study | None, select: str | None = None) -> None:
        raise NotImplementedError

    def save(self, change: Change) -> bool:
        if self.study is None:
            return False
        try:
            select = change(self.study)
        except (ValueError, StudyError) as error:
            self.status.setText(str(error))
            return False
        self.status.clear()
        self.show_study(self.study, select)
        return True
