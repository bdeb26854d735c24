"""A file path shown in a narrow label may wrap: after separators, hyphens, underscores and
dots, and inside a long run of letters, so a deep or long-named folder never cuts it off."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.widgets.fit import LONGEST_UNBROKEN, breakable

ZERO_WIDTH = "\u200b"


def test_the_path_reads_the_same_without_the_break_marks() -> None:
    for path in ("/work/wt-startup-speed/resources/interview/en",
                 "C:\\Users\\supercalifragilisticexpialidocious\\x.mgstudy", "plain"):
        assert breakable(path).replace(ZERO_WIDTH, "") == path


def test_no_run_without_a_place_to_break_is_longer_than_the_limit() -> None:
    path = "/home/ana/supercalifragilisticexpialidocious/wt-startup-speed/study_files.v2"
    runs = breakable(path).split(ZERO_WIDTH)
    assert max(len(run) for run in runs) <= LONGEST_UNBROKEN + 1  # a run and its separator
    assert "wt-" + ZERO_WIDTH + "startup-" + ZERO_WIDTH + "speed" in breakable(path)


def test_a_long_path_fits_a_narrow_wrapping_label(qtbot: QtBot) -> None:
    path = "/tmp/pytest-of-root/pytest-15/test_the_study_page_fits_0/wt-startup-speed/prompts"
    label = QLabel(breakable(path))
    qtbot.addWidget(label)
    label.setWordWrap(True)
    width = label.fontMetrics().horizontalAdvance("M" * (LONGEST_UNBROKEN + 2))
    label.setFixedWidth(width)
    lines = breakable(path).split(ZERO_WIDTH)
    assert all(label.fontMetrics().horizontalAdvance(run) <= width for run in lines)
    assert label.heightForWidth(width) > label.fontMetrics().height()  # it wraps
