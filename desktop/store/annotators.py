"""Annotators: people of the study with a code, an optional group, and their progress."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.clock import content_id, now_iso
from desktop.core.people import Person, Role
from desktop.store.people import add_person, find_person, list_people
from desktop.store.study import Study


@dataclass(frozen=True)
class Annotator:
    person: Person
    group: str
    assigned: int
    done: int

    @property
    def id(self) -> str:
        return self.person.id

    @property
    def code(self) -> str:
        return self.person.code


def add_annotator(study: Study, code: str | None = None, group: str = "", note: str = ""
                  ) -> Person:
    """A new annotator (a code is made up if none is given), in `group` if one is named."""
    person = add_person(study, Role.ANNOTATOR, code, note)
    if group.strip():
        set_annotator_group(study, person.id, group)
    return person


def annotator_for_code(study: Study, code: str) -> Person:
    """The annotator with this code, added if the study does not know it yet."""
    person = find_person(study, " ".join(code.split()))
    return person if person is not None else add_annotator(study, code)


def set_annotator_group(study: Study, person_id: str, group: str) -> None:
    now = now_iso()
    with study.transaction() as db:
        db.execute(
            "INSERT INTO annotator_groups (id, created_at, device_id, person_id, name, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(person_id) DO UPDATE SET "
            "name = excluded.name, updated_at = excluded.updated_at",
            [content_id("annotator-group", person_id), now, study.device.id, person_id,
             " ".join(group.split()), now])


def annotator_groups(study: Study) -> dict[str, str]:
    """person id -> group name, for people who have a group."""
    rows = study.db.execute("SELECT person_id, name FROM annotator_groups WHERE name != ''")
    return dict(rows.fetchall())


def list_annotators(study: Study) -> list[Annotator]:
    """Every annotator with their group and how many of their assigned items are labelled."""
    groups = annotator_groups(study)
    counts = {row[0]: (row[1], row[2]) for row in study.db.execute(_PROGRESS_SQL).fetchall()}
    return [Annotator(p, groups.get(p.id, ""), *counts.get(p.id, (0, 0)))
            for p in list_people(study, Role.ANNOTATOR)]


_PROGRESS_SQL = """
    SELECT a.annotator_id, count(*),
           sum(EXISTS (SELECT 1 FROM labels l WHERE l.annotator_id = a.annotator_id
                                              AND l.item_id = a.item_id))
    FROM assignments a WHERE a.removed = 0 GROUP BY a.annotator_id"""
