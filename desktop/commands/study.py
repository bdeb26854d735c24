"""`study new` and `study info`."""

from __future__ import annotations

import argparse
import json

from desktop.store import StudyError, create_study, open_study
from desktop.store.demo import demo_questions
from desktop.store.questions import add_questions


def run_study_command(args: argparse.Namespace) -> int:
    from desktop.cli import UsageError

    try:
        if args.study_command == "new":
            with create_study(args.path, args.name or args.path.stem) as study:
                if args.demo:
                    add_questions(study, demo_questions())
                print(json.dumps(study.info(), indent=2, ensure_ascii=False))
            return 0
        with open_study(args.path) as study:
            print(json.dumps(study.info(), indent=2, ensure_ascii=False))
        return 0
    except StudyError as error:
        raise UsageError(str(error)) from error
