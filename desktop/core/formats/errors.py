"""The one error every reader raises for a file it cannot import, worded for the researcher."""

from __future__ import annotations

from pathlib import Path


class ImportFileError(Exception):
    """A file cannot be imported; `str()` says where and why in plain words."""

    def __init__(self, path: str | Path, line: int | None, message: str) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path.name if self.line is None else f"{self.path.name}, line {self.line}"
        return f"{where}: {self.message}"

    def __reduce__(self) -> tuple[type[ImportFileError], tuple[Path, int | None, str]]:
        # Errors cross process and thread boundaries (import workers); keep them picklable.
        return (type(self), (self.path, self.line, self.message))


def not_utf8(path: str | Path, line: int | None) -> ImportFileError:
    """The error for text that is not UTF-8, with the fix most spreadsheets offer."""
    return ImportFileError(
        path,
        line,
        "this text is not UTF-8; save the file as UTF-8 "
        "(in Excel: Save As > 'CSV UTF-8') and import it again",
    )
