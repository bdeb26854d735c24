"""The study lead's review: agreement figures, the items annotators disagree on, adjudication.

Keys in the list of disputed items: Up/Down move, 1-9 take that annotator's label as the final
one, Enter saves it and moves to the next item. Every adjudication is a new row (history stays).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formats.items import Dilemma, ValenceItem
from desktop.core.labelling import Answer, DilemmaAnswer, ValenceAnswer
from desktop.core.review import differing_fields
from desktop.services.agreement import (
    adjudicate,
    agreement_report,
    annotator_codes,
    current_adjudications,
    disputed_items,
    load_item,
    study_answers,
    study_lead,
)
from desktop.services.label_export import export_labels
from desktop.store import Study, StudyError
from desktop.ui.labelling.labelling_valence_panel import valence_word
from desktop.ui.widgets.fit import accessible, wrap

COLUMNS = (QT_TRANSLATE_NOOP("ReviewView", "Kind"), QT_TRANSLATE_NOOP("ReviewView", "Field"),
           QT_TRANSLATE_NOOP("ReviewView", "Alpha"), QT_TRANSLATE_NOOP("ReviewView", "Agreement"),
           QT_TRANSLATE_NOOP("ReviewView", "Items"), QT_TRANSLATE_NOOP("ReviewView", "By 2+"),
           QT_TRANSLATE_NOOP("ReviewView", "Disagree"))
translate = QCoreApplication.translate


def describe(answer: Answer) -> str:
    """An answer in a few words, for reading side by side."""
    if isinstance(answer, ValenceAnswer):
        if answer.relevant is None:
            return "—"
        word = valence_word(answer.relevant, answer.valence)
        return word + (f" — “{answer.explanation}”" if answer.explanation else "")
    assert isinstance(answer, DilemmaAnswer)
    choice = {"a": "A", "b": "B", "undecided": translate("ReviewView", "can't decide")}.get(
        answer.choice, "—")
    parts = [f"<b>{choice}</b>",
             translate("ReviewView", "values A: {values}").format(values=_listed(answer.values_a)),
             translate("ReviewView", "values B: {values}").format(values=_listed(answer.values_b)),
             translate("ReviewView", "parties: {parties}").format(parties=_listed(answer.parties))]
    return " · ".join(parts)


def _listed(entries: Sequence[str]) -> str:
    return html.escape(", ".join(entries)) or "—"


class ReviewView(QWidget):
    item_adjudicated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.study: Study | None = None
        self.answers: dict[str, dict[str, Answer]] = {}
        self.adjudicated: dict[str, Answer] = {}
        self.codes: dict[str, str] = {}
        self.picked: Answer | None = None
        self.figures = QTableWidget(0, len(COLUMNS))
        accessible(self.figures, self.tr("Agreement figures"))
        self.figures.setHorizontalHeaderLabels([self.tr(name) for name in COLUMNS])
        self.figures.verticalHeader().setVisible(False)
        self.figures.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.figures.setMaximumHeight(190)
        self.extra = QLabel()
        self.extra.setWordWrap(True)
        self.disputed = QListWidget()
        self.disputed.setObjectName("disputedItems")
        accessible(self.disputed, self.tr("Items the annotators disagree on"))
        self.disputed.currentRowChanged.connect(self._on_row_changed)
        self.disputed.installEventFilter(self)
        self.detail = QLabel()
        self.detail.setObjectName("adjudicationDetail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self._build()

    def _build(self) -> None:
        refresh, export = QPushButton(self.tr("Refresh")), QPushButton(self.tr("Export labels…"))
        refresh.clicked.connect(self.refresh)
        export.clicked.connect(self.choose_export_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(wrap(QLabel(self.tr("<b>Agreement</b> (current labels; alpha is "
                                              "Krippendorff's, nominal)"))), 1)
        buttons.addWidget(refresh)
        buttons.addWidget(export)
        split = QSplitter()
        # Right-to-left, Qt places a splitter's first widget 1 px past its edge.
        split.setContentsMargins(0, 0, 1, 0)
        split.addWidget(self.disputed)
        split.addWidget(self.detail)
        split.setSizes([330, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.figures)
        layout.addWidget(self.extra)
        layout.addWidget(wrap(QLabel(self.tr("<b>Items annotators disagree on</b> — 1-9 takes "
                                             "that annotator's label, Enter saves it as the "
                                             "final label"))))
        layout.addWidget(split, 1)

    def set_study(self, study: Study | None) -> None:
        self.study = study
        self.refresh()

    def refresh(self) -> None:
        self.disputed.clear()
        self.figures.setRowCount(0)
        if self.study is None:
            return
        self.codes = annotator_codes(self.study)
        self.answers = {item: dict(sorted(by.items(), key=lambda pair: self.codes.get(pair[0], "")))
                        for item, by in study_answers(self.study).items()}
        self.adjudicated = {k: v.answer for k, v in current_adjudications(self.study).items()}
        self._show_figures(agreement_report(self.study))
        for item_id in disputed_items(self.study, self.answers):
            item = load_item(self.study, item_id)
            if item is None:
                continue
            mark = "✓ " if item_id in self.adjudicated else "• "
            entry = QListWidgetItem(mark + self._own(_short(item.situation, item.content)))
            entry.setData(Qt.ItemDataRole.UserRole, item_id)
            self.disputed.addItem(entry)
        self.disputed.setCurrentRow(0)
        if not self.disputed.count():
            self.detail.setText(self.tr("No disagreements to review."))

    def _own(self, text: str) -> str:
        """An item's words in their own direction inside a right-to-left list."""
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return f"\u2068{text}\u2069"
        return text

    def _show_figures(self, figures: dict[str, Any]) -> None:
        rows = [(kind, field, row) for kind, report in figures["kinds"].items()
                for field, row in report["fields"].items()]
        self.figures.setRowCount(len(rows))
        for number, (kind, field, row) in enumerate(rows):
            cells = (kind, field, _num(row["alpha"]), _num(row["percent_agreement"]),
                     str(row["n_items"]), str(row["n_pairable_items"]),
                     str(row["n_disagreements"]))
            for column, text in enumerate(cells):
                self.figures.setItem(number, column, QTableWidgetItem(text))
        self.extra.setText(_extra(figures))

    def _on_row_changed(self, row: int) -> None:
        self.picked = None
        self._show_detail()

    def _current_item(self) -> str | None:
        entry = self.disputed.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry else None

    def _show_detail(self) -> None:
        item_id = self._current_item()
        if item_id is None or self.study is None:
            return
        item = load_item(self.study, item_id)
        by = self.answers.get(item_id, {})
        if item is None:
            return
        full = html.escape(_full(item.content), quote=False).replace("\n", "<br>")
        lines = [f"<p style='font-size:12pt'>{full}</p>",
                 "<p>{}</p>".format(self.tr("They differ on: <b>{fields}</b>").format(
                     fields=", ".join(differing_fields(list(by.values())))))]
        for number, (who, answer) in enumerate(by.items(), start=1):
            style = "background:#f1f6fc;" if answer == self.picked else ""
            lines.append(f"<p style='{style}'><b>{number}</b> &nbsp;{self.codes.get(who, who)}:"
                         f" {describe(answer)}</p>")
        final = self.adjudicated.get(item_id)
        if final is not None:
            lines.append("<p>{}</p>".format(self.tr("<i>Final label now:</i> {label}").format(
                label=describe(final))))
        if self.picked is not None:
            lines.append("<p>{}</p>".format(self.tr("<b>Enter</b> saves the highlighted label as "
                                                    "the final one.")))
        self.detail.setText("".join(lines))

    def pick(self, number: int) -> bool:
        by = list(self.answers.get(self._current_item() or "", {}).values())
        if not 1 <= number <= len(by):
            return False
        self.picked = by[number - 1]
        self._show_detail()
        return True

    def save_pick(self) -> None:
        item_id = self._current_item()
        if item_id is None or self.picked is None or self.study is None:
            return
        try:
            adjudicate(self.study, item_id, self.picked, study_lead(self.study))
        except (StudyError, ValueError) as error:
            self.detail.setText("<span style='color:#b00020'>{}</span>".format(
                self.tr("Not saved: {error}").format(error=error)))
            return
        self.adjudicated[item_id] = self.picked
        row = self.disputed.currentRow()
        self.disputed.currentItem().setText("✓ " + self.disputed.currentItem().text()[2:])
        self.item_adjudicated.emit(item_id)
        self.disputed.setCurrentRow(min(row + 1, self.disputed.count() - 1))
        self.picked = None
        self._show_detail()

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802
        if watched is self.disputed and isinstance(event, QKeyEvent) and (
                event.type() == QKeyEvent.Type.KeyPress):
            key = event.key()
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
                return self.pick(key - Qt.Key.Key_0)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.save_pick()
                return True
        return False

    def choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export labels into"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> list[Path]:
        if self.study is None:
            return []
        written = [*export_labels(self.study, "jsonl", folder),
                   *export_labels(self.study, "csv", folder)]
        self.extra.setText(self.tr("Exported {count} files to {folder}.").format(
            count=len(written), folder=folder))
        return written


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _short(situation: str, content: Dilemma | ValenceItem) -> str:
    head = situation if len(situation) < 70 else situation[:67] + "…"
    return f"{content.text}: {head}" if isinstance(content, ValenceItem) else head


