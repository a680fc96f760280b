"""Issue 23: no function of the program over 150 lines (migrations aside: each is one
frozen step). A long function is split where it does two things."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "counter_app"
LIMIT = 150


def test_no_function_over_150_lines():
    long = []
    for path in sorted(ROOT.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > LIMIT:
                    long.append(
                        f"{path.relative_to(ROOT.parent)}:{node.lineno} {node.name} {length}"
                    )
    assert long == []
