"""The Moral graph page: values, wiser-than votes and their ranking."""

from __future__ import annotations

from desktop.ui.area_page import PlannedAreaPage


class GraphPage(PlannedAreaPage):
    title = "Moral graph"
    summary = ("Values are nodes, wiser-than votes are edges. Watch the graph grow, rank it "
               "and export it for analysis.")
    planned = (
        "Deduplicated values and wiser-than voting on upgrade stories",
        "MGE-compatible PageRank and a Bradley-Terry ranking with confidence intervals",
        "A time slider that replays how the graph grew",
    )
