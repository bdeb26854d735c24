"""The study file: the only place with SQL. Open one with `open_study`."""

from desktop.store.errors import (
    NotAStudy,
    StudyDamaged,
    StudyDiskFull,
    StudyError,
    StudyNotFound,
    StudyReadOnly,
    StudyTooNew,
)
from desktop.store.opening import create_study, open_study
from desktop.store.study import Study, StudyMeta

__all__ = [
    "NotAStudy", "Study", "StudyDamaged", "StudyDiskFull", "StudyError", "StudyMeta",
    "StudyNotFound", "StudyReadOnly", "StudyTooNew", "create_study", "open_study",
]
