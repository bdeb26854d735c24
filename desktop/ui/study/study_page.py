"""The Study page: what this study file is, and how its interviews are set up (questions,
demographic fields, number of follow-ups, the interview texts in use)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
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
from desktop.ui.widgets.bidi import isolate
from desktop.ui.widgets.fit import ElidedLabel, breakable, narrow_combo

# The prompts hash as shown: 8 hex digits tell versions apart and, unlike 12, never outgrow the
# narrowest Interview settings tab (1280x720 at 200 % text).
HASH_SHOWN = 8

_TABLE_NAMES = {"people": QT_TRANSLATE_NOOP("StudyPage", "People"),
                "questions": QT_TRANSLATE_NOOP("StudyPage", "Questions"),
                "devices": QT_TRANSLATE_NOOP("StudyPage", "Devices"),
                "study": QT_TRANSLATE_NOOP("StudyPage", "Study record"),
                "interviews": QT_TRANSLATE_NOOP("StudyPage", "Interviews"),
                "messages": QT_TRANSLATE_NOOP("StudyPage", "Messages"),
                "card_versions": QT_TRANSLATE_NOOP("StudyPage", "Card versions")}


class StudyPage(AreaPage):
    title = QT_TRANSLATE_NOOP("StudyPage", "Study")
    summary = QT_TRANSLATE_NOOP("StudyPage", "Everything of this study lives in one file on this "
                                "computer; every change is saved the moment it is made. There is "
                                "no Save button to forget.")

    def __init__(self, service: LlmService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.study: Study | None = None
        facts = QGroupBox(self.tr("This study"))
        self.facts = QFormLayout(facts)
        self.name, self.created = QLabel(), QLabel()
        self.path = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)  # a path does not wrap
        self.counts = QLabel()
        for label in (self.name, self.path, self.created, self.counts):
            label.setTextInteractionFlags(label.textInteractionFlags()
                                          | label.textInteractionFlags().TextSelectableByMouse)
            label.setWordWrap(True)
        self.facts.addRow(self.tr("Name"), self.name)
        self.facts.addRow(self.tr("File"), self.path)
        self.facts.addRow(self.tr("Created"), self.created)
        self.facts.addRow(self.tr("Contents"), self.counts)
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
        self.votes_after_card.setSpecialValueText(self.tr("none: straight to the last "
                                                          "questions"))
        self.question_style = narrow_combo(QComboBox(), 24)  # the list shows whole texts
        self.question_style.setObjectName("questionStyle")
        self.question_style.addItem(self.tr("guided: built from the participant's own phrases"),
                                    "guided")
        self.question_style.addItem(self.tr("free: written by the model (for a larger model)"),
                                    "free")
        self.texts = QLabel()
        self.texts.setWordWrap(True)
        self.settings_status = QLabel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.questions, self.tr("Questions (contexts)"))
        self.tabs.addTab(self.demographics, self.tr("Demographic fields"))
        self.tabs.addTab(self.survey, self.tr("Closing survey"))
        self.tabs.addTab(self._settings_tab(), self.tr("Interview settings"))
        self.body.addWidget(self.tabs, 1)
        self.follow_ups.valueChanged.connect(self._on_settings_changed)
        self.votes_after_card.valueChanged.connect(self._on_settings_changed)
        self.question_style.currentIndexChanged.connect(self._on_settings_changed)

    def _settings_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Follow-up questions per interview"), self.follow_ups)
        form.addRow(self.tr("Wiser-than questions after the card"), self.votes_after_card)
        form.addRow(self.tr("Question style"), self.question_style)
        form.addRow(self.tr("Interview texts"), self.texts)
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
        self.name.setText(isolate(meta.name))
        self.path.setText(isolate(study.path, left_to_right=True))
        self.created.setText(self.tr("{time} UTC with version {version}").format(
            time=meta.created_at[:16].replace("T", " "), version=meta.created_by_version))
        counts = study.table_counts()
        self.counts.setText(self.tr(", ").join(f"{self.tr(_TABLE_NAMES[t])}: {n}"
                                      for t, n in counts.items()
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
            return self.tr("The interview texts cannot be used: {problem}").format(problem=error)
        return self.tr("Consent text version {version}; prompts hash {hash}… Edit the files in "
                       "{folder} to change the wording; every interview records the hash and "
                       "keeps the texts it used.").format(
            version=prompts.consent_version, hash=prompts.sha256[:HASH_SHOWN],
            folder=isolate(breakable(default_prompt_dir()), left_to_right=True))

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
        self.settings_status.setText(self._saved_text(settings))

    def _saved_text(self, settings: InterviewSettings) -> str:
        said = (self.tr("Saved: new interviews ask {follow_ups} follow-up question(s), then up "
                        "to {votes} wiser-than question(s) after the card (when there are "
                        "approved upgrade stories), with guided questions.")
                if settings.question_style == "guided" else
                self.tr("Saved: new interviews ask {follow_ups} follow-up question(s), then up "
                        "to {votes} wiser-than question(s) after the card (when there are "
                        "approved upgrade stories), with free questions."))
        return said.format(follow_ups=settings.follow_ups, votes=settings.votes_after_card)


def _model_question_style() -> QuestionStyle:
    """Guided for a small chosen model (the default), free for a larger one."""
    try:
        return default_question_style(resolve_model_path(load_settings().model_path))
    except ModelLoadError:
        return "guided"
