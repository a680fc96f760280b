"""Keep the translations in step with the code.

    python tools/i18n.py            update .ts from the sources, fill from the glossaries,
                                    compile .qm  (make i18n)
    python tools/i18n.py --check    exit 1 if a string is untranslated or the .ts files are
                                    out of date (used by the test suite)

Sources of translations, in order of precedence:
  * what is already in the .ts files (edit them with pyside6-linguist if you like);
  * resources/translations/glossary/*.json: {"English source": "简体中文", ...} per area,
    "context|English source" for a translation in one context only (it wins there), and
    optionally {"zh_TW": {"English source": "繁體中文"}} for Traditional overrides;
  * Traditional Chinese not given explicitly is converted from Simplified with OpenCC
    (s2twp: Taiwan standard with phrases), so the two never drift apart.

Plural forms (Qt numerus): code counts with ``self.tr("%n earlier ticket(s)", "", n)``.
  * English needs a catalogue of its own for these only: service_counter_en.ts is made with
    ``lupdate -pluralonly`` and filled from glossary/plurals_en.json (which wins there)
    {"%n earlier ticket(s)": ["%n earlier ticket", "%n earlier tickets"], ...}
    ("context|source" keys work there too);
  * Chinese has one form: the glossaries give it as a plain string like any other message.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
GLOSSARY_DIR = TS_DIR / "glossary"
CATALOGUE = "service_counter"
LANGS = ("zh_CN", "zh_TW")
PLURALS_EN = GLOSSARY_DIR / "plurals_en.json"
ALL_LANGS = ("en", *LANGS)


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    files = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "counter_app").rglob("*.py")
        if "migrations" not in p.parts
    )
    return files


def load_glossaries() -> tuple[dict[str, str], dict[str, str]]:
    simplified: dict[str, str] = {}
    traditional: dict[str, str] = {}
    for path in sorted(GLOSSARY_DIR.glob("*.json")):
        if path == PLURALS_EN:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        overrides = data.pop("zh_TW", {}) if isinstance(data.get("zh_TW"), dict) else {}
        for source, text in data.items():
            if isinstance(text, str):
                simplified[source] = text
        traditional.update(overrides)
    return simplified, traditional


def load_plurals_en() -> dict[str, list[str]]:
    """English numerus forms: {"source" or "context|source": [singular, plural]}."""
    if not PLURALS_EN.exists():
        return {}
    data = json.loads(PLURALS_EN.read_text(encoding="utf-8"))
    return {
        source: [str(form) for form in forms]
        for source, forms in data.items()
        if isinstance(forms, list)
    }


def run_lupdate(ts_path: Path, lang: str) -> None:
    # English keeps only the messages with plural forms (the source text serves the rest).
    english = ["-pluralonly", "-source-language", "en", "-target-language", "en"]
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *(english if lang == "en" else []),
            *sources(),
            "-ts",
            str(ts_path),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def fill(
    ts_path: Path,
    lang: str,
    simplified: dict[str, str],
    traditional: dict[str, str],
    plurals_en: dict[str, list[str]] | None = None,
) -> list[str]:
    """Fill unfinished messages; returns the sources still missing a translation (a message
    with plural forms counts as missing unless every one of its forms is filled)."""
    if lang == "en":
        return _fill_english(ts_path, plurals_en or {})
    converter = None
    if lang == "zh_TW":
        import opencc  # opencc-python-reimplemented (dev dependency)

        converter = opencc.OpenCC("s2twp")
    tree = ET.parse(ts_path)
    root = tree.getroot()
    root.set("language", lang)
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            _fill_message(message, name, lang, simplified, traditional, converter, missing)
    ET.indent(tree, space="    ")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def _fill_english(ts_path: Path, plurals: dict[str, list[str]]) -> list[str]:
    tree = ET.parse(ts_path)
    root = tree.getroot()
    root.set("language", "en")
    root.set("sourcelanguage", "en")
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            slots = translation.findall("numerusform")
            forms = plurals.get(f"{name}|{source}") or plurals.get(source)
            if forms and len(forms) == len(slots) and all(f.strip() for f in forms):
                for slot, form in zip(slots, forms, strict=True):
                    slot.text = form
                translation.attrib.pop("type", None)
            elif translation.get("type") is not None or not _complete(translation):
                missing.append(f"{source} (needs {len(slots)} forms in plurals_en.json)")
    ET.indent(tree, space="    ")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def _complete(translation: ET.Element) -> bool:
    slots = translation.findall("numerusform")
    if slots:
        return all((slot.text or "").strip() for slot in slots)
    return bool((translation.text or "").strip())


def _lookup(table: dict[str, str], context: str, source: str) -> str | None:
    return table.get(f"{context}|{source}") or table.get(source)


def _fill_message(message, context, lang, simplified, traditional, converter, missing):  # type: ignore[no-untyped-def]
    if True:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        # A "context|source" glossary entry wins in its context even over a translation
        # already in the .ts (a word first translated for another screen: "Due" read "取").
        pinned = f"{context}|{source}" in simplified or f"{context}|{source}" in traditional
        if translation.get("type") is None and _complete(translation) and not pinned:
            return
        text = None
        if lang == "zh_CN":
            text = _lookup(simplified, context, source)
        else:
            text = _lookup(traditional, context, source)
            base = _lookup(simplified, context, source)
            if f"{context}|{source}" in simplified and f"{context}|{source}" not in traditional:
                text = None  # the one context's Simplified, converted, before a general word
            if text is None and base is not None and converter is not None:
                text = converter.convert(base)
        slots = translation.findall("numerusform")
        if text and slots:  # Chinese: the one text serves every plural form
            for slot in slots:
                slot.text = text
            translation.attrib.pop("type", None)
        elif text:
            translation.text = text
            translation.attrib.pop("type", None)
        else:
            missing.append(source)


def compile_qm(ts_path: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts_path), "-qm", str(ts_path.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )


def update() -> int:
    simplified, traditional = load_glossaries()
    plurals_en = load_plurals_en()
    status = 0
    for lang in ALL_LANGS:
        ts_path = TS_DIR / f"{CATALOGUE}_{lang}.ts"
        run_lupdate(ts_path, lang)
        missing = fill(ts_path, lang, simplified, traditional, plurals_en)
        compile_qm(ts_path)
        if missing:
            status = 1
            print(f"{ts_path.name}: {len(missing)} untranslated:")
            for source in missing:
                print(f"    {source!r}")
    if status == 0:
        print("translations complete")
    return status


def check() -> int:
    """Regenerate into a temporary copy and compare: missing strings or stale .ts fail."""
    simplified, traditional = load_glossaries()
    plurals_en = load_plurals_en()
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ALL_LANGS:
            committed = TS_DIR / f"{CATALOGUE}_{lang}.ts"
            if not committed.exists():
                problems.append(f"{committed.name} is missing")
                continue
            scratch = Path(tmp) / committed.name
            shutil.copy(committed, scratch)
            run_lupdate(scratch, lang)
            missing = fill(scratch, lang, simplified, traditional, plurals_en)
            problems.extend(f"{lang}: untranslated {s!r}" for s in missing)
            if scratch.read_bytes() != committed.read_bytes():
                problems.append(f"{committed.name} is out of date: run `make i18n`")
            if not committed.with_suffix(".qm").exists():
                problems.append(f"{committed.with_suffix('.qm').name} is missing: run `make i18n`")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    return check() if args.check else update()


if __name__ == "__main__":
    sys.exit(main())
