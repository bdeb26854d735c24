"""How each table of a study behaves when copies meet: its merge rule, the columns that name
the same row on every laptop, and whose data it is.

Merge, sync, the append-only triggers, erasure and the consent filter all read this registry;
a table without a declared policy fails the test suite (tests/store/test_store_policies.py).

Rules:
- `append_only`: a row never changes once written (a correction is a newer row); a merge adds
  the rows it lacks. Triggers refuse UPDATE and DELETE, except the columns in `set_once`
  (written once, from empty, NULL or '': the smallest non-empty value wins in a merge) and the
  deletion of an erased person's rows.
- `newest_edit`: people edit the row; the copy with the greater (updated_at, device_id, content)
  wins, the same whichever way the merge runs.
- `content_keyed`: the id is made from the row's content (`natural_key`), so every laptop makes
  the same id for the same thing; the first-made copy, by (created_at, device_id), is kept.
- `local`: this laptop's own bookkeeping (sync state per server); never merged nor synced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Rule = Literal["append_only", "newest_edit", "content_keyed", "devices", "local"]

# Whose row it is, as SQL over the row's columns (prefix `row.`): the person's id.
BY_PARTICIPANT = "row.participant_id"
BY_INTERVIEW = "(SELECT participant_id FROM interviews WHERE id = row.interview_id)"
BY_CARD = ("(SELECT i.participant_id FROM card_versions v JOIN interviews i "
           "ON i.id = v.interview_id WHERE v.id = row.card_id)")


@dataclass(frozen=True)
class TablePolicy:
    table: str
    rule: Rule
    natural_key: tuple[str, ...] = ("id",)  # what makes two rows the same thing
    person: str | None = None  # SQL giving the person whose row it is (erasure, consent)
    set_once: tuple[str, ...] = ()  # append-only tables: columns filled once, later


POLICIES: tuple[TablePolicy, ...] = (
    TablePolicy("devices", "devices"),
    TablePolicy("study", "newest_edit"),
    TablePolicy("people", "newest_edit", ("code",), person="row.id"),
    TablePolicy("questions", "newest_edit"),
    TablePolicy("consents", "append_only", person=BY_PARTICIPANT),
    TablePolicy("demographic_fields", "newest_edit"),
    TablePolicy("demographic_answers", "append_only", person=BY_PARTICIPANT),
    TablePolicy("prompt_sets", "content_keyed", ("sha256",)),
    TablePolicy("interviews", "newest_edit", person=BY_PARTICIPANT),
    TablePolicy("messages", "append_only", person=BY_INTERVIEW),
    TablePolicy("card_versions", "append_only", person=BY_INTERVIEW, set_once=("shown_at",)),
    TablePolicy("card_confirmations", "append_only", person=BY_INTERVIEW),
    TablePolicy("survey_items", "newest_edit", ("key",)),
    TablePolicy("survey_answers", "append_only", person=BY_INTERVIEW),
    TablePolicy("interview_settings", "newest_edit", ("key",)),
    TablePolicy("items", "content_keyed", ("content_key",)),
    TablePolicy("dilemmas", "content_keyed"),
    TablePolicy("valence_items", "content_keyed"),
    TablePolicy("annotator_groups", "newest_edit", ("person_id",), person="row.person_id"),
    TablePolicy("assignments", "newest_edit", ("annotator_id", "item_id"),
                person="row.annotator_id"),
    TablePolicy("suggestions", "content_keyed", ("item_id", "model_sha256", "prompt_version")),
    TablePolicy("labels", "append_only", person="row.annotator_id"),
    TablePolicy("adjudications", "append_only"),
    TablePolicy("labelling_settings", "newest_edit", ("key",)),
    TablePolicy("canonical_values", "newest_edit"),
    TablePolicy("card_groupings", "append_only", person=BY_CARD),
    TablePolicy("upgrade_stories", "newest_edit"),
    TablePolicy("votes", "append_only", person=BY_PARTICIPANT),
    TablePolicy("voting_ends", "append_only", person=BY_INTERVIEW),
    TablePolicy("interview_notes", "append_only", person=BY_INTERVIEW),
    TablePolicy("erasures", "append_only", ("person_id",), set_once=("reason",)),
    TablePolicy("sync_state", "local", ("server_id",)),
)

BY_TABLE = {policy.table: policy for policy in POLICIES}


def policy_of(table: str) -> TablePolicy:
    """The declared policy; a KeyError names a table that was added without one."""
    try:
        return BY_TABLE[table]
    except KeyError:
        raise KeyError(f"table {table!r} has no merge policy in desktop/store/policies.py") \
            from None


def person_sql(policy: TablePolicy, row: str, schema: str = "") -> str | None:
    """The policy's person expression with `row.` standing for the alias `row`, and the
    tables it looks up taken from `schema` when one is named (an attached copy)."""
    if not policy.person:
        return None
    sql = policy.person.replace("row.", f"{row}.")
    if schema:
        sql = re.sub(r"\b(FROM|JOIN) (\w+)", rf"\1 {schema}.\2", sql)
    return sql
