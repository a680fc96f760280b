"""tools/i18n.py and plural forms: a message counted with %n is only complete when every
form is filled, in English (from plurals_en.json) and in Chinese (one form, from the
glossaries); otherwise `--check` names it."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.conftest import ROOT

_spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
assert _spec is not None and _spec.loader is not None
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)

SOURCE = "%n earlier ticket(s)"


def catalogue(path: Path, forms: int) -> Path:
    """A catalogue as lupdate writes it for one counted message."""
    slots = "".join("<numerusform></numerusform>" for _ in range(forms))
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1">'
        "<context><name>IntakeForm</name>"
        f'<message numerus="yes"><source>{SOURCE}</source>'
        f'<translation type="unfinished">{slots}</translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    return path


def forms(path: Path) -> list[str]:
    return [f.text or "" for f in ET.parse(path).getroot().iter("numerusform")]


def test_english_forms_come_from_the_plural_glossary(tmp_path):
    ts = catalogue(tmp_path / "en.ts", 2)
    missing = tool.fill(ts, "en", {}, {}, {})
    assert missing and SOURCE in missing[0]
    plurals = {SOURCE: ["%n earlier ticket", "%n earlier tickets"]}
    assert tool.fill(ts, "en", {}, {}, plurals) == []
    assert forms(ts) == ["%n earlier ticket", "%n earlier tickets"]


def test_an_english_entry_with_a_missing_form_is_not_enough(tmp_path):
    ts = catalogue(tmp_path / "en.ts", 2)
    assert tool.fill(ts, "en", {}, {}, {SOURCE: ["%n earlier ticket"]}) != []
    assert forms(ts) == ["", ""]


def test_chinese_fills_its_one_form_from_the_glossaries(tmp_path):
    simplified = {SOURCE: "以前的工单 %n 张"}
    assert tool.fill(catalogue(tmp_path / "cn.ts", 1), "zh_CN", {}, {}) == [SOURCE]
    cn = catalogue(tmp_path / "cn2.ts", 1)
    assert tool.fill(cn, "zh_CN", simplified, {}) == []
    assert forms(cn) == ["以前的工单 %n 张"]
    tw = catalogue(tmp_path / "tw.ts", 1)
    assert tool.fill(tw, "zh_TW", simplified, {}) == []
    assert forms(tw) == ["以前的工單 %n 張"]


def test_every_counted_message_in_the_code_has_english_forms():
    chinese = ET.parse(ROOT / "resources" / "translations" / "service_counter_zh_CN.ts")
    english = ET.parse(ROOT / "resources" / "translations" / "service_counter_en.ts")
    counted = {m.findtext("source") for m in chinese.getroot().iter("message") if m.get("numerus")}
    filled = {
        m.findtext("source"): [f.text for f in m.iter("numerusform")]
        for m in english.getroot().iter("message")
    }
    assert "{brand} {model} · %n earlier ticket(s)" in counted
    assert counted == set(filled)
    assert all(len(f) == 2 and all(f) for f in filled.values())
