"""The Labelling page: dilemmas and value valence, keyboard-first."""

from __future__ import annotations

from desktop.ui.area_page import PlannedAreaPage


class LabellingPage(PlannedAreaPage):
    title = "Labelling"
    summary = ("Label moral dilemmas and the valence of values (supports / opposes / either), "
               "with the keyboard alone, optional model suggestions and agreement figures.")
    planned = (
        "Import DailyDilemmas and ValuePrism files without a mapping step",
        "A queue per annotator, number keys for every choice, undo and progress",
        "Krippendorff's alpha, Cohen's kappa and adjudication of disagreements",
    )

    def describe_counts(self, counts: dict[str, int]) -> str:
        people = counts.get("people", 0)
        return f"This study has {people} person(s) registered."
