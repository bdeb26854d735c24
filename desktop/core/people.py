"""People in a study: participants and annotators, known by pseudonymous codes."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from enum import StrEnum

# No 0/O, 1/I/L: codes are read aloud and copied by hand in the field.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


class Role(StrEnum):
    PARTICIPANT = "participant"
    ANNOTATOR = "annotator"
    LEAD = "lead"


@dataclass(frozen=True)
class Person:
    id: str
    code: str
    role: Role
    note: str
    created_at: str
    device_id: str


def new_code(role: Role, length: int = 5) -> str:
    """A pseudonymous code such as `P-7KQ3M`; never a real name."""
    prefix = {Role.PARTICIPANT: "P", Role.ANNOTATOR: "A", Role.LEAD: "L"}[role]
    return prefix + "-" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def clean_code(code: str) -> str:
    code = " ".join(code.split())
    if not code:
        raise ValueError("A code cannot be empty.")
    if len(code) > 40:
        raise ValueError("A code can be at most 40 characters long.")
    return code
