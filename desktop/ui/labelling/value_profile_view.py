"""The DailyDilemmas value profile of the study's dilemma labels, as a bar chart.

Per dimension of a theory (World Values Survey, Moral Foundations, virtues, emotions, Maslow):
its share among the values of the chosen actions minus its share among the neglected ones,
for all annotators, each annotator group, and the local model's own choices.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core import paths
from desktop.core.label_profiles import ALL, MODEL, profile_series
from desktop.core.value_profiles import THEORIES, ValueMap, load_value_map, unknown_values
from desktop.services.labelling import annotator_groups, profile_choices
from desktop.store import Study
from desktop.ui.widgets.fit import accessible

THEORY_NAMES = {"WVS": QT_TRANSLATE_NOOP("ValueProfileView", "World Values Survey"),
                "MFT": QT_TRANSLATE_NOOP("ValueProfileView", "Moral Foundations"),
                "Virtue": QT_TRANSLATE_NOOP("ValueProfileView", "Virtues"),
                "Emotion": QT_TRANSLATE_NOOP("ValueProfileView", "Emotions (Plutchik)"),
                "Maslow": QT_TRANSLATE_NOOP("ValueProfileView", "Maslow's needs")}
GROUP_PREFIX = "Group: "  # how desktop.core.label_profiles names a group's series
COLOURS = ("#2f6db5", "#e0803a", "#3a9e6a", "#9a4fb5", "#c04a4a", "#7a8a99")


class ValueProfileView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.study: Study | None = None
        self.value_map: ValueMap | None = None
        self.series: dict[str, dict[str, float]] = {}
        self.theory = QComboBox()
        accessible(self.theory, self.tr("Theory of values"))
        for theory in THEORIES:
            self.theory.addItem(self.tr(THEORY_NAMES[theory]), theory)
        self.theory.currentIndexChanged.connect(self.refresh)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setObjectName("valueProfilePlot")
        self.plot.showGrid(x=True, y=False, alpha=0.3)
        self.plot.setLabel("bottom", self.tr("share among chosen actions' values − share among "
                                             "neglected actions' values"))
        self.plot.getAxis("bottom").enableAutoSIPrefix(False)
        left = self.plot.getAxis("left")
        left.setWidth(170)
        left.setStyle(autoExpandTextSpace=True, hideOverlappingLabels=False)
        self.legend = self.plot.addLegend(offset=(-10, -10), brush=pg.mkBrush(255, 255, 255, 225),
                                          labelTextColor="#1d2a3a")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Theory")))
        top.addWidget(self.theory)
        top.addStretch(1)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.note)

    def set_study(self, study: Study | None) -> None:
        self.study = study
        self.refresh()

    def refresh(self) -> None:
        self.plot.clear()
        self.legend.clear()
        if self.study is None:
            return
        if self.value_map is None:
            self.value_map = load_value_map(paths.resource("values", "values.csv"))
        people, model = profile_choices(self.study)
        theory = self.theory.currentData()
        self.series = profile_series(people, annotator_groups(self.study), model,
                                     self.value_map, theory)
        self._draw(theory)
        unknown = unknown_values([*people, *model], self.value_map)
        self.note.setText(self._note(len(people), len(model), unknown))

    def _note(self, people: int, model: int, unknown: list[str]) -> str:
        """How many choices the profile is made of, and which value names it had to leave out."""
        if not people and not model:
            return self.tr("No dilemma labels with a chosen action yet.")
        note = self.tr("{people} choices by annotators, {model} by the model (from its "
                       "suggestions).").format(people=people, model=model)
        if unknown:
            names = ", ".join(unknown[:8]) + ("…" if len(unknown) > 8 else "")
            note += " " + self.tr("{count} value name(s) are not in the 301-value mapping and "
                                  "are left out: {names}.").format(count=len(unknown), names=names)
        return note

    def _series_name(self, name: str) -> str:
        """A series' name in the legend (the profile keys them by core's English names)."""
        if name == ALL:
            return self.tr("All annotators")
        if name == MODEL:
            return self.tr("Local model (its own choices)")
        if name.startswith(GROUP_PREFIX):
            return self.tr("Group: {name}").format(name=name[len(GROUP_PREFIX):])
        return name

    def _draw(self, theory: str) -> None:
        if not self.series or self.value_map is None:
            return
        dimensions = self.value_map.dimensions_of(theory)
        count = len(self.series)
        height = 0.8 / count
        for index, (name, values) in enumerate(self.series.items()):
            # The first series on top within each dimension, as the legend lists them.
            offsets = [row + 0.4 - height * (index + 0.5) for row in range(len(dimensions))]
            widths = [values.get(dimension, 0.0) for dimension in dimensions]
            bars = pg.BarGraphItem(x0=0, y=offsets, width=widths, height=height * 0.9,
                                   brush=COLOURS[index % len(COLOURS)], pen=None,
                                   name=self._series_name(name))
            self.plot.addItem(bars)  # named: the legend lists it
        axis = self.plot.getAxis("left")
        axis.setTextPen("#1d2a3a")
        axis.setTicks([[(row, dimension) for row, dimension in enumerate(dimensions)]])
        self.plot.addItem(pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen("#8a96a3")))
        self.plot.setYRange(-0.6, len(dimensions) - 0.4)
