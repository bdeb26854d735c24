"""The Labelling page: label items with the keyboard, set up items and annotators, review
disagreements, and see value profiles. Everything here works with no model loaded."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QTabWidget, QWidget

from desktop.core import paths
from desktop.services.labelling import LabellingSettings, dilemma_values, labelling_settings
from desktop.store import Study
from desktop.ui.labelling.labelling_setup_panel import LabellingSetupPanel
from desktop.ui.labelling.labelling_suggester import SuggestionFetcher
from desktop.ui.labelling.labelling_view import LabellingView
from desktop.ui.labelling.review_view import ReviewView
from desktop.ui.labelling.value_profile_view import ValueProfileView
from desktop.ui.shell.area_page import AreaPage
from desktop.ui.shell.llm_service import LlmService


class LabellingPage(AreaPage):
    title = QT_TRANSLATE_NOOP("LabellingPage", "Labelling")
    summary = QT_TRANSLATE_NOOP("LabellingPage", "Label moral dilemmas and the valence of values "
                                "with the keyboard alone. Each label is saved the moment you "
                                "press Enter.")

    def __init__(self, service: LlmService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.heading.setText(self.tr(self.title))
        self.explanation.setText(self.tr(self.summary))
        self.study: Study | None = None
        self.fetcher = SuggestionFetcher(service, self)
        self.view = LabellingView(self.fetcher)
        self.setup = LabellingSetupPanel()
        self.review = ReviewView()
        self.profiles = ValueProfileView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.view, self.tr("Label"))
        self.tabs.addTab(self.setup, self.tr("Items and annotators"))
        self.tabs.addTab(self.review, self.tr("Review and agreement"))
        self.tabs.addTab(self.profiles, self.tr("Value profiles"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.body.addWidget(self.tabs)
        self.setup.study_changed.connect(self._on_study_changed)
        self.view.annotators_changed.connect(lambda: self.setup.refresh())

    def show_study(self, study: Study | None) -> None:
        self.study = study
        self.fetcher.set_study(study, known_values(study) if study else [])
        self.setup.set_study(study)
        self._show_view()
        self._on_tab_changed(self.tabs.currentIndex())

    def _show_view(self) -> None:
        study = self.study
        settings = labelling_settings(study) if study else LabellingSettings()
        self.view.set_study(study, settings, known_values(study) if study else [])

    def _on_study_changed(self) -> None:
        if self.study is not None:
            self.fetcher.set_study(self.study, known_values(self.study))
        self._show_view()

    def _on_tab_changed(self, index: int) -> None:
        # Review and profiles are computed when shown, never on each label.
        widget = self.tabs.widget(index)
        if widget is self.view:
            self.view.setFocus()
        elif widget is self.review:
            self.review.set_study(self.study)
            self.review.disputed.setFocus()
        elif widget is self.profiles:
            self.profiles.set_study(self.study)


def known_values(study: Study) -> list[str]:
    """Value names to offer: the study's dilemmas' own, then DailyDilemmas' 301 values."""
    from desktop.core.value_profiles import load_value_map

    listed = dilemma_values(study)
    mapped = list(load_value_map(paths.resource("values", "values.csv")).dimensions)
    seen = {name.casefold() for name in listed}
    return listed + [name for name in mapped if name not in seen]
