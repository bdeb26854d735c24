"""The interview's stages and progress as the interface names them, in the interface's language
(the protocol in desktop.core keeps its English names for logs and exports)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.interview.protocol import Stage, Transcript, stage_of


def stage_title(stage: Stage) -> str:
    """The stage's name as the stage indicator and the list of interviews show it."""
    titles = {
        Stage.CONSENT: QCoreApplication.translate("StageNames", "Consent"),
        Stage.CONVERSATION: QCoreApplication.translate("StageNames", "Conversation"),
        Stage.CARD: QCoreApplication.translate("StageNames", "Your card"),
        Stage.VOTING: QCoreApplication.translate("StageNames", "Voting"),
        Stage.SURVEY: QCoreApplication.translate("StageNames", "Last questions"),
        Stage.DONE: QCoreApplication.translate("StageNames", "Done"),
    }
    return titles[stage]


def stage_detail(t: Transcript) -> str:
    """Where the conversation is (as `stage_progress` says it), e.g. 'question 2 of 4'."""
    if stage_of(t) != Stage.CONVERSATION:
        return ""
    asked = min(t.questions_asked, t.follow_ups)
    if not asked:
        return QCoreApplication.translate("StageNames", "opening question")
    return QCoreApplication.translate("StageNames", "question {asked} of {total}").format(
        asked=asked, total=t.follow_ups)


def about_you() -> str:
    """The detail of the consent stage while the demographic questions are shown."""
    return QCoreApplication.translate("StageNames", "about you")
