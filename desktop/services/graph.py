"""What the moral graph view reads from a study: values, votes, stories shown, participant
groups and the questions' texts, read in one go (on a background job's own connection)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from desktop.core.graph.values import Value
from desktop.core.graph.votes import Vote
from desktop.store import Study
from desktop.store.graph import Story, list_stories, list_values, load_votes, participant_groups
from desktop.store.questions import list_questions

__all__ = ["GraphRows", "Group", "Story", "read_graph_rows"]

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


def read_graph_rows(study: Study) -> GraphRows:
    """Everything the view shows, read on a job's own connection (SQLite connections stay on
    the thread that made them)."""
    stories = [s for s in list_stories(study) if s.status != "dropped"]
    return GraphRows(list_values(study), load_votes(study), stories, participant_groups(study),
                     {question.id: question.text for question in list_questions(study)})
