"""The card of the value under the pointer or last clicked: text, rank, votes and stories."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QWidget


class GraphDetailsPanel(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("graphDetails")
        self.setOpenLinks(False)
        self.value_id = ""
        self.show_placeholder()

    def show_card(self, value_id: str, html: str) -> None:
        """`html` must be built with every piece of user text escaped (see graph_card)."""
        self.value_id = value_id
        self.setHtml(html)

    def show_placeholder(self, text: str = "") -> None:
        """`text`, or by default how to get a value's card."""
        self.value_id = ""
        self.setPlainText(text or self.tr(
            "Point at a value to see its card; click it to keep it here. Larger discs rank "
            "higher; arrows point to the value people judged wiser."))
