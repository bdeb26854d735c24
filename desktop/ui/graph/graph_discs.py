"""The value discs, stamped from cached pixmaps rather than filled as paths.

Every disc of one shade and one size on screen looks the same, so each (shade, diameter in
pixels) is drawn once into an atlas and the discs are copied from it in one
drawPixmapFragments call, as pyqtgraph's own scatter plot does. Filling thousands of
anti-aliased ellipses took about half the paint of the graph; stamping takes a fraction of a
millisecond. Sizes stay in layout units (they follow the zoom): the atlas grows by the new
diameters a zoom brings.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from pyqtgraph.Qt.internals import PrimitiveArray
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QTransform
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]

RIM_PX = 1.0  # the white rim that parts touching discs
ATLAS_WIDTH_PX = 1024
LARGEST_STAMP_PX = 160  # a disc zoomed larger than this is drawn as an ellipse


class DiscsItem(pg.GraphicsObject):
    """Discs at `xy` (layout units) of `radius`, filled with `colours[colour]`."""

    def __init__(self, colours: list[QColor]) -> None:
        super().__init__()
        self.colours = colours
        self.xy: Floats = np.zeros((0, 2))
        self.radius: Floats = np.zeros(0)
        self.colour: Ints = np.zeros(0, dtype=np.int64)
        self._bounds = QRectF()
        self._atlas = QPixmap()
        self._spots: dict[tuple[int, int], tuple[int, int, int]] = {}  # key -> x, y, size
        self._ratio = 1.0  # the device pixel ratio the atlas was drawn for
        self._fragments = PrimitiveArray(QPainter.PixmapFragment, 10)

    def set_discs(self, xy: Floats, radius: Floats, colour: Ints) -> None:
        self.prepareGeometryChange()
        self.xy, self.radius, self.colour = xy, radius, colour
        if len(xy):
            reach = float(radius.max())
            low, high = xy.min(axis=0) - reach, xy.max(axis=0) + reach
            self._bounds = QRectF(low[0], low[1], high[0] - low[0], high[1] - low[1])
        else:
            self._bounds = QRectF()
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return QRectF(self._bounds)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if not len(self.xy):
            return
        transform = painter.transform()
        scale = math.hypot(transform.m11(), transform.m12())
        if not math.isfinite(scale) or scale <= 0:
            return
        diameter = np.maximum(np.rint(2 * self.radius * scale), 1).astype(np.int64)
        if widget is None or int(diameter.max()) > LARGEST_STAMP_PX:
            # Exported (PNG, SVG: no widget) or zoomed far in: real ellipses.
            self._paint_ellipses(painter, scale)
            return
        ratio = widget.devicePixelRatioF()
        # A few dozen distinct stamps among thousands of discs: look each up once.
        codes, which = np.unique(self.colour * (LARGEST_STAMP_PX + 1) + diameter,
                                 return_inverse=True)
        keys = [divmod(code, LARGEST_STAMP_PX + 1) for code in codes.tolist()]
        if ratio != self._ratio or not self._spots.keys() >= set(keys):
            self._build_atlas(set(keys) | self._spots.keys(), ratio)
        spots = np.array([self._spots[key] for key in keys], dtype=np.float64)[which]
        centre = _mapped(transform, self.xy)
        painter.resetTransform()
        self._fragments.resize(len(spots))
        frags = self._fragments.ndarray()
        frags[:, 0:2] = centre
        frags[:, 2:4] = spots[:, 0:2] * ratio
        frags[:, 4:6] = spots[:, 2:3] * ratio
        frags[:, 6:10] = [1 / ratio, 1 / ratio, 0.0, 1.0]
        painter.drawPixmapFragments(*self._fragments.drawargs(), self._atlas)

    def _paint_ellipses(self, painter: QPainter, scale: float) -> None:
        """Vector discs: an SVG keeps them as circles, and big stamps would waste memory."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor(255, 255, 255), RIM_PX / scale))
        for (x, y), radius, colour in zip(self.xy.tolist(), self.radius.tolist(),
                                          self.colour.tolist(), strict=True):
            painter.setBrush(self.colours[colour])
            painter.drawEllipse(QPointF(x, y), radius, radius)

    def _build_atlas(self, keys: set[tuple[int, int]], ratio: float) -> None:
        """Every (colour, diameter) stamp once, in rows of an atlas."""
        spots: dict[tuple[int, int], tuple[int, int, int]] = {}
        x = y = row_height = 0
        for key in sorted(keys, key=lambda k: (k[1], k[0])):
            size = key[1] + 2 * math.ceil(RIM_PX)
            if x + size > ATLAS_WIDTH_PX:
                x, y, row_height = 0, y + row_height, 0
            spots[key] = (x, y, size)
            x, row_height = x + size, max(row_height, size)
        atlas = QPixmap(int(ATLAS_WIDTH_PX * ratio), max(1, int((y + row_height) * ratio)))
        atlas.setDevicePixelRatio(ratio)
        atlas.fill(Qt.GlobalColor.transparent)
        painter = QPainter(atlas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor(255, 255, 255), RIM_PX))
        for (colour, diameter), (left, top, size) in spots.items():
            painter.setBrush(self.colours[colour])
            centre = QPointF(left + size / 2, top + size / 2)
            painter.drawEllipse(centre, diameter / 2, diameter / 2)
        painter.end()
        self._atlas, self._spots, self._ratio = atlas, spots, ratio


def _mapped(transform: QTransform, xy: Floats) -> Floats:
    """Layout points to device pixels under `transform` (no perspective in a plot)."""
    x, y = xy[:, 0], xy[:, 1]
    return np.stack([transform.m11() * x + transform.m21() * y + transform.dx(),
                     transform.m12() * x + transform.m22() * y + transform.dy()], axis=1)
