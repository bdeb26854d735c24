"""The kiosk speaks the participant's language: a Spanish or Arabic question's interview shows
its consent, buttons, stages, card and survey in that language only (Arabic right to left), and
leaving the kiosk gives the researcher their own language back."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import paths
from desktop.core.interview.languages import load_language
from desktop.core.settings import Settings
from desktop.llm.protocol import LoadSettings
from desktop.store import create_study
from desktop.store.interviews import list_interviews
from desktop.store.questions import add_question
from desktop.ui.shell import translations
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.shell.main_window import MainWindow
from tests.support.fakes import fake_loader
from tests.support.interview_fakes import ScriptedInterviewer

QUESTIONS = {"es": "¿Cómo debería responder un asistente a alguien que duda si dejar su trabajo?",
             "ar": "كيف ينبغي أن يجيب المساعد شخصًا يتردد في ترك عمله؟"}
ANSWERS = {"es": ("Debería escuchar sin juzgar y preguntar qué le preocupa de verdad.",
                  "Cuando dejé mi trabajo, mi madre me escuchó con paciencia.",
                  "Me fijé en que nadie me daba prisa para decidir.",
                  "Me importó porque la decisión era mía y nadie más la podía tomar.",
                  "Una persona sabia notaría el miedo detrás de las dudas."),
           "ar": ("يجب أن يستمع دون أن يحكم ويسأل عمّا يقلقه حقًا.",
                  "عندما تركت عملي، استمعت إليّ أمي بصبر.",
                  "لاحظت أن أحدًا لم يستعجلني في القرار.",
                  "كان ذلك مهمًا لأن القرار قراري وحدي.",
                  "الشخص الحكيم يلاحظ الخوف وراء التردد.")}
CARDS = {"es": {"title": "Escuchar con paciencia", "description": "Me importa que me escuchen.",
                "policies": [], "context": "Cuando alguien duda"},
         "ar": {"title": "الاستماع بصبر", "description": "يهمني أن يستمع إليّ أحد.",
                "policies": [], "context": "عندما يتردد أحد"}}
SCREENS = Path(__file__).resolve().parents[3] / "docs" / "screens"


def english_sources() -> set[str]:
    """Every interface text of the interviews area (and its widgets) as written in English,
    less those that read the same in every language (a '—', a number)."""
    found = set()
    for area in ("interviews", "widgets", "values"):
        tree = ElementTree.parse(paths.resource("translations", f"{area}_es.ts"))
        for message in tree.iter("message"):
            source, translation = message.findtext("source"), message.findtext("translation")
            if source and translation and source != translation and "{" not in source:
                found.add(source)
    return found


def save_screen(qtbot: QtBot, window: QWidget, name: str) -> None:
    """MGS_SCREENS=1: the kiosk as a 1366x768 laptop shows it, under docs/screens."""
    if not os.environ.get("MGS_SCREENS"):
        return
    window.setWindowState(Qt.WindowState.WindowNoState)  # the offscreen "screen" is smaller
    window.resize(1366, 768)
    qtbot.wait(50)
    window.grab().save(str(SCREENS / name))


def visible_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in root.findChildren(QWidget):
        if widget.isVisible() and isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text().replace("&", ""))
    return [t for t in texts if t]


@pytest.fixture(params=["es", "ar"])
def kiosk(request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path):  # type: ignore[no-untyped-def]
    language = request.param
    model = ScriptedInterviewer()
    model.card = dict(CARDS[language])
    service = LlmService(loader=fake_loader(model))  # type: ignore[arg-type]
    main = MainWindow(Settings(), service)
    study = create_study(tmp_path / "kiosk.mgstudy", "Kiosk")
    add_question(study, QUESTIONS[language])
    main.set_study(study)
    main.show()
    with qtbot.waitSignal(service.model_loaded):
        service.load(Path("fake.gguf"), LoadSettings())
    yield main, language, study
    if main.kiosk_page is not None:
        main.kiosk_page.leave_kiosk()
    main.close()
    main.deleteLater()
    service.shutdown()
    translations.remove_language()


def test_the_kiosk_shows_only_the_participants_language(qtbot: QtBot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window, language, study = kiosk
    page = window.interviews
    prompts = load_language(language).prompts
    english = english_sources()
    assert page.enter_kiosk("2468")
    panel = page.panel
    assert translations.current().language == language
    rtl = Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    assert window.layoutDirection() == rtl and panel.pages.layoutDirection() == rtl
    assert panel.consent.text.toPlainText() == prompts.consent_text
    assert not set(visible_texts(window)) & english
    qtbot.mouseClick(panel.consent.agree_button, Qt.MouseButton.LeftButton)
    for answer in ANSWERS[language]:
        qtbot.waitUntil(lambda: panel.answer.send_button.isEnabled(), timeout=10_000)
        assert not set(visible_texts(window)) & english
        panel.answer.edit.setPlainText(answer)
        qtbot.keyClick(panel.answer.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.card_editor.isVisible()
                    and panel.card_editor.confirm_button.isEnabled(), timeout=10_000)
    assert [label.text() for label in panel.card_editor.field_labels.values()] == list(
        prompts.card_fields.values())
    assert all(line.text().split()[0] in prompts.card_frames["nouns"]
               for line in panel.card_editor.policies if line.text())
    assert not set(visible_texts(window)) & english
    save_screen(qtbot, window, f"kiosk_{language}.png")
    panel.card_editor.confirm_button.click()
    qtbot.waitUntil(lambda: panel.pages.currentWidget() is panel.survey, timeout=10_000)
    shown = visible_texts(panel.survey)
    assert all(any(item.text in text for text in shown) for item in prompts.survey)
    assert not set(visible_texts(window)) & english
    info = list_interviews(study)[0]
    assert info.language == language and info.source == "kiosk"


def test_leaving_the_kiosk_gives_the_researcher_their_language_back(
        qtbot: QtBot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window, language, _study = kiosk
    page = window.interviews
    assert page.enter_kiosk("2468")
    assert page.panel.consent.agree_button.text() != "I agree"
    page.leave_kiosk()
    assert translations.current().language == "en"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert page.panel.consent.agree_button.text() == "I agree"
    assert page.leave_kiosk_button.text() == "Researcher…"
    page.start_interview()  # outside the kiosk: the interface's words, the participant's texts
    assert page.panel.consent.agree_button.text() == "I agree"
    assert page.panel.consent.text.toPlainText() == load_language(language).prompts.consent_text
