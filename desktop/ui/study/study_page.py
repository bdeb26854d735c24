"""The Study page: what this study file is, and how its interviews are set up (questions,
demographic fields, number of follow-ups, the interview texts in use)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from desktop.core.interview.prompts import PromptError, default_prompt_dir, load_prompts
from desktop.core.interview.protocol import (
    MAX_VOTES_AFTER_CARD,
    QUESTION_STYLES,
    InterviewSettings,
    QuestionStyle,
)
from desktop.core.settings import load_settings
from desktop.llm.catalogue import resolve_model_path
from desktop.llm.errors import ModelLoadError
from desktop.llm.model_class import default_question_style
from desktop.services.study_setup import interview_settings, save_interview_settings
from desktop.store import Study, StudyError
from desktop.ui.shell.area_page import AreaPage
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.study.demographic_fields_panel import DemographicFieldsPanel
from desktop.ui.study.questions_panel import QuestionsPanel
from desktop.ui.study.survey_items_panel import SurveyItemsPanel
from desktop.ui.widgets.fit import ElidedLabel

_TABLE_NAMES = {"people": "People", "questions": "Questions", "devices": "Devices",
                "study": "Study record", "interviews": "Interviews", "messages": "Messages",
                "card_versions": "Card versions"}


class StudyPage(AreaPage):
    title = "Study"
    summary = ("Everything of this study lives in one file on this computer; every change is "
               "saved the moment it is made. There is no Save button to forget.")

    def __init__(self, service: LlmService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.study: Study | None = None
        facts = QGroupBox("This study")
        self.facts = QFormLayout(facts)
        self.name, self.created = QLabel(), QLabel()
        self.path = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)  # a path does not wrap
        self.counts = QLabel()
        for label in (self.name, self.path, self.created, self.counts):
            label.setTextInteractionFlags(label.textInteractionFlags()
                                          | label.textInteractionFlags().TextSelectableByMouse)
            label.setWordWrap(True)
        self.facts.addRow("Name", self.name)
        self.facts.addRow("File", self.path)
        self.facts.addRow("Created", self.created)
        self.facts.addRow("Contents", self.counts)
        self.body.addWidget(facts)
        self.questions = QuestionsPanel()
        self.demographics = DemographicFieldsPanel()
        self.survey = SurveyItemsPanel()
        self.follow_ups = QSpinBox()
        self.follow_ups.setObjectName("followUps")
        self.follow_ups.setRange(1, 12)
        self.votes_after_card = QSpinBox()
        self.votes_after_card.setObjectName("votesAfterCard")
        self.votes_after_card.setRange(0, MAX_VOTES_AFTER_CARD)
        self.votes_after_card.setSpecialValueText("none: straight to the last questions")
        self.question_style = QComboBox()
        self.question_style.setObjectName("questionStyle")
        self.question_style.addItem("guided: built from the participant's own phrases",
                                    "guided")
        self.question_style.addItem("free: written by the model (for a larger model)", "free")
        self.texts = QLabel()
        self.texts.setWordWrap(True)
        self.settings_status = QLabel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.questions, "Questions (contexts)")
        self.tabs.addTab(self.demographics, "Demographic fields")
        self.tabs.addTab(self.survey, "Closing survey")
        self.tabs.addTab(self._settings_tab(), "Interview settings")
        self.body.addWidget(self.tabs, 1)
        self.follow_ups.valueChanged.connect(self._on_settings_changed)
        self.votes_after_card.valueChanged.connect(self._on_settings_changed)
        self.question_style.currentIndexChanged.connect(self._on_settings_changed)

    def _settings_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow("Follow-up questions per interview", self.follow_ups)
        form.addRow("Wiser-than questions after the card", self.votes_after_card)
        form.addRow("Question style", self.question_style)
        form.addRow("Interview texts", self.texts)
        form.addRow(self.settings_status)
        return tab

    def show_study(self, study: Study | None) -> None:
        self.study = None  # no settings are written while the page fills in
        self.questions.show_study(study)
        self.demographics.show_study(study)
        self.survey.show_study(study)
        if study is None:
            for label in (self.name, self.path, self.created, self.counts):
                label.setText("—")
            return
        meta = study.meta
        self.name.setText(meta.name)
        self.path.setText(str(study.path))
        self.created.setText(f"{meta.created_at[:16].replace('T', ' ')} UTC "
                             f"with version {meta.created_by_version}")
        counts = study.table_counts()
        self.counts.setText(", ".join(f"{_TABLE_NAMES.get(t, t)}: {n}" for t, n in counts.items()
                                      if t in _TABLE_NAMES and t != "study"))
        settings = interview_settings(study, _model_question_style())
        self.follow_ups.setValue(settings.follow_ups)
        self.votes_after_card.setValue(settings.votes_after_card)
        self.question_style.setCurrentIndex(QUESTION_STYLES.index(settings.question_style))
        self.texts.setText(self._describe_texts())
        self.study = study

    def _describe_texts(self) -> str:
        try:
            prompts = load_prompts()
        except PromptError as error:
            return f"The interview texts cannot be used: {error}"
        return (f"Consent text version {prompts.consent_version}; prompts hash "
                f"{prompts.sha256[:12]}… Edit the files in {default_prompt_dir()} to change "
                "the wording; every interview records the hash and keeps the texts it used.")

    def _on_settings_changed(self) -> None:
        if self.study is None:
            return
        settings = InterviewSettings(follow_ups=self.follow_ups.value(),
                                     votes_after_card=self.votes_after_card.value(),
                                     question_style=self.question_style.currentData())
        try:
            save_interview_settings(self.study, settings)
        except (ValueError, StudyError) as error:
            self.settings_status.setText(str(error))
            return
        self.settings_status.setText(
            f"Saved: new interviews ask {settings.follow_ups} follow-up question(s), then up "
            f"to {settings.votes_after_card} wiser-than question(s) after the card (when "
            f"there are approved upgrade stories), with {settings.question_style} questions.")


def _model_question_style() -> QuestionStyle:
    """Guided for a small chosen model (the default), free for a larger one."""
    try:
        return default_question_style(resolve_model_path(load_settings().model_path))
    except ModelLoadError:
        return "guided"
