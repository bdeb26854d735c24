"""The interface's translations are kept up: no text reaches Qt without tr(), the .ts files hold
every text of their area, and Spanish and Arabic are complete. Each area is checked once it has
.ts files (`resources/translations/<area>_<lang>.ts`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.translations import (
    AREAS,
    LANGUAGES,
    TRANSLATIONS,
    all_interface_files,
    area_files,
    lupdate_messages,
    mnemonics,
    placeholders,
    read_ts,
    translated_areas,
    untranslated_texts,
)

TS_FILES = sorted(path for lang in LANGUAGES for path in TRANSLATIONS.glob(f"*_{lang}.ts"))
_CONTEXT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def test_every_interface_file_belongs_to_one_area() -> None:
    owned = [path for area in AREAS for path in area_files(area)]
    assert sorted(set(owned)) == sorted(owned)  # none twice
    assert [p for p in all_interface_files() if p not in owned] == []


def test_the_translated_areas_include_the_shell_study_and_widgets() -> None:
    assert {"shell", "study", "widgets"} <= set(translated_areas())
    assert {path.stem.rsplit("_", 1)[0] for path in TS_FILES} <= set(AREAS)


@pytest.mark.parametrize("area", translated_areas())
def test_no_literal_text_reaches_qt_untranslated(area: str) -> None:
    """(a) A text with letters handed straight to a Qt text call is named with its file:line."""
    problems = [problem for path in area_files(area) for problem in untranslated_texts(path)]
    assert problems == []


def test_the_scan_finds_untranslated_texts(tmp_path: Path) -> None:
    sample = tmp_path / "scan_sample.py"
    sample.write_text(
        "def build(self, label, box, combo, name):\n"
        "    label.setText('Hello')\n"
        "    label.setToolTip(f'{name} files')\n"
        "    box.addItem(self.tr('Guided'), 'guided')\n"
        "    combo.addItem('Free', 'free')\n"
        "    label.setText(self.tr('Fine') + ' …')\n"
        "    QMessageBox.warning(self, 'Oops', str(name))\n"
        "    label.setText('× 100 %')\n", encoding="utf-8")
    found = untranslated_texts(sample)
    assert [problem.split(": ", 1)[1] for problem in found] == [
        "setText('Hello')", "setToolTip(' files')", "addItem('Free')", "warning('Oops')"]
    assert found[0].startswith("scan_sample.py:2:")


@pytest.mark.parametrize("area", translated_areas())
def test_the_ts_files_hold_every_text_of_their_area(area: str, tmp_path: Path) -> None:
    """(b) lupdate run on the area's sources now finds no text the committed files lack (in
    this area's file or, for a file another area's translator owns, in any area's file)."""
    found = {(m.context, m.source) for m in lupdate_messages(area_files(area), tmp_path)}
    assert all(_CONTEXT.fullmatch(context) for context, _ in found), sorted(found)
    for language in LANGUAGES:
        own = TRANSLATIONS / f"{area}_{language}.ts"
        assert own.is_file(), f"{own.name} is missing"
        committed = {(m.context, m.source) for path in TRANSLATIONS.glob(f"*_{language}.ts")
                     for m in read_ts(path)}
        assert sorted(found - committed) == [], f"run lupdate for {area} ({language})"


@pytest.mark.parametrize("path", TS_FILES, ids=lambda path: path.name)
def test_every_message_is_translated_with_the_same_placeholders(path: Path) -> None:
    """(c) Every message has a finished, non-empty translation that keeps the {placeholders}
    and the keyboard mnemonic; contexts are class names (what self.tr looks up)."""
    messages = read_ts(path)
    assert messages, f"{path.name} has no messages"
    problems = []
    for m in messages:
        where = f"{m.context}: {m.source[:60]!r}"
        if m.kind or not all(form.strip() for form in m.forms):
            problems.append(f"{where} is not translated ({m.kind or 'empty'})")
        elif any(placeholders(m.source) != placeholders(form) for form in m.forms):
            problems.append(f"{where} has other placeholders in its translation: {m.forms}")
        elif bool(mnemonics(m.source)) != bool(mnemonics(m.translation)):
            problems.append(f"{where}: the translation's & mnemonic differs")
        if not _CONTEXT.fullmatch(m.context):
            problems.append(f"{where}: context {m.context!r} is no class or module name")
    assert problems == []
