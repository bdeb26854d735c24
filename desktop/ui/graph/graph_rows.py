"""The graph view's rows laid out for showing: a replay of the votes and the selected frame
(the rows themselves are read by desktop.services.graph)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.graph import GraphRows, Group
from desktop.ui.graph.graph_replay import Frame, GraphReplay


@dataclass(frozen=True)
class Loaded:
    """A study's rows and their replay, laid out and showing its last step."""

    rows: GraphRows
    replay: GraphReplay
    frame: Frame


def group_label(group: Group | None) -> str | None:
    return None if group is None else f"{group[0]}: {group[1]}"


def prepare(rows: GraphRows, context: str | None, group: Group | None,
            bridging_field: str | None = None) -> Loaded:
    """Lay out every voted value and select the filter (slow on big graphs: a worker's job)."""
    replay = GraphReplay(rows.votes)
    replay.relayout()
    if bridging_field in rows.groups:
        replay.bridge(bridging_field, rows.groups[bridging_field])
    known = context if context is None or context in rows.contexts() else None
    frame = replay.select(known, group_label(group), rows.participants(group))
    return Loaded(rows, replay, frame)
