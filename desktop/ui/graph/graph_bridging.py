"""Bridging in the graph page: the colour of its rings, the line that explains them, the job.

A value is bridging when people from two or more groups of one demographic field (age groups,
say) moved towards it: their standing answer was an upgrade to it. It follows the time slider
and the context filter like the rest of the view; the groups come with each frame.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desktop.ui.graph.graph_replay import Frame, GraphReplay
from desktop.ui.widgets.fit import label_for

BRIDGING_COLOUR = QColor(200, 30, 150)  # magenta: apart from the blue discs and orange selection
BRIDGING_WIDTH_PX = 3.0
SWATCH_PX = 16


def bridging_note(frame: Frame, group: tuple[str, str] | None) -> str:
    """The line beside "Bridging across <field>" for `frame`; "" when bridging is off."""
    field = frame.bridging_field
    if field is None:
        return ""
    if group is not None and group[0] == field:
        return QCoreApplication.translate(
            "GraphBridgingPanel", "None: the group filter keeps only {field} {group}. Choose "
            "Everyone to compare {field} groups.").format(field=field, group=group[1])
    count = len(frame.bridges)
    if count == 0:
        return QCoreApplication.translate(
            "GraphBridgingPanel", "No value yet that people from two or more {field} groups "
            "moved towards, as of this point of the replay.").format(field=field)
    if count == 1:
        return QCoreApplication.translate(
            "GraphBridgingPanel", "1 value, ringed in magenta, that people from two or more "
            "{field} groups moved towards (voted it the wiser one), as of this point of the "
            "replay.").format(field=field)
    return QCoreApplication.translate(
        "GraphBridgingPanel", "{count} values, ringed in magenta, that people from two or more "
        "{field} groups moved towards (voted it the wiser one), as of this point of the "
        "replay.").format(count=f"{count:,}", field=field)


def bridge_and_seek(replay: GraphReplay, field: str | None,
                    group_of: Mapping[str, str] | None, step: int | None) -> Frame:
    """The worker's job when the study lead picks a field: the slider's step with its groups;
    None for the newest step, so that live votes queued before it are still followed."""
    replay.bridge(field, group_of)
    return replay.seek(len(replay.timeline) if step is None else step)


class GraphBridgingPanel(QWidget):
    """"Bridging across <field>", the magenta ring and the line that explains it; hidden when
    the study has no demographic answers. A row of its own keeps the toolbar narrow."""

    field_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("graphBridging")
        self.field_box = QComboBox()
        self.field_box.setObjectName("graphBridgingField")
        self.field_box.setToolTip(self.tr("Ring the values that people from two or more groups "
                                          "of this demographic field moved towards"))
        self.swatch = QLabel()
        self.swatch.setPixmap(_ring(SWATCH_PX))
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # field names are the study's text
        self.note.setWordWrap(True)
        self.note.setToolTip(self.tr("Counting each person's latest answer in the votes shown "
                                     "(context filter, time slider); people who gave no answer "
                                     "to the field are left out."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in ((label_for(self.tr("Bridging across"), self.field_box), 0),
                                (self.field_box, 0), (self.swatch, 0), (self.note, 1)):
            layout.addWidget(widget, stretch)
        self.field_box.currentIndexChanged.connect(lambda _: self.field_changed.emit())
        self.set_fields([])

    @property
    def field(self) -> str | None:
        """The demographic field bridging is shown across; None when off."""
        data = self.field_box.currentData()
        return data if isinstance(data, str) else None

    def set_fields(self, fields: Sequence[str]) -> None:
        """The study's demographic fields with answers; the choice is kept while it is there."""
        chosen = self.field
        self.field_box.blockSignals(True)
        self.field_box.clear()
        self.field_box.addItem(self.tr("(off)"), None)
        for name in fields:
            self.field_box.addItem(name, name)
        found = self.field_box.findData(chosen) if chosen is not None else 0
        self.field_box.setCurrentIndex(max(found, 0))
        self.field_box.blockSignals(False)
        self.setVisible(bool(fields))
        if self.field is None:
            self._show_note(self._off_note(), ringed=False)

    def show_frame(self, frame: Frame, group: tuple[str, str] | None) -> None:
        note = bridging_note(frame, group)
        self._show_note(note or self._off_note(), ringed=bool(frame.bridges) and bool(note))

    def _off_note(self) -> str:
        return self.tr("Choose a demographic field to ring the values that people from two or "
                       "more of its groups moved towards: common ground across groups.")

    def _show_note(self, text: str, *, ringed: bool) -> None:
        self.note.setText(text)
        self.swatch.setVisible(ringed)


def _ring(size: int) -> QPixmap:
    ring = QPixmap(size, size)
    ring.fill(Qt.GlobalColor.transparent)
    painter = QPainter(ring)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(107, 174, 214))  # a disc of the middle blue, as in the graph
    painter.setPen(QPen(BRIDGING_COLOUR, BRIDGING_WIDTH_PX * 0.8))
    half = size / 2
    painter.drawEllipse(QPointF(half, half), half - 2.5, half - 2.5)
    painter.end()
    return ring
