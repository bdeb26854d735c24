"""`stories STUDY list|draft|edit|approve|drop`: the upgrade stories participants read before
they vote. `draft` writes one with the local model for each proposed pair of values that has
none (both directions of a pair; one retry, else a blank draft for the lead to write); nothing
is shown to a participant until the study lead approves it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.commands.output import add_output_arguments, emit
from desktop.commands.table import table
from desktop.llm.errors import ModelLoadError
from desktop.llm.llama_model import load_chosen_model
from desktop.services import stories
from desktop.services.stories import Story, StoryEntry
from desktop.store import Study, StudyError, open_study

STATUSES = ("draft", "approved", "dropped")
COLUMNS = (("id", "id"), ("status", "status"), ("from_title", "from"), ("to_title", "to"),
           ("text", "story"))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("study", type=Path, metavar="STUDY", help="the study file (.mgstudy)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the stories, by context")
    listing.add_argument("--status", choices=STATUSES, default=None)
    listing.add_argument("--context", default=None, help="only stories in this context")
    draft = actions.add_parser("draft", help="draft stories with the local model for pairs "
                               "of values that have none")
    draft.add_argument("--context", default=None, help="only pairs in this context")
    draft.add_argument("--model", default="", metavar="FILE", help="a GGUF file (default: "
                       "the model chosen in the app, else SmolLM2-135M)")
    draft.add_argument("--threads", type=int, default=None, metavar="N",
                       help="CPU threads for the model")
    draft.add_argument("--limit", type=int, default=stories.MAX_PER_RUN, metavar="N",
                       help="draft at most N stories (0: every pair without one)")
    edit = actions.add_parser("edit", help="replace a story's text (it stays a draft)")
    edit.add_argument("id")
    edit.add_argument("wording", metavar="TEXT", help="the story in the lead's words")
    approve = actions.add_parser("approve", help="let participants see a story")
    approve.add_argument("id")
    approve.add_argument("--wording", default=None,
                         help="approve it with these words instead")
    drop = actions.add_parser("drop", help="never show a story")
    drop.add_argument("id")
    for verb in (listing, draft, edit, approve, drop):
        add_output_arguments(verb)


def run(args: argparse.Namespace) -> int:
    from desktop.commands.errors import UsageError

    if args.action == "draft" and args.limit < 0:
        raise UsageError("--limit is a number of stories: 0 or more.")
    try:
        with open_study(args.study) as study:
            changed = _act(study, args)
            rows = [_json(e) for e in stories.listed(study, getattr(args, "status", None),
                                                     getattr(args, "context", None))
                    if changed is None or e.story.id in changed]
    except StudyError as error:
        raise UsageError(str(error)) from error
    except ModelLoadError as error:
        raise UsageError(error.problem) from error
    emit(args, rows, as_text)
    return 0


def _act(study: Study, args: argparse.Namespace) -> set[str] | None:
    """The ids of the stories this action wrote or changed (None: it changed nothing)."""
    if args.action == "draft":
        return {story.id for story in _draft(study, args)}
    if args.action == "edit":
        return {stories.save_text(study, args.id, args.wording).id}
    if args.action == "approve":
        return {stories.approve(study, args.id, args.wording).id}
    if args.action == "drop":
        return {stories.drop(study, args.id).id}
    return None


def _draft(study: Study, args: argparse.Namespace) -> list[Story]:
    pairs = stories.pairs_to_draft(study, args.context, args.limit or None)
    if not pairs:
        print("Every proposed pair has a story already.", file=sys.stderr)
        return []
    model = load_chosen_model(args.model, args.threads, lambda path: _say(
        f"Loading {path.name}…"))
    return stories.draft(study, model, pairs, on_story=lambda number, story: _say(
        f"Story {number} of {len(pairs)} " + ("drafted." if story.text else
                                              "left blank: the model's drafts were unusable.")))


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _json(entry: StoryEntry) -> dict[str, Any]:
    story = entry.story
    return {"id": story.id, "context": story.context, "status": story.status,
            "from_value_id": story.from_value_id, "from_title": entry.from_title,
            "to_value_id": story.to_value_id, "to_title": entry.to_title, "text": story.text,
            "edited": story.edited, "model_file": story.model_file,
            "model_sha256": story.model_sha256}


def as_text(rows: list[dict[str, Any]]) -> str:
    shown = [{**row, "text": row["text"] or "(to be written)"} for row in rows]
    return table(shown, COLUMNS, "No stories.")
