"""`questions STUDY list|add|edit|archive|move`: the questions (contexts) interviews are about,
as the Study page manages them. A question is named by the id `list` prints."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.commands.output import add_output_arguments, add_study_argument, run_on_study
from desktop.commands.table import table
from desktop.core.questions import Question
from desktop.services import questions
from desktop.store import Study

COLUMNS = (("id", "id"), ("language", "language"), ("text", "question"), ("note", "note"))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_study_argument(parser)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add_output_arguments(actions.add_parser("list", help="the questions, in the study's order"))
    add = actions.add_parser("add", help="add a question at the end of the list")
    add.add_argument("wording", metavar="TEXT", help="the question as participants read it")
    add.add_argument("--language", default="", help="its language, e.g. en")
    add.add_argument("--note", default="", help="a note for the interviewers")
    edit = actions.add_parser("edit", help="change a question's text, language or note")
    edit.add_argument("id")
    edit.add_argument("--wording", default=None, help="the new text of the question")
    edit.add_argument("--language", default=None)
    edit.add_argument("--note", default=None)
    archive = actions.add_parser("archive", help="hide a question from new interviews")
    archive.add_argument("id")
    move = actions.add_parser("move", help="move a question up (negative) or down the list")
    move.add_argument("id")
    move.add_argument("offset", type=int, help="places to move, e.g. -1 for one up")
    for verb in (add, edit, archive, move):
        add_output_arguments(verb)


def run(args: argparse.Namespace) -> int:
    return run_on_study(args, lambda study: _act(study, args), as_text)


def _act(study: Study, args: argparse.Namespace) -> list[dict[str, Any]]:
    if args.action == "add":
        return [_json(questions.add(study, args.wording, args.language, args.note))]
    if args.action == "edit":
        return [_json(questions.edit(study, args.id, args.wording, args.language, args.note))]
    if args.action == "archive":
        return [{**_json(questions.archive(study, args.id)), "archived": True}]
    if args.action == "move":
        return [_json(q) for q in questions.move(study, args.id, args.offset)]
    return [_json(q) for q in questions.listed(study)]


def _json(question: Question) -> dict[str, Any]:
    return {"id": question.id, "text": question.text, "language": question.language,
            "note": question.note, "position": question.position,
            "created_at": question.created_at}


def as_text(rows: list[dict[str, Any]]) -> str:
    return table(rows, COLUMNS, "No questions yet: add one with `questions STUDY add TEXT`.")

