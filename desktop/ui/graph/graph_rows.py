"""What the graph view reads from a study, read by a background job on its own connection."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from desktop.core.graph.values import Value
from desktop.core.graph.votes import Vote
from desktop.store import Study
from desktop.store.graph import Story, list_stories, list_values, load_votes, participant_groups
from desktop.store.questions import list_questions
from desktop.ui.graph.graph_replay import Frame, GraphReplay

Group = tuple[str, str]  # (demographic field, answer)


@dataclass(frozen=True)
class GraphRows:
    values: list[Value]
    votes: list[Vote]
    stories: list[Story] = field(default_factory=list)
    groups: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> person -> answer
    context_names: dict[str, str] = field(default_factory=dict)  # question id -> its text

    def contexts(self) -> dict[str, tuple[str, int]]:
        """Context id -> (a readable name, votes), most voted first."""
        counts = Counter(vote.context_id for vote in self.votes)
        return {context: (self.context_names.get(context, context), count)
                for context, count in counts.most_common()}

    def participants(self, group: Group | None) -> set[str] | None:
        """The people in a group; None (everyone) for no group."""
        if group is None:
            return None
        field_name, answer = group
        return {person for person, given in self.groups.get(field_name, {}).items()
                if given == answer}


@dataclass(frozen=True)
class Loaded:
    """A study's rows and their replay, laid out and showing its last step."""

    rows: GraphRows
    replay: GraphReplay
    frame: Frame


def read_graph_rows(study: Study) -> GraphRows:
    """Everything the view shows, read on a job's own connection (SQLite connections stay on
    the thread that made them)."""
    stories = [s for s in list_stories(study) if s.status != "dropped"]
    return GraphRows(list_values(study), load_votes(study), stories, participant_groups(study),
                     {question.id: question.text for question in list_questions(study)})


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
