"""A row of numbered entries (values, parties) the annotator ticks with the number keys.

Drawn as one rich-text label: updating it is a single setText, fast enough for every keypress.
Entries can also be clicked; suggested ones are marked so a suggestion never looks chosen.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

MAX_NUMBERED = 9  # keys 1-9; later entries are still shown and clickable

_CHOSEN = "background:#2f6db5; color:white; border-radius:4px;"
_SUGGESTED = "background:#fff4d6; color:#6b4e00; border-radius:4px;"
_PLAIN = "background:#eef1f4; color:#1d2a3a; border-radius:4px;"


class ChipsPanel(QWidget):
    """Entries with a number each; `selected()` are the ticked ones, in the order shown."""

    entry_toggled = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.entries: list[str] = []
        self.chosen: set[str] = set()
        self.suggested: set[str] = set()
        self.active = False
        self.heading = QLabel()
        self.chips = QLabel()
        self.chips.setWordWrap(True)
        self.chips.setTextFormat(Qt.TextFormat.RichText)
        self.chips.linkActivated.connect(self._on_link_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.chips)
        self._render()

    def set_entries(self, entries: Sequence[str], chosen: Sequence[str] = (),
                    suggested: Sequence[str] = ()) -> None:
        self.entries = _unique([*entries, *chosen, *suggested])
        self.chosen = {e.casefold() for e in chosen}
        self.suggested = {e.casefold() for e in suggested}
        self._render()

    def selected(self) -> tuple[str, ...]:
        return tuple(e for e in self.entries if e.casefold() in self.chosen)

    def toggle_number(self, number: int) -> bool:
        """Tick or untick the entry with this number; False if there is none."""
        if not 1 <= number <= min(len(self.entries), MAX_NUMBERED):
            return False
        self.toggle(self.entries[number - 1])
        return True

    def toggle(self, entry: str) -> None:
        key = entry.casefold()
        if key not in {e.casefold() for e in self.entries}:
            self.entries.append(entry)
        self.chosen.symmetric_difference_update({key})
        self._render()
        self.entry_toggled.emit(entry)

    def choose(self, entries: Sequence[str]) -> None:
        """Tick exactly these (adding any not listed yet)."""
        self.set_entries(self.entries, entries, sorted(self.suggested))

    def set_active(self, active: bool) -> None:
        self.active = active
        self._render()

    def _render(self) -> None:
        forward = "◀ " if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "▶ "
        marker = forward if self.active else ""  # points at the heading in either direction
        colour = "#2f6db5" if self.active else "#4a5866"
        self.heading.setText(f"<span style='color:{colour}; font-weight:600'>"
                             f"{marker}{html.escape(self.title)}</span>")
        chips = [self._chip(number, entry) for number, entry in enumerate(self.entries, 1)]
        empty = "<span style='color:#8a96a3'>{}</span>".format(
            html.escape(self.tr("none listed — press N to add one")))
        self.chips.setText(" &nbsp;".join(chips) if chips else empty)

    def _chip(self, number: int, entry: str) -> str:
        key = entry.casefold()
        style = _CHOSEN if key in self.chosen else (
            _SUGGESTED if key in self.suggested else _PLAIN)
        tick = "✓&nbsp;" if key in self.chosen else ("☆&nbsp;" if key in self.suggested else "")
        label = f"{number}&nbsp;" if number <= MAX_NUMBERED else ""
        text = html.escape(entry, quote=False).replace(" ", "&nbsp;")  # a chip never breaks
        return (f"<a href='{number}' style='text-decoration:none'><span style='{style}'>"
                f"&nbsp;<b>{label}</b>{tick}{text}&nbsp;</span></a>")

    def _on_link_activated(self, link: str) -> None:
        self.toggle(self.entries[int(link) - 1])


def _unique(entries: Sequence[str]) -> list[str]:
    seen: dict[str, str] = {}
    for entry in entries:
        if entry.strip():
            seen.setdefault(entry.casefold(), entry)
    return list(seen.values())
