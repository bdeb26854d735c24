"""The time slider and play button that replay how the moral graph grew, vote by vote."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSlider, QWidget

from desktop.ui.widgets.fit import ElidedLabel, accessible

TICK_MS = 60
REPLAY_TICKS = 300  # a whole replay takes at most this many ticks (about 18 s)


class GraphTimelinePanel(QWidget):
    step_changed = Signal(int)  # votes to count, 0..total
    playing_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.play_button = QPushButton(self.tr("▶ Play"))
        self.play_button.setObjectName("graphPlay")
        self.play_button.setCheckable(True)
        self.play_button.setToolTip(self.tr("Replay how the graph grew, vote by vote"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("graphTimeSlider")
        self.slider.setRange(0, 0)
        accessible(self.slider, self.tr("Votes counted"),
                   self.tr("Move back to see the graph as it was earlier"))
        self.position_label = ElidedLabel()
        self.position_label.setMinimumWidth(self.fontMetrics().horizontalAdvance(
            self.tr("Vote {step} of {total}").format(step="0,000", total="0,000")))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.play_button)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.position_label)
        self.waiting = False  # the page sets it while a frame is being computed
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_tick)
        self.play_button.toggled.connect(self._on_play_toggled)
        self.slider.valueChanged.connect(self.step_changed)

    @property
    def step(self) -> int:
        return self.slider.value()

    @property
    def total(self) -> int:
        return self.slider.maximum()

    def reset(self, total: int, step: int | None = None) -> None:
        """A new timeline of `total` votes, shown at `step` (default: the end); no signal."""
        self.slider.blockSignals(True)
        self.slider.setRange(0, total)
        self.slider.setValue(total if step is None else step)
        self.slider.setPageStep(max(1, total // 20))
        self.slider.blockSignals(False)
        self.play_button.setEnabled(total > 0)

    def show_moment(self, step: int, total: int, moment: str) -> None:
        when = _readable(moment)
        text = self.tr("Vote {step} of {total} · {when}") if when else self.tr(
            "Vote {step} of {total}")
        self.position_label.setText(text.format(step=f"{step:,}", total=f"{total:,}", when=when))

    def play(self) -> None:
        self.play_button.setChecked(True)

    def pause(self) -> None:
        self.play_button.setChecked(False)

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    def _on_play_toggled(self, checked: bool) -> None:
        self.play_button.setText(self.tr("⏸ Pause") if checked else self.tr("▶ Play"))
        if checked:
            if self.step >= self.total:
                self.slider.setValue(0)  # replay from the start
            self._timer.start()
        else:
            self._timer.stop()
        self.playing_changed.emit(checked)

    def _on_tick(self) -> None:
        if self.waiting:
            return  # the last frame is not drawn yet: never run ahead of the picture
        if self.step >= self.total:
            self.pause()
            return
        self.slider.setValue(min(self.total, self.step + max(1, self.total // REPLAY_TICKS)))


def _readable(moment: str) -> str:
    if not moment:
        return ""
    try:
        return datetime.fromisoformat(moment).strftime(QCoreApplication.translate(
            "GraphTimelinePanel", "%d %b %Y %H:%M", "strftime format of a vote's time"))
    except ValueError:
        return moment
