"""Refusals worded for the person who chose the study: a check that fails with ValueError
inside a use case becomes a StudyError, a sentence naming the study file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from desktop.store import Study, StudyError


@contextmanager
def named_after(study: Study) -> Iterator[None]:
    """Re-raise a ValueError from the block as a StudyError about `study`'s file."""
    try:
        yield
    except ValueError as error:
        text = str(error)
        raise StudyError(study.path, text[:1].lower() + text[1:]) from error
