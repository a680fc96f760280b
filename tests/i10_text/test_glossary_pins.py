"""A "context|source" glossary entry wins in its context even over a translation already in
the .ts file: the complaints' "Due" column was first translated for a printed slip ("取")
and stayed so although the glossary said "AftercarePage|Due": "到期"."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET

from tests.conftest import ROOT


def _tools_i18n():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("tools_i18n", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _filled(lang: str, context: str, simplified: dict, traditional: dict) -> str:  # type: ignore[type-arg]
    tools = _tools_i18n()
    message = ET.fromstring("<message><source>Due</source><translation>取</translation></message>")
    missing: list[str] = []
    converter = None
    if lang != "zh_CN":
        import opencc

        converter = opencc.OpenCC("s2twp")
    tools._fill_message(message, context, lang, simplified, traditional, converter, missing)
    assert missing == []
    return message.findtext("translation") or ""


def test_a_context_entry_replaces_an_earlier_translation_in_its_context_only():
    simplified = {"Due": "取", "AftercarePage|Due": "到期"}
    assert _filled("zh_CN", "AftercarePage", simplified, {}) == "到期"
    assert _filled("zh_TW", "AftercarePage", simplified, {"Due": "取"}) == "到期"
    assert _filled("zh_CN", "printing", simplified, {}) == "取"  # elsewhere: what it was


def test_the_complaints_due_column_reads_due_in_chinese():
    # Needs the catalogue regenerated (make i18n) after the glossaries changed.
    from PySide6.QtCore import QCoreApplication

    from counter_app import i18n

    try:
        i18n.install("zh_CN")
        assert QCoreApplication.translate("AftercarePage", "Due") == "到期"
    finally:
        i18n.install("en")
