"""FlowLayout wraps its row when narrow; the heights it remembers per width follow its items:
one hidden, one whose text grows, one added or taken out."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.widgets.fit import FlowLayout


def _row(qtbot: QtBot, count: int) -> tuple[QWidget, FlowLayout, list[QPushButton]]:
    owner = QWidget()
    qtbot.addWidget(owner)
    layout = FlowLayout(owner)
    buttons = [QPushButton(f"Button number {n}") for n in range(count)]
    for button in buttons:
        layout.addWidget(button)
    owner.show()
    return owner, layout, buttons


def test_a_narrow_row_wraps_and_a_wide_one_does_not(qtbot: QtBot) -> None:
    _owner, layout, buttons = _row(qtbot, 3)
    line = buttons[0].sizeHint().height()
    assert layout.heightForWidth(10_000) == line
    assert layout.heightForWidth(buttons[0].sizeHint().width()) > 2 * line


def test_the_heights_follow_hidden_grown_added_and_taken_items(qtbot: QtBot) -> None:
    _owner, layout, buttons = _row(qtbot, 3)
    width = 2 * buttons[0].sizeHint().width() + 10  # two buttons a line: two lines
    two_lines = layout.heightForWidth(width)
    one_line = buttons[0].sizeHint().height()
    assert two_lines > one_line
    buttons[2].hide()
    assert layout.heightForWidth(width) == one_line
    buttons[2].show()
    assert layout.heightForWidth(width) == two_lines
    buttons[1].setText("A much longer label than the others")  # now alone on its line
    assert layout.heightForWidth(width) > two_lines
    buttons[1].setText("Button number 1")
    assert layout.heightForWidth(width) == two_lines
    for n in (3, 4):
        added = QPushButton(f"Button number {n}")
        layout.addWidget(added)
        added.show()  # else shown only when the event loop next runs
    assert layout.heightForWidth(width) > two_lines
    assert layout.takeAt(4) is not None
    assert layout.heightForWidth(width) == two_lines
