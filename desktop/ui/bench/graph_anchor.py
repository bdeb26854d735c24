"""The benchmark's anchor for the graph view: a bare pyqtgraph GraphItem given the same values
and lines as the page's last picture, at the same size, zoom and shades, in the same run.

It does nothing else (no labels, no arrowheads, no shades, no ranking, no worker): one brush
for every disc (a brush per spot makes pyqtgraph's scatter several times slower), one pen for
every line. Its redraw is what pyqtgraph itself costs for that many nodes and edges on this
machine at this moment; the page's redraw is reported next to it as a ratio, which the
machine's load moves far less than either figure alone.
"""

from __future__ import annotations

import time

import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop.ui.graph.graph_picture import Picture

LINE_COLOUR = QColor(70, 80, 110, 120)


class GraphAnchor:
    """A plot with one GraphItem, shown beside the page at the graph view's size."""

    def __init__(self, like: pg.PlotWidget, parent: QWidget | None = None) -> None:
        self.widget = pg.PlotWidget(parent, background="w")
        plot = self.widget.getPlotItem()
        for axis in ("left", "bottom"):
            plot.hideAxis(axis)
        plot.setAspectLocked(True)
        plot.hideButtons()
        self.item = pg.GraphItem()
        plot.addItem(self.item)
        self.like = like
        self.widget.resize(like.size())
        self.widget.show()
        self.brush, self.node_pen = pg.mkBrush(70, 120, 180), pg.mkPen("w")
        self.line_pen = pg.mkPen(LINE_COLOUR, width=1)
        self.nodes = self.edges = 0

    def redraw(self, picture: Picture) -> float:
        """Milliseconds to give the GraphItem `picture`'s values and lines and paint it."""
        view = self.like.getPlotItem().getViewBox()
        (left, right), (bottom, top) = view.viewRange()
        pixels_per_unit = view.width() / max(right - left, 1e-9)
        started = time.perf_counter()
        self.widget.getPlotItem().getViewBox().setRange(xRange=(left, right),
                                                        yRange=(bottom, top), padding=0)
        self.item.setData(pos=picture.xy, adj=picture.links, pxMode=True,
                          size=2 * picture.radius * pixels_per_unit, symbolBrush=self.brush,
                          symbolPen=self.node_pen, pen=self.line_pen)
        self.widget.viewport().repaint()
        elapsed = (time.perf_counter() - started) * 1000
        self.nodes, self.edges = len(picture.xy), len(picture.links)
        return elapsed

    def close(self) -> None:
        self.widget.close()
        self.widget.deleteLater()
