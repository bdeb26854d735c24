"""`votes STUDY list [--context C] [--as-of TIME] [--group FIELD=VALUE] [--latest]`: the
wiser-than votes, filtered as `rank` filters them, with participants' codes and values' titles.
Every vote is listed (a changed mind is a newer vote); --latest keeps what the ranking counts.
Votes of participants who withdrew consent are left out, as from every analysis."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.commands.output import add_output_arguments, add_study_argument, run_on_study
from desktop.commands.table import table
from desktop.services import votes
from desktop.services.votes import VoteEntry

COLUMNS = (("voted_at", "voted at"), ("participant", "participant"), ("from_title", "from"),
           ("to_title", "to"), ("relationship", "answer"), ("comment", "comment"))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_study_argument(parser)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the votes, oldest first")
    listing.add_argument("--context", default=None, help="only votes in this context")
    listing.add_argument("--as-of", default=None, metavar="TIME",
                         help="only votes cast up to this ISO time (e.g. 2024-05-01T12:00Z)")
    listing.add_argument("--group", default=None, metavar="FIELD=VALUE",
                         help="only votes of participants whose demographic FIELD is VALUE")
    listing.add_argument("--latest", action="store_true",
                         help="only each person's last answer to each question (what `rank` "
                         "counts)")
    add_output_arguments(listing)


def run(args: argparse.Namespace) -> int:
    return run_on_study(args, lambda study: [_json(entry) for entry in votes.listed(
        study, args.context, args.as_of, args.group, args.latest)], as_text)


def _json(entry: VoteEntry) -> dict[str, Any]:
    vote = entry.vote
    return {"id": vote.id, "participant": entry.participant_code,
            "participant_id": vote.participant_id, "context": vote.context_id,
            "from_value_id": vote.from_value_id, "from_title": entry.from_title,
            "to_value_id": vote.to_value_id, "to_title": entry.to_title,
            "relationship": vote.relationship, "comment": vote.comment,
            "voted_at": vote.created_at}


def as_text(rows: list[dict[str, Any]]) -> str:
    return table(rows, COLUMNS, "No votes.")
