"""The documents stand on their own and match the code: the generated reference pages are
up to date, every command line they show parses, every link stays inside the repository,
the README is short, and the Chinese quick start uses the screens' own words."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from counter_app.cli import build_parser
from tests.conftest import ROOT

DOCUMENTS = sorted(
    [
        ROOT / "README.md",
        ROOT / "README.zh-CN.md",
        ROOT / "CHANGELOG.md",
        *ROOT.glob("docs/**/*.md"),
    ]
)
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.M | re.S)
SPAN = re.compile(r"`(counter-app [^`]+)`")
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")
PLACEHOLDER_SYNTAX = set("|[]()<>…") | {"..."}


def _command_lines(path: Path) -> list[str]:
    """Command lines a reader would type: lines of sh/bat blocks that run counter-app, and
    inline `counter-app ...` spans that are not a synopsis (no | [ ] ( ) …)."""
    text = path.read_text(encoding="utf-8")
    found = []
    for language, body in FENCE.findall(text):
        if language not in ("sh", "bat", "console"):
            continue
        for line in body.splitlines():
            line = line.split(" #")[0].strip().removeprefix("$ ")
            words = shlex.split(line) if line else []
            while words and re.fullmatch(r"[A-Z_]+=.*", words[0]):
                words = words[1:]  # COUNTER_STORE=SZ2 counter-app ...
            if words and words[0] == "counter-app":
                found.append(shlex.join(words))
    for span in SPAN.findall(text):
        if not any(mark in span for mark in PLACEHOLDER_SYNTAX):
            found.append(span)
    return found


def test_documents_show_commands():
    assert len([line for path in DOCUMENTS for line in _command_lines(path)]) > 40


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_documented_command_line_parses(path, capsys):
    parser = build_parser()
    wrong = []
    for line in _command_lines(path):
        try:
            parser.parse_args(shlex.split(line)[1:])
        except SystemExit as exc:
            if exc.code:
                wrong.append(f"{line}: {capsys.readouterr().err.strip()}")
    capsys.readouterr()
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_links_stay_inside_the_repository(path):
    text = path.read_text(encoding="utf-8")
    assert "../shared" not in text and "/work/" not in text
    broken = []
    for target in LINK.findall(text):
        if re.match(r"[a-z]+:", target):  # https:, mailto:
            continue
        resolved = (path.parent / target).resolve()
        if not resolved.is_relative_to(ROOT) or not resolved.exists():
            broken.append(target)
    assert not broken, f"{path.name}: links to nothing in the repository: {broken}"


def test_the_generated_reference_pages_are_up_to_date():
    """docs/reference/{cli,settings,shortcuts}.md and the Traditional Chinese guides are
    generated from the code: a changed command, setting or shortcut makes this fail until
    python tools/gen_docs.py is run."""
    checked = subprocess.run(
        [sys.executable, "tools/gen_docs.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_every_setting_and_command_is_in_the_reference():
    from counter_app.services.shop.settings import SPECS

    settings_page = (ROOT / "docs/reference/settings.md").read_text(encoding="utf-8")
    assert all(f"`{spec.key}`" in settings_page for spec in SPECS)
    cli_page = (ROOT / "docs/reference/cli.md").read_text(encoding="utf-8")
    assert "### counter-app upgrade" in cli_page and "### counter-app backup" in cli_page


def test_the_readme_is_short_and_starts_with_the_chinese_quick_start():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) < 200
    assert "README.zh-CN.md" in lines[0]
    text = "\n".join(lines)
    assert "make run" in text and "make test" in text


def _glossary() -> dict[str, str]:
    terms: dict[str, str] = {}
    for path in sorted((ROOT / "resources/translations/glossary").glob("*.json")):
        for english, chinese in json.loads(path.read_text(encoding="utf-8")).items():
            if isinstance(chinese, str):
                terms.setdefault(english, chinese)
    return terms


# What a clerk sees on screen, as the quick start and the user guide must name it.
SCREEN_TERMS = (
    "Intake",
    "Job board",
    "Ticket",
    "Device history",
    "Customers",
    "Parts",
    "Reports",
    "After-care",
    "Schedule",
    "Switch user…",
    "Settings…",
    "Print label",
)


@pytest.mark.parametrize("path", ["README.zh-CN.md", "docs/zh-CN/user-guide.md"])
def test_the_chinese_guides_use_the_screens_own_words(path):
    glossary = _glossary()
    text = (ROOT / path).read_text(encoding="utf-8")
    missing = [f"{term} = {glossary[term]}" for term in SCREEN_TERMS if glossary[term] not in text]
    assert not missing, f"{path} does not use the screens' terms: {missing}"


KEYS = re.compile(r"Ctrl\+(?:Shift\+)?(?:Enter|[A-Z0-9])\b")


def test_every_key_the_guides_name_is_a_shortcut_of_the_window():
    table = (ROOT / "docs/reference/shortcuts.md").read_text(encoding="utf-8")
    offered = set(KEYS.findall(table))
    guides = ["README.md", "README.zh-CN.md", "docs/user-guide.md", "docs/zh-CN/user-guide.md"]
    named = {key for guide in guides for key in KEYS.findall((ROOT / guide).read_text("utf-8"))}
    assert named and named <= offered, sorted(named - offered)


def _program_texts() -> list[str]:
    import ast

    texts = []
    for source in (ROOT / "counter_app").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                texts.append(" ".join(node.value.split()))
    return texts


def test_the_messages_troubleshooting_quotes_are_the_programs_own():
    """Each quoted message (> ...) is what the program says: every stretch of it between
    the parts it fills in (…) is in a message of the code."""
    texts = _program_texts()
    page = (ROOT / "docs/troubleshooting.md").read_text(encoding="utf-8")
    quotes = re.findall(r"(?:^> .*\n)+", page, re.M)
    assert len(quotes) > 15
    unknown = []
    for quote in quotes:
        said = " ".join(line[2:] for line in quote.splitlines())
        for stretch in re.split(r"…|\d\.\d\.\d", said):
            stretch = stretch.strip(" :;,.()")
            if len(stretch) > 8 and not any(stretch in text for text in texts):
                unknown.append(stretch)
    assert not unknown, unknown
