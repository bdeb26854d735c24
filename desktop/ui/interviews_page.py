"""The Interviews page: Moral Graph Elicitation interviews with the local model."""

from __future__ import annotations

from desktop.ui.area_page import PlannedAreaPage


class InterviewsPage(PlannedAreaPage):
    title = "Interviews"
    summary = ("Interview a participant about one question: the local model asks, the "
               "participant answers, and their answers become a values card they confirm.")
    planned = (
        "Consent, then the question and a conversation with the local model",
        "A values card drafted from the transcript, edited and confirmed by the participant",
        "Kiosk mode for a participant alone at the keyboard",
    )

    def describe_counts(self, counts: dict[str, int]) -> str:
        return (f"This study has {counts.get('questions', 0)} question(s) ready to ask. "
                "Meanwhile, try the local model in the panel on the right (Ctrl+T).")
