"""Annotators of a study: list them with their group and progress, add one, find one by code
(an unknown code is refused naming the study file)."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.people import Person, Role
from desktop.services.refusals import named_after
from desktop.store import Study, StudyError
from desktop.store.annotators import Annotator, add_annotator, list_annotators
from desktop.store.annotators import set_annotator_group as _set_group
from desktop.store.people import find_person

__all__ = ["Annotator", "add", "by_codes", "listed", "set_group"]


def listed(study: Study) -> list[Annotator]:
    """Every annotator with their group, items assigned and items labelled."""
    return list_annotators(study)


def add(study: Study, code: str | None = None, group: str = "", note: str = "") -> Person:
    """A new annotator; a code is made up when none is given (StudyError if it is taken)."""
    with named_after(study):
        return add_annotator(study, code, group, note)


def set_group(study: Study, code: str, group: str) -> Person:
    """Put an annotator in a group ('' takes them out of it)."""
    person = by_code(study, code)
    _set_group(study, person.id, group)
    return person


def by_code(study: Study, code: str) -> Person:
    """The annotator with this code; StudyError when the study has none."""
    person = find_person(study, " ".join(code.split()))
    if person is None or person.role != Role.ANNOTATOR:
        known = ", ".join(a.code for a in list_annotators(study)) or "none yet"
        raise StudyError(study.path, f"there is no annotator with the code {code!r} in this "
                         f"study (annotators: {known}).")
    return person


def by_codes(study: Study, codes: Sequence[str]) -> list[Person]:
    """The annotators with these codes, in the order given, each once."""
    people: dict[str, Person] = {}
    for code in codes:
        person = by_code(study, code)
        people.setdefault(person.id, person)
    return list(people.values())
