"""Lines of the graph (kept edges by width, faint pairs) as one item of batched segments.

pyqtgraph's PlotCurveItem does much that a graph does not need (finite checks, data bounds
with nanmin, downsampling, a path it may stroke): here each width is one drawLines call over
an array the worker already laid out as (x1, y1, x2, y2) rows, and the bounds come from the
same arrays. Lines of one width may cross and darken each other: they are separate lines.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from pyqtgraph.Qt.internals import PrimitiveArray
from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

Floats = npt.NDArray[np.float64]


class LinesItem(pg.GraphicsObject):
    """Groups of segments, each group drawn with its own pen (cosmetic: widths in pixels)."""

    def __init__(self, pens: list[QPen]) -> None:
        super().__init__()
        self.pens = pens
        self._groups = [PrimitiveArray(QLineF, 4) for _ in pens]
        self._counts = [0] * len(pens)
        self._bounds = QRectF()

    def set_pens(self, pens: list[QPen]) -> None:
        self.pens = pens
        self.update()

    def set_lines(self, groups: list[Floats]) -> None:
        """Per pen, (2 * lines, 2) end points: start, end, start, end..."""
        self.prepareGeometryChange()
        low, high = np.full(2, np.inf), np.full(2, -np.inf)
        for group, points, number in zip(self._groups, groups, range(len(groups)), strict=True):
            count = len(points) // 2
            group.resize(count)
            if count:
                group.ndarray()[:] = points.reshape(count, 4)
                low, high = np.minimum(low, points.min(axis=0)), np.maximum(high,
                                                                           points.max(axis=0))
            self._counts[number] = count
        self._bounds = (QRectF(low[0], low[1], high[0] - low[0], high[1] - low[1])
                        if np.all(np.isfinite(low)) else QRectF())
        self.update()

    def line_count(self) -> int:
        return sum(self._counts)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return QRectF(self._bounds)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for pen, group, count in zip(self.pens, self._groups, self._counts, strict=True):
            if count:
                painter.setPen(pen)
                painter.drawLines(*group.drawargs())