def _full(content: Dilemma | ValenceItem) -> str:
    if isinstance(content, Dilemma):
        return f"{content.situation}\nA: {content.action_a}   B: {content.action_b}"
    return f"{content.situation}\n{content.kind.upper()}: {content.text}"


def _extra(figures: dict[str, Any]) -> str:
    """Pairwise kappa, the model's agreement and how often suggestions were kept, in a line."""
    parts = []
    for kind, report in figures["kinds"].items():
        shown = report["suggestions"]
        if shown["labels_with_suggestion"]:
            parts.append(translate("ReviewView", "{kind}: suggestions kept {kept} of {shown}")
                         .format(kind=kind, kept=shown["accepted"],
                                 shown=shown["labels_with_suggestion"]))
        for field, row in report.get("model", {}).get("fields", {}).items():
            vs = row["vs_majority"]
            if vs["n_items"]:
                parts.append(translate("ReviewView", "model vs majority on {field}: kappa "
                                       "{kappa} ({count} items)").format(
                    field=field, kappa=_num(vs["kappa"]), count=vs["n_items"]))
        for field, row in report["fields"].items():
            parts.extend(f"κ {field} {p['annotator_a']}–{p['annotator_b']}: {_num(p['kappa'])}"
                         for p in row["pairwise_kappa"][:3])
    return " · ".join(parts) or translate("ReviewView", "No labels by two or more annotators "
                                          "yet.")
