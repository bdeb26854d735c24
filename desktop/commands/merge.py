"""`merge STUDY OTHER_STUDY`: bring another laptop's copy of the study into this one."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.store import StudyError, open_study
from desktop.store.merge import merge_study


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("study", type=Path, help="the study to merge into (it is changed)")
    parser.add_argument("other", type=Path, help="the other copy (it is only read)")


def run(args: argparse.Namespace) -> int:
    from desktop.cli import UsageError

    try:
        with open_study(args.study) as study:
            report = merge_study(study, args.other)
    except StudyError as error:
        raise UsageError(str(error)) from error
    print(json.dumps(report.as_dict(), indent=2))
    return 0
