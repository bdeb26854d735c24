"""The study's closing survey: the MGE defaults, or the study's own items from a JSON file."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.interview.prompts import PromptError, load_prompts
from desktop.core.interview.survey import survey_items
from desktop.services.study_setup import set_study_survey, study_survey
from desktop.store import Study, StudyError
from desktop.ui.widgets.bidi import isolate
from desktop.ui.widgets.fit import FlowLayout, accessible, wrap_items

FORMAT = QT_TRANSLATE_NOOP("SurveyItemsPanel", 'A JSON list like [{"key": "clarified", "kind": '
                           '"scale", "text": "Did this help you?", "low": "not at all", "high": '
                           '"very much"}, {"key": "comment", "kind": "text", "text": "Anything '
                           'to add?"}]. Scales run from 1 to 5.')


class SurveyItemsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.study: Study | None = None
        self.list = QListWidget()
        self.list.setObjectName("surveyItems")
        wrap_items(self.list)
        accessible(self.list, self.tr("Closing survey items"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        load = QPushButton(self.tr("Load from a JSON file…"))
        defaults = QPushButton(self.tr("Use the default survey"))
        load.clicked.connect(self.choose_file)
        defaults.clicked.connect(self.use_defaults)
        row = FlowLayout()  # wraps where the two buttons do not fit side by side
        row.addWidget(load)
        row.addWidget(defaults)
        help_text = QLabel(self.tr(FORMAT))
        help_text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(help_text)
        layout.addWidget(self.status)

    def show_study(self, study: Study | None) -> None:
        self.study = study
        self.list.clear()
        if study is None:
            return
        try:
            items = study_survey(study, load_prompts())
        except PromptError as error:
            self.status.setText(str(error))
            return
        for item in items:
            self.list.addItem(self.tr("{item} (1 = {low} … 5 = {high})").format(
                item=isolate(item.text), low=isolate(item.low or "1"),
                high=isolate(item.high or "5"))
                if item.kind == "scale" else
                self.tr("{item} (free text)").format(item=isolate(item.text)))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Survey items"), "",
                                              self.tr("JSON (*.json)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        """All items or none; a bad file is named with its problem."""
        if self.study is None:
            return False
        try:
            items = survey_items(json.loads(path.read_text(encoding="utf-8")))
            if not items:
                raise ValueError(self.tr("the file lists no items."))
            set_study_survey(self.study, items)
        except (OSError, ValueError, AttributeError, StudyError) as error:
            self.status.setText(self.tr("{file}: {problem} The survey was not changed.").format(
                file=path.name, problem=error))
            return False
        self.status.setText(self.tr("The closing survey now has {count} item(s).").format(
            count=len(items)))
        self.show_study(self.study)
        return True

    def use_defaults(self) -> None:
        if self.study is not None:
            set_study_survey(self.study, ())
            self.status.setText(self.tr("The default survey (from the MGE paper) is used."))
            self.show_study(self.study)
