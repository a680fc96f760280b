"""The layer rules of DESIGN §1, checked on the source: Qt widgets only in counter_app/ui,
no Qt at all in services/models/db/exporting (import-linter checks the package layers)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "counter_app"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_qt_widgets_only_in_ui():
    offenders = [
        str(path.relative_to(ROOT))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts
        and any(m.startswith("PySide6.QtWidgets") for m in imported_modules(path))
    ]
    assert offenders == []


def test_no_qt_below_printing():
    plain = ("services", "models", "exporting")
    offenders = [
        str(path.relative_to(ROOT))
        for path in PACKAGE.rglob("*.py")
        if (path.relative_to(PACKAGE).parts[0] in plain or path.name in ("db.py", "config.py"))
        and any(m.startswith("PySide6") for m in imported_modules(path))
    ]
    assert offenders == []


def test_import_linter_contracts_hold():
    proc = subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
