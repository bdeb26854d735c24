"""The one-way rule: ui | commands -> services -> (store, llm) -> core. Qt lives in desktop/ui
only, SQL in desktop/store only."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop"
QT_MODULES = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def python_files(*parts: str) -> list[Path]:
    return sorted(PACKAGE.joinpath(*parts).rglob("*.py"))


def test_no_qt_import_outside_desktop_ui() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in python_files()
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        for name in imported_modules(path)
        if name.split(".")[0] in QT_MODULES
    ]
    assert offenders == []


def test_core_store_and_llm_never_import_ui() -> None:
    for layer in ("core", "store", "llm"):
        for path in python_files(layer):
            ui = [n for n in imported_modules(path) if n.startswith("desktop.ui")]
            assert ui == [], f"{path} imports {ui}"


def test_core_imports_neither_store_nor_llm() -> None:
    for path in python_files("core"):
        upward = [n for n in imported_modules(path)
                  if n.startswith(("desktop.store", "desktop.llm", "desktop.commands"))]
        assert upward == [], f"{path} imports {upward}"


def test_headless_modules_load_without_qt() -> None:
    """Import every non-UI module in a fresh interpreter: Qt must not come along."""
    modules = sorted(
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        for path in python_files()
        if path.relative_to(PACKAGE).parts[0] != "ui" and path.name != "__main__.py")
    code = ("import importlib, sys\n"
            f"for name in {modules!r}: importlib.import_module(name)\n"
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=PACKAGE.parent, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def _imports_of(layer: str, *targets: str) -> list[str]:
    return [f"{path.relative_to(PACKAGE.parent)} imports {name}"
            for path in python_files(layer) for name in imported_modules(path)
            if name.startswith(targets)]


def test_ui_and_commands_never_import_each_other() -> None:
    assert _imports_of("ui", "desktop.commands") == []
    assert _imports_of("commands", "desktop.ui") == []


def test_services_import_neither_ui_nor_commands() -> None:
    assert _imports_of("services", "desktop.ui", "desktop.commands", "desktop.bench") == []


SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE FROM|PRAGMA|CREATE|ATTACH|DROP|ALTER)\s")


# Owned by the sync work: its "DELETE FROM study" belongs in a desktop/store function.
def test_no_sql_outside_desktop_store() -> None:
    offenders = []
    for path in python_files():
        where = path.relative_to(PACKAGE).as_posix()
        if where.startswith("store/"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            sql = isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and SQL.match(node.value)
            raw = isinstance(node, ast.Attribute) and node.attr == "db"
            if sql or raw:
                offenders.append(f"{where}:{node.lineno}")
    assert offenders == []


def test_the_import_contracts_hold() -> None:
    """pyproject.toml's import-linter contracts (layers, Qt only in ui, ui and commands
    independent), imports inside functions counted, checked on the code as it is now."""
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], capture_output=True, text=True,
                            cwd=PACKAGE.parent, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "3 kept, 0 broken" in result.stdout, result.stdout[-2000:]



def _absolute(node: ast.ImportFrom, path: Path) -> str:
    """The module an ImportFrom names, relative imports resolved against the file's package."""
    if node.level == 0:
        return node.module or ""
    package = path.relative_to(PACKAGE.parent).with_suffix("").parts[:-node.level]
    return ".".join((*package, *([node.module] if node.module else [])))


def store_submodules_imported(path: Path, source: str | None = None) -> list[str]:
    """Every `desktop.store.<module>` a file imports, at the top or inside a function; the
    package root itself (Study, open_study, the error classes) is allowed."""
    submodules = {p.stem for p in PACKAGE.joinpath("store").iterdir() if p.stem != "__init__"}
    tree = ast.parse(source if source is not None else path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names
                      if alias.name.startswith("desktop.store.")]
        elif isinstance(node, ast.ImportFrom):
            module = _absolute(node, path)
            if module.startswith("desktop.store."):
                found.append(module)
            elif module == "desktop.store":
                found += [f"desktop.store.{alias.name}" for alias in node.names
                          if alias.name in submodules]
    return sorted(found)


def test_pages_and_commands_reach_the_store_only_through_services() -> None:
    """desktop/ui (but its bench harness, a measurement) and desktop/commands call use cases
    in desktop/services; only the store's package root (types, opening, errors) is theirs."""
    files = [path for path in python_files("ui") + python_files("commands")
             if path.relative_to(PACKAGE).parts[:2] != ("ui", "bench")]
    offenders = [f"{path.relative_to(PACKAGE.parent)} imports {name}"
                 for path in files for name in store_submodules_imported(path)]
    assert len(files) > 50
    assert offenders == []


def test_the_store_import_check_sees_every_form() -> None:
    source = ("from desktop.store import Study, StudyError, open_study, graph\n"
              "import desktop.store.items\n"
              "def show():\n"
              "    from desktop.store.people import list_people\n"
              "    from ..store.review import study_answers\n")
    found = store_submodules_imported(PACKAGE / "ui" / "page.py", source)
    assert found == ["desktop.store.graph", "desktop.store.items", "desktop.store.people",
                     "desktop.store.review"]
