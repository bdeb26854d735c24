"""`participants STUDY list|add|withdraw`: the study's participants under pseudonymous codes,
their latest consent decision, and a withdrawal of consent recorded as the participant dialog
records it (their interviews stay in the file and are left out of every export)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.commands.output import add_output_arguments, add_study_argument, run_on_study
from desktop.commands.table import table
from desktop.core.interview.participants import Consent
from desktop.core.people import Person
from desktop.services import participants
from desktop.services.participants import ParticipantSummary
from desktop.store import Study

COLUMNS = (("code", "code"), ("consent", "consent"), ("consent_version", "version"),
           ("consent_at", "since"), ("demographics", "demographics"), ("note", "note"))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_study_argument(parser)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="participants with their latest consent decision")
    add = actions.add_parser("add", help="add a participant (a code is made up if none given)")
    add.add_argument("--code", default=None, help="a pseudonymous code, never a real name")
    add.add_argument("--note", default="")
    withdraw = actions.add_parser("withdraw", help="record that a participant withdrew consent")
    withdraw.add_argument("code")
    for verb in (listing, add, withdraw):
        add_output_arguments(verb)


def run(args: argparse.Namespace) -> int:
    return run_on_study(args, lambda study: _act(study, args), as_text)


def _act(study: Study, args: argparse.Namespace) -> list[dict[str, Any]]:
    if args.action == "add":
        return [_person_json(participants.add(study, args.code, args.note), None, False)]
    if args.action == "withdraw":
        person = participants.by_code(study, args.code)
        return [_person_json(person, participants.withdraw(study, args.code), True)]
    return [_summary_json(entry) for entry in participants.listed(study)]


def _summary_json(entry: ParticipantSummary) -> dict[str, Any]:
    return {**_person_json(entry.person, entry.consent, entry.withdrawn),
            "demographics": entry.demographics}


def _person_json(person: Person, consent: Consent | None, withdrawn: bool) -> dict[str, Any]:
    return {"id": person.id, "code": person.code, "note": person.note,
            "created_at": person.created_at,
            "consent": consent.decision if consent else None,
            "consent_version": consent.consent_version if consent else None,
            "consent_at": consent.created_at if consent else None, "withdrawn": withdrawn}


def as_text(rows: list[dict[str, Any]]) -> str:
    shown = [{**row, "demographics": "; ".join(f"{k}: {v}" for k, v in
                                               row.get("demographics", {}).items())}
             for row in rows]
    return table(shown, COLUMNS, "No participants yet.")
