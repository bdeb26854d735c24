"""A frame made ready to show, off the GUI thread: its picture, the arrowheads as one path and
the ranking's columns. The page's worker builds it after each step; the GUI thread only swaps
it in (a few setData calls and a repaint), so a slider step holds the window up as little as
it can.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QPainterPath

from desktop.ui.graph.graph_picture import Picture, picture
from desktop.ui.graph.graph_ranking_model import RankingColumns, ranking_columns
from desktop.ui.graph.graph_replay import Frame


@dataclass(frozen=True)
class Drawing:
    """Everything the page shows of one frame, sized by `measure`."""

    frame: Frame
    picture: Picture
    measure: str
    arrows: QPainterPath  # every arrowhead, one closed triangle each
    ranking: RankingColumns  # the ranking's rows, in the picture's order
    worker_ms: float = 0.0  # how long the worker took for the frame and this drawing


def drawing(frame: Frame, measure: str, started: float | None = None) -> Drawing:
    """The frame's drawing (safe on a worker: paths and numbers, no widget, no pixmap);
    `started` is when the worker began on the frame (perf_counter), to time the work."""
    shown = picture(frame, measure)
    arrows, ranking = arrow_path(shown.arrows), ranking_columns(frame, shown)
    worker_ms = 0.0 if started is None else (time.perf_counter() - started) * 1000
    return Drawing(frame, shown, measure, arrows, ranking, worker_ms)


def arrow_path(arrows: np.ndarray) -> QPainterPath:
    """Tip, side, side, tip for each arrowhead, as one path."""
    if not len(arrows):
        return QPainterPath()
    connect = np.tile([1, 1, 1, 0], len(arrows) // 4).astype(np.int32)
    path: QPainterPath = pg.arrayToQPath(arrows[:, 0], arrows[:, 1], connect=connect)
    return path
