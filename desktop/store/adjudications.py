"""Adjudication rows: the study lead's final label for an item, append-only like labels."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.labelling import Answer, answer_from_json, answer_to_json
from desktop.core.people import Role
from desktop.store.people import add_person, list_people
from desktop.store.study import Study


@dataclass(frozen=True)
class Adjudication:
    id: str
    item_id: str
    adjudicator_id: str
    answer: Answer
    note: str
    created_at: str


def study_lead(study: Study) -> str:
    """The id of the study's first lead, added (with a made-up code) if there is none."""
    leads = list_people(study, Role.LEAD)
    return leads[0].id if leads else add_person(study, Role.LEAD, note="study lead").id


def adjudicate(study: Study, item_id: str, answer: Answer, adjudicator_id: str, note: str = ""
               ) -> Adjudication:
    """Store the final label of an item, superseding an earlier adjudication of it."""
    problem = answer.problem()
    if problem:
        raise ValueError(problem)
    row = study.row_defaults()
    with study.transaction() as db:
        before = db.execute("SELECT id FROM adjudications WHERE item_id = ? ORDER BY "
                            "created_at DESC, rowid DESC LIMIT 1", [item_id]).fetchone()
        db.execute(
            "INSERT INTO adjudications (id, created_at, device_id, item_id, adjudicator_id, "
            "answer, note, supersedes_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [row["id"], row["created_at"], row["device_id"], item_id, adjudicator_id,
             answer_to_json(answer), note.strip(), before[0] if before else None])
    return Adjudication(row["id"], item_id, adjudicator_id, answer, note.strip(),
                        row["created_at"])


def current_adjudications(study: Study) -> dict[str, Adjudication]:
    """item id -> its newest adjudication."""
    rows = study.query(
        "SELECT * FROM (SELECT a.*, i.kind, row_number() OVER (PARTITION BY a.item_id ORDER BY "
        "a.created_at DESC, a.rowid DESC) AS rank FROM adjudications a JOIN items i ON "
        "i.id = a.item_id) WHERE rank = 1")
    return {row["item_id"]: Adjudication(row["id"], row["item_id"], row["adjudicator_id"],
                                         answer_from_json(row["kind"], row["answer"]),
                                         row["note"], row["created_at"]) for row in rows}
