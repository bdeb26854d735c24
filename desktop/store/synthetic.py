"""Large synthetic studies for measurements (`bench`): values, participants and votes written
in bulk, and the durability setting a label commit is measured under."""

from __future__ import annotations

import random

from desktop.core.clock import now_iso
from desktop.store.study import Study

VOTE_RELATIONSHIPS = ("upgrade", "no_upgrade", "not_sure")


def add_synthetic_values(study: Study, count: int) -> list[str]:
    """`count` canonical values titled "Value N"; their ids."""
    rows = [{**study.row_defaults(), "title": f"Value {n}", "origin": "cards",
             "updated_at": now_iso()} for n in range(count)]
    with study.transaction() as db:
        db.table("canonical_values").insert_all(rows)
    return [row["id"] for row in rows]


def add_synthetic_votes(study: Study, values: list[str], count: int, seed: int) -> None:
    """`count` rows in all: one participant per 50, the rest random votes among `values` in
    three contexts, written in one transaction."""
    rng = random.Random(seed)
    people = [{**study.row_defaults(), "code": f"P-{seed}-{n}", "role": "participant",
               "updated_at": now_iso()} for n in range(count // 50)]
    votes = []
    for _ in range(count - len(people)):
        pair = rng.sample(values, 2)
        row = {**study.row_defaults(), "participant_id": rng.choice(people)["id"],
               "context": f"context {rng.randrange(3)}", "from_value_id": pair[0],
               "to_value_id": pair[1], "relationship": rng.choice(VOTE_RELATIONSHIPS)}
        votes.append({**row, "voted_at": row["created_at"]})
    with study.transaction() as db:
        db.table("people").insert_all(people)
        db.table("votes").insert_all(votes, batch_size=2000)


def synchronous_mode(study: Study) -> str | None:
    """SQLite's `synchronous` setting by name (FULL keeps every commit through a power cut)."""
    level = study.db.execute("PRAGMA synchronous").fetchone()[0]
    return {2: "FULL", 1: "NORMAL", 0: "OFF", 3: "EXTRA"}.get(level)
