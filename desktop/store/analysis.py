"""Who is in the analysis: one rule that every read for analysis, display or export uses.

A person whose latest consent record is a withdrawal is left out: their votes, confirmed cards,
demographic answers and labels stay in the file (the withdrawal is itself a record, and can be
reversed by consenting again) but no ranking, graph, value, suggestion, agreement figure or
export sees them. "Latest" is ordered by (created_at, device_id, id), so every copy of a
merged study agrees on it whichever way the merge ran.
"""

from __future__ import annotations

from desktop.store.study import Study

WITHDRAWN_PEOPLE = (
    "SELECT c.participant_id FROM consents c WHERE c.decision = 'withdrawn' AND NOT EXISTS ("
    "SELECT 1 FROM consents n WHERE n.participant_id = c.participant_id AND "
    "(n.created_at, n.device_id, n.id) > (c.created_at, c.device_id, c.id))")


def in_analysis(column: str) -> str:
    """An SQL condition: the person named by `column` counts (rows with no person count too)."""
    return f"({column} IS NULL OR {column} NOT IN ({WITHDRAWN_PEOPLE}))"


def withdrawn_people(study: Study) -> set[str]:
    """The ids of everyone left out of the analysis."""
    return {row["participant_id"] for row in study.query(WITHDRAWN_PEOPLE)}
