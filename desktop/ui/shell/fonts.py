"""Fonts the app carries for scripts a laptop may lack (Arabic, Devanagari, Simplified Chinese,
emoji): registered at start and made fallbacks of the application font, so mixed text picks them.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterator

from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontInfo,
    QFontMetrics,
    QGuiApplication,
    QRawFont,
    QTextLayout,
)

from desktop.core import paths

log = logging.getLogger(__name__)

# One phrase per script the app must show: the tests and the self-test draw them.
SAMPLES = {"Arabic": "مرحبا بالعالم", "Devanagari": "नमस्ते दुनिया", "Chinese": "你好，世界",
           "emoji": "🙂🌍❤"}


def install_fallback_fonts() -> tuple[str, ...]:
    """Register the carried fonts (once a process) and put their families after the application
    font's, for the characters the system's fonts lack. Returns the families registered.

    Qt tries the application font first and the fallbacks only for what it cannot draw, so a
    system font that has a script (a colour emoji font, say) keeps it. Adds 3-5 ms to the start."""
    families = _registered_families()
    family = _real_application_family()
    known = QFont.substitutes(family)
    QFont.insertSubstitutions(family, [name for name in families if name not in known])
    return families


def _real_application_family() -> str:
    """The family the application font is drawn with, made its name. Qt tries substitutes
    before the platform's own fallbacks, so substitutes of an alias that Qt does not know
    ("Sans Serif" on Linux) would become the main font, even for Latin text."""
    app = QGuiApplication.instance()
    font = QGuiApplication.font()
    real = QFontInfo(font).family()
    if isinstance(app, QGuiApplication) and real and font.family() != real:
        font.setFamilies([real])
        app.setFont(font)
    return real


@functools.cache
def _registered_families() -> tuple[str, ...]:
    """By path: Qt reads the file's tables, not the whole file, and the glyphs when drawn."""
    families: list[str] = []
    for path in paths.fallback_font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the font %s", path)
        families += [name for name in QFontDatabase.applicationFontFamilies(font_id)
                     if name not in families]
    if not families:
        log.warning("no carried fonts found: text in some scripts may show as boxes")
    return tuple(families)


def missing_characters(text: str, font: QFont) -> list[str]:
    """The characters of `text` that Qt, after its fallbacks, draws as a box or not at all:
    no font Qt would try has them, or a glyph drawn for them is ".notdef" (glyph 0) or comes
    from Qt's box engine (what Qt uses when it found no font for a script)."""
    metrics = QFontMetrics(font)
    bad = {index for index, char in _utf16_indexes(text) if not metrics.inFontUcs4(ord(char))}
    bad |= {index for raw, glyph, index in _glyphs(text, font)
            if glyph == 0 or not raw.fontTable("cmap")}  # the box engine has no tables
    return [char for index, char in _utf16_indexes(text) if index in bad]


def drawing_families(text: str, font: QFont) -> list[str]:
    """The families Qt draws `text` with (after fallbacks), in order; "(none)" for boxes."""
    names: list[str] = []
    for raw, _glyph, _index in _glyphs(text, font):
        name = raw.familyName() if raw.fontTable("cmap") else "(none)"
        if name not in names:
            names.append(name)
    return names


def _glyphs(text: str, font: QFont) -> Iterator[tuple[QRawFont, int, int]]:
    """(the font drawing it, glyph index, UTF-16 index of its character) for each glyph."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    wanted = QTextLayout.GlyphRunRetrievalFlag
    for run in layout.glyphRuns(-1, -1, wanted.RetrieveGlyphIndexes
                                | wanted.RetrieveStringIndexes):
        raw = run.rawFont()
        for glyph, index in zip(run.glyphIndexes(), run.stringIndexes(), strict=True):
            yield raw, glyph, index


def _utf16_indexes(text: str) -> Iterator[tuple[int, str]]:
    """Each character with its index in UTF-16 units (Qt's string indexes)."""
    index = 0
    for char in text:
        yield index, char
        index += 2 if ord(char) > 0xFFFF else 1
