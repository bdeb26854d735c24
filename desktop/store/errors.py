"""Errors about a study file, worded for the person who chose the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class StudyError(Exception):
    """Something is wrong with a study file. `str()` is a sentence naming the file."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class StudyNotFound(StudyError):
    pass


class NotAStudy(StudyError):
    pass


class StudyDamaged(StudyError):
    pass


class StudyTooNew(StudyError):
    pass


class StudyReadOnly(StudyError):
    pass


class StudyDiskFull(StudyError):
    pass


def translate(error: Exception, path: Path) -> StudyError:
    """Turn an sqlite3 or OS error into plain words about `path`."""
    text = str(error).lower()
    if isinstance(error, StudyError):
        return error
    if "full" in text or getattr(error, "errno", None) == 28:
        return StudyDiskFull(
            path, "the disk is full, so the last change was not saved. Everything saved "
            "before it is safe. Free some space and try again.")
    if "readonly" in text or "read-only" in text or isinstance(error, PermissionError):
        return StudyReadOnly(
            path, "the file is read-only, so nothing can be saved to it. Copy it to a "
            "folder you can write to, or change its permissions.")
    if "not a database" in text:
        return NotAStudy(path, "this is not a study file (it is not an SQLite database).")
    if "malformed" in text or "corrupt" in text:
        return StudyDamaged(
            path, "the file is damaged (SQLite reports it as malformed). Open a backup copy "
            "instead; this file was not changed.")
    if "locked" in text or "busy" in text:
        return StudyError(
            path, "another program is writing to this study right now. Close it and retry.")
    if isinstance(error, sqlite3.Error | OSError):
        return StudyError(path, f"the study could not be read or written ({error}).")
    return StudyError(path, str(error))
