"""The moral graph drawn with pyqtgraph: values as discs, kept edges as arrows, a few labels.

Everything is a handful of batched items (the discs stamped from cached pixmaps, the lines as
batched segments, one path of arrowheads, a small pool of labels), so a
redraw of thousands of values costs milliseconds. The page's worker prepares what it can
(see graph_drawing); this side only swaps it in. Labels are plain text
(QGraphicsTextItem.setPlainText), never HTML.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsPathItem, QWidget

from desktop.ui.graph.graph_bridging import BRIDGING_COLOUR, BRIDGING_WIDTH_PX
from desktop.ui.graph.graph_discs import DiscsItem
from desktop.ui.graph.graph_drawing import arrow_path
from desktop.ui.graph.graph_lines import LinesItem
from desktop.ui.graph.graph_picture import SHADES, Picture

LABEL_COUNT = 12  # the best-ranked values get a label; the hovered and selected one too
LABEL_CANDIDATES = 60  # labels that would cover another are skipped, down to this rank
LABEL_WIDTH_PX = 190
ELIDED_KEPT = 5_000  # elided titles remembered
HOVERED_LABEL_WIDTH_PX = 480  # the value under the pointer gets (nearly) its whole title
EDGE_COLOUR = QColor(70, 80, 110, 190)
PAIR_COLOUR = QColor(150, 150, 160, 70)
EDGES_AT_FULL_STRENGTH = 300  # more lines than this are drawn fainter
WIDTHS_PX = (1.0, 2.2, 3.4, 5.0)  # 1 px lines take Qt's fast path
SELECTED_PEN = pg.mkPen(QColor(230, 120, 20), width=3)
HOVERED_PEN = pg.mkPen(QColor(20, 20, 20), width=2)
BRIDGING_PEN = pg.mkPen(BRIDGING_COLOUR, width=BRIDGING_WIDTH_PX)
RING_GAP = 0.05  # layout units between a disc and its bridging ring: the white rim shows


def _shade_colours() -> list[QColor]:
    light, dark = np.array([198, 219, 239]), np.array([8, 69, 148])  # a blues ramp
    steps = [light + (dark - light) * s / max(SHADES - 1, 1) for s in range(SHADES)]
    return [QColor(*(int(c) for c in colour)) for colour in steps]


class GraphView(pg.PlotWidget):
    value_hovered = Signal(str)  # "" when the pointer leaves every value
    value_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("graphView")
        plot = self.getPlotItem()
        for axis in ("left", "bottom"):
            plot.hideAxis(axis)
        plot.setAspectLocked(True)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        self.picture: Picture | None = None
        self.titles: Mapping[str, str] = {}
        self.selected, self.hovered = "", ""
        self.marked: frozenset[str] = frozenset()  # bridging values, ringed
        self._edge_share = 0.0  # how strong the lines are drawn (fainter on crowded graphs)
        self._brushes = _shade_colours()
        self._unscored = QColor(215, 215, 220)
        self._font = QFont()
        self._font.setPointSizeF(8.5)
        self._metrics = QFontMetrics(self._font)
        self._elided_titles: dict[tuple[str, int], tuple[str, int, int]] = {}
        self._label_texts: dict[int, str] = {}  # id of a label -> the text it shows
        self._build_items(plot)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        # Zooming in makes room: labels are placed again for the new scale.
        plot.getViewBox().sigRangeChanged.connect(lambda *_: self._draw_labels())
        self.scene().sigMouseClicked.connect(self._on_mouse_clicked)

    def _build_items(self, plot: pg.PlotItem) -> None:
        # Faint pairs first (underneath), then the kept edges by width.
        self.lines = LinesItem([pg.mkPen(PAIR_COLOUR, width=1),
                                *(pg.mkPen(EDGE_COLOUR, width=w) for w in WIDTHS_PX)])
        self.arrow_item = QGraphicsPathItem()
        self.arrow_item.setBrush(QBrush(EDGE_COLOUR))
        self.arrow_item.setPen(QPen(Qt.PenStyle.NoPen))
        self.discs = DiscsItem([*self._brushes, self._unscored])
        self.marked_item = _path_item(QBrush(Qt.BrushStyle.NoBrush), BRIDGING_PEN)
        self.hover_item = _path_item(QBrush(Qt.BrushStyle.NoBrush), HOVERED_PEN)
        self.selected_item = _path_item(QBrush(Qt.BrushStyle.NoBrush), SELECTED_PEN)
        for z, item in enumerate([self.lines, self.arrow_item,
                                  self.discs, self.marked_item, self.hover_item,
                                  self.selected_item]):
            item.setZValue(z)
            plot.addItem(item)
        self.labels: list[pg.TextItem] = []
        for _ in range(LABEL_COUNT + 2):
            label = pg.TextItem(color=(20, 20, 30), anchor=(0.5, 1.0),
                                fill=pg.mkBrush(255, 255, 255, 200))
            label.setFont(self._font)
            label.setZValue(20)
            label.hide()
            plot.addItem(label)
            self.labels.append(label)

    # Drawing ------------------------------------------------------------------------------

    def show_picture(self, picture: Picture, titles: Mapping[str, str],
                     marked: Collection[str] = (), arrows: QPainterPath | None = None) -> None:
        """Draw a frame, `marked` values (bridging) ringed and labelled first; `arrows` is
        the arrowheads' path when a worker made it already. The view range is left alone:
        the caller fits it when it wants."""
        self.picture, self.titles, self.marked = picture, titles, frozenset(marked)
        self._fade_edges(len(picture.arrows) // 4 + len(picture.pairs) // 2)
        self.lines.set_lines([picture.pairs, *picture.edges])
        _set_path(self.arrow_item, arrow_path(picture.arrows) if arrows is None else arrows)
        self._draw_nodes()
        self._draw_labels()

    def _fade_edges(self, count: int) -> None:
        """Fainter lines on crowded graphs, so the discs still show through the hairball."""
        share = min(1.0, max(0.25, (EDGES_AT_FULL_STRENGTH / max(count, 1)) ** 0.5))
        if share == self._edge_share:
            return
        self._edge_share = share
        edge, pair = QColor(EDGE_COLOUR), QColor(PAIR_COLOUR)
        edge.setAlpha(int(EDGE_COLOUR.alpha() * share))
        pair.setAlpha(int(PAIR_COLOUR.alpha() * share))
        self.lines.set_pens([pg.mkPen(pair, width=1),
                             *(pg.mkPen(edge, width=width) for width in WIDTHS_PX)])
        self.arrow_item.setBrush(QBrush(edge))

    def _draw_nodes(self) -> None:
        picture = self.picture
        if picture is None:
            return
        self.discs.set_discs(picture.xy, picture.radius,
                             np.where(picture.scored, picture.shade, len(self._brushes)))
        ringed = [row for row, value_id in enumerate(picture.value_ids)
                  if value_id in self.marked] if self.marked else []
        _set_path(self.marked_item, _discs(picture, np.array(ringed, dtype=np.int64), RING_GAP))
        self._draw_highlights()

    def _draw_highlights(self) -> None:
        """Rings around the hovered and the selected value: cheap, no other disc is redrawn."""
        for value_id, item in ((self.hovered, self.hover_item),
                               (self.selected, self.selected_item)):
            row = self.picture.row_of(value_id) if value_id and self.picture else None
            rows = np.array([] if row is None else [row], dtype=np.int64)
            _set_path(item, _discs(self.picture, rows) if self.picture else QPainterPath())

    def _draw_labels(self) -> None:
        """Labels for the hovered, the selected and the best-ranked values, best first, each
        only where it does not cover one already placed: readable at any zoom."""
        picture, free = self.picture, iter(self.labels)
        if picture is not None:
            forced = [v for v in (self.hovered, self.selected)
                      if v and picture.row_of(v) is not None]
            top = picture.value_ids[:LABEL_CANDIDATES]
            candidates = forced + sorted((v for v in top if v not in forced),
                                         key=lambda v: v not in self.marked)  # stable
            placed: list[QRectF] = []
            view_box = self.getPlotItem().getViewBox()
            # What mapViewToScene does for one point, once for all (childTransform brings a
            # range set since up to date first).
            to_scene = view_box.childTransform() * view_box.sceneTransform()
            for value_id in candidates:
                if len(placed) >= min(LABEL_COUNT + len(forced), len(self.labels)):
                    break
                text, spot, rect = self._label_geometry(picture, value_id, to_scene)
                if value_id in forced or not any(rect.intersects(r) for r in placed):
                    placed.append(rect)
                    label = next(free)
                    if self._label_texts.get(id(label)) != text:  # setText lays text out
                        label.setText(text)
                        self._label_texts[id(label)] = text
                    label.setPos(spot)
                    label.show()
        for label in free:
            label.hide()

    def _label_geometry(self, picture: Picture, value_id: str,
                        to_scene: QTransform) -> tuple[str, QPointF, QRectF]:
        """The elided title, where it goes (above the disc) and the scene rectangle it takes."""
        row = picture.row_of(value_id)
        assert row is not None
        text, width, height = self._elided(value_id, HOVERED_LABEL_WIDTH_PX
                                           if value_id == self.hovered else LABEL_WIDTH_PX)
        spot = QPointF(float(picture.xy[row, 0]), float(picture.xy[row, 1] + picture.radius[row]))
        anchor = to_scene.map(spot)
        return text, spot, QRectF(anchor.x() - width / 2, anchor.y() - height, width, height)

    def _elided(self, value_id: str, room: int) -> tuple[str, int, int]:
        """A title cut to `room` pixels and the box it takes: remembered, as the same few
        values are labelled frame after frame."""
        title = self.titles.get(value_id, value_id)
        key = (title, room)
        if key not in self._elided_titles:
            if len(self._elided_titles) > ELIDED_KEPT:
                self._elided_titles.clear()
            text = self._metrics.elidedText(title, Qt.TextElideMode.ElideRight, room)
            self._elided_titles[key] = (text, self._metrics.horizontalAdvance(text) + 8,
                                        self._metrics.height() + 4)
        return self._elided_titles[key]

    def shown_labels(self) -> list[str]:
        """The label texts on screen (for tests and the screen reader summary)."""
        return [label.textItem.toPlainText() for label in self.labels if label.isVisible()]

    def set_selected(self, value_id: str) -> None:
        self.selected = value_id
        self._draw_highlights()
        self._draw_labels()

    def fit(self, xy: np.ndarray | None = None) -> None:
        """Frame these points (all values of the current filter) with a margin."""
        points = self.picture.xy if xy is None and self.picture else xy
        if points is None or len(points) == 0:
            return
        low, high = points.min(axis=0) - 1.0, points.max(axis=0) + 1.0
        self.getPlotItem().getViewBox().setRange(xRange=(low[0], high[0]),
                                                 yRange=(low[1], high[1]), padding=0.02)

    # Pointer -------------------------------------------------------------------------------

    def map_to_widget(self, x: float, y: float) -> QPointF:
        """Where the layout point (x, y) is on this widget (tests click there)."""
        scene = self.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
        return QPointF(self.mapFromScene(scene))

    def _value_under(self, scene_pos: QPointF) -> str:
        if self.picture is None:
            return ""
        point = self.getPlotItem().getViewBox().mapSceneToView(scene_pos)
        return self.picture.value_at(point.x(), point.y()) or ""

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self._set_hovered("")  # pyqtgraph drops fast moves: the last one may never come

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        self._set_hovered(self._value_under(scene_pos))

    def _set_hovered(self, value_id: str) -> None:
        if value_id != self.hovered:
            self.hovered = value_id
            self._draw_highlights()
            self._draw_labels()
            self.value_hovered.emit(value_id)

    def _on_mouse_clicked(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.button() != Qt.MouseButton.LeftButton:
            return
        value_id = self._value_under(event.scenePos())
        if value_id:
            self.value_clicked.emit(value_id)

    # Export --------------------------------------------------------------------------------

    def export_picture(self, path: Path) -> Path:
        """Save what is shown as PNG (twice the screen size) or SVG, by the file's suffix."""
        if path.suffix.lower() == ".svg":
            self._export_svg(path)
        else:
            exporter = ImageExporter(self.getPlotItem())
            exporter.parameters()["width"] = max(2 * self.width(), 800)
            exporter.export(str(path))
        return path

    def _export_svg(self, path: Path) -> None:
        # pyqtgraph 0.14's SVGExporter fails on the closed paths ("... Z") Qt 6 writes
        # (pyqtgraph issue #3495), so the scene is rendered through Qt's own SVG generator.
        source = self.getPlotItem().getViewBox().sceneBoundingRect()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(source.size().toSize())
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle(self.tr("Moral graph"))
        painter = QPainter(generator)
        try:
            self.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
        finally:
            painter.end()


def _path_item(brush: QBrush, pen: QPen) -> QGraphicsPathItem:
    item = QGraphicsPathItem()
    item.setBrush(brush)
    item.setPen(pen)
    return item


def _set_path(item: QGraphicsPathItem, path: QPainterPath) -> None:
    item.setPath(path)
    item.setVisible(not path.isEmpty())  # an empty path exports as d="", which SVG readers refuse


def _discs(picture: Picture, rows: np.ndarray, gap: float = 0.0) -> QPainterPath:
    path = QPainterPath()
    for (x, y), radius in zip(picture.xy[rows].tolist(), (picture.radius[rows] + gap).tolist(),
                              strict=True):
        path.addEllipse(QRectF(x - radius, y - radius, 2 * radius, 2 * radius))
    return path
