"""The interface's areas and their translation files, for the translation tests: which sources
each area's .ts covers, a scan for untranslated texts handed to Qt, and a .ts reader."""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "desktop" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
AREAS = ("shell", "study", "widgets", "interviews", "labelling", "graph", "values")
LANGUAGES = ("es", "ar")
NOT_TRANSLATED = ("bench",)  # measuring tools, not the interface
# A file that one area's translator owns although it sits in another area's folder.
OWNED_ELSEWHERE = {"widgets/kiosk_dialog.py": "interviews"}

# Calls whose string arguments a person sees.
TEXT_CALLS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setAccessibleName", "setAccessibleDescription", "setWhatsThis", "addAction", "addMenu",
    "addTab", "insertTab", "setTabText", "setTabToolTip", "setHeaderLabels",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addItem", "addItems", "insertItem",
    "insertItems", "addRow", "insertRow", "setTitle", "showMessage", "setSuffix", "setPrefix",
    "setSpecialValueText", "setLabelText", "setInformativeText", "setDetailedText",
    "setPlainText", "setHtml", "addButton", "accessible",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QToolButton", "QDockWidget", "QListWidgetItem", "QTableWidgetItem", "QTreeWidgetItem",
    "QCommandLinkButton", "QMessageBox", "QProgressDialog",
    *("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"),
    *("warning", "information", "question", "critical", "about"),  # QMessageBox's
    "getText", "getItem", "getInt", "getDouble", "getMultiLineText",  # QInputDialog's
})
# QMessageBox's static functions (their names are too common to match on any object).
MESSAGE_BOX_CALLS = frozenset({"warning", "information", "question", "critical", "about"})
# QFileDialog(parent, caption, dir, filter): the folder or file name offered is data.
FILE_DIALOG_CALLS = frozenset({"getOpenFileName", "getOpenFileNames", "getSaveFileName",
                               "getExistingDirectory"})
# A line that hands Qt data that only looks like words (an example URL, a prompt for the
# model) says so with this comment.
DATA_MARK = "# data, not interface text"
# addItem(text, data): the data after the text is not shown.
TEXT_THEN_DATA = frozenset({"addItem", "insertItem"})
# Texts with letters that are not words of any language.
ALLOWED = frozenset({"SHA-256", "GGUF", "JSONL", "CSV", "JSON", "PNG", "SVG", "GraphML"})
_LETTER = re.compile(r"[^\W\d_]")
_MARKUP = re.compile(r"<[^>]*>|&[a-z]+;|&#\d+;")
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
_MNEMONIC = re.compile(r"&[^&\s]")


def area_files(area: str) -> list[Path]:
    """The Python files whose texts the area's .ts files hold."""
    own = [path for path in sorted((UI / area).rglob("*.py"))
           if _relative(path) not in OWNED_ELSEWHERE]
    moved = [UI / rel for rel, owner in OWNED_ELSEWHERE.items() if owner == area]
    return own + moved


def all_interface_files() -> list[Path]:
    return [path for path in sorted(UI.rglob("*.py"))
            if path.relative_to(UI).parts[0] not in NOT_TRANSLATED and path.parent != UI]


def translated_areas() -> list[str]:
    """The areas that have .ts files (the others are not translated yet)."""
    return [area for area in AREAS if any((TRANSLATIONS / f"{area}_{lang}.ts").is_file()
                                          for lang in LANGUAGES)]


def _relative(path: Path) -> str:
    return path.relative_to(UI).as_posix()


# The scan ---------------------------------------------------------------------------------

def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        if func.attr in MESSAGE_BOX_CALLS:
            owner = func.value
            return func.attr if isinstance(owner, ast.Name) and owner.id == "QMessageBox" else ""
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _has_words(text: str) -> bool:
    text = _MARKUP.sub("", text)
    for allowed in ALLOWED:
        text = text.replace(allowed, "")
    return bool(_LETTER.search(text))


def _words(node: ast.expr) -> list[str]:
    """The literal text with letters that reaches the call untranslated through `node`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if _has_words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values
                 if isinstance(v, ast.Constant) and isinstance(v.value, str)]
        return ["".join(parts)] if _has_words("\x00".join(parts)) else []
    if isinstance(node, ast.BinOp):
        return _words(node.left) + _words(node.right)
    if isinstance(node, ast.IfExp):
        return _words(node.body) + _words(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [word for value in node.values for word in _words(value)]
    if isinstance(node, ast.List | ast.Tuple):
        return [word for element in node.elts for word in _words(element)]
    return []


def _shown_arguments(call: ast.Call, name: str) -> list[ast.expr]:
    args = list(call.args)
    if name in TEXT_THEN_DATA:
        while args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, int):
            args.pop(0)  # an index before the text
        return args[:1]
    if name in FILE_DIALOG_CALLS:
        return [arg for index, arg in enumerate(args) if index in (1, 3)]
    return args + [keyword.value for keyword in call.keywords]


def untranslated_texts(path: Path) -> list[str]:
    """`file:line: call("text")` for every literal text handed to Qt without tr()."""
    text = path.read_text(encoding="utf-8")
    marked = {number for number, line in enumerate(text.splitlines(), start=1)
              if DATA_MARK in line}
    tree = ast.parse(text)
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and (name := _name(node.func)) in TEXT_CALLS:
            for argument in _shown_arguments(node, name):
                if argument.lineno in marked or node.lineno in marked:
                    continue
                problems += [f"{shown_path(path)}:{argument.lineno}: {name}({text!r})"
                             for text in _words(argument)]
    return problems


def shown_path(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name


# .ts files --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str  # the first form, for a message with plural forms (%n)
    kind: str  # the translation's type attribute: "" when finished
    forms: tuple[str, ...] = ()  # every plural form, or the one translation


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "missing"
            plural = translation.findall("numerusform") if translation is not None else []
            forms = (tuple(form.text or "" for form in plural) if plural else
                     ("".join(translation.itertext()),) if translation is not None else ("",))
            messages.append(Message(name, message.findtext("source", ""), forms[0], kind, forms))
    return messages


def lupdate_messages(files: list[Path], folder: Path) -> list[Message]:
    """What lupdate finds in `files` now (written to a temporary .ts in `folder`)."""
    target = folder / "current_es.ts"
    tool = Path(PySide6.__file__).parent / "lupdate"
    result = subprocess.run([str(tool), "-silent", "-no-obsolete", *map(str, files), "-ts",
                             str(target)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    return read_ts(target)


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def mnemonics(text: str) -> int:
    return len(_MNEMONIC.findall(text.replace("&&", "")))
