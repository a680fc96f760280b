"""Every visible string ships in Simplified and Traditional Chinese, and the .ts files are
in step with the code (tools/i18n.py --check regenerates them in a scratch copy)."""

import subprocess
import sys

from tests.conftest import ROOT


def test_translations_are_complete_and_up_to_date():
    proc = subprocess.run(
        [sys.executable, "tools/i18n.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_compiled_catalogues_load_and_translate(qapp):
    from PySide6.QtCore import QCoreApplication

    from counter_app import i18n

    try:
        assert i18n.install("zh_CN") == "zh_CN"
        assert QCoreApplication.translate("documents", "Receipt") == "收据"
        assert i18n.install("zh_TW") == "zh_TW"
        assert QCoreApplication.translate("documents", "Receipt") == "收據"
    finally:
        i18n.install("en")
    assert QCoreApplication.translate("documents", "Receipt") == "Receipt"


def test_service_errors_are_shown_translated(qapp):
    from counter_app import i18n
    from counter_app.errors import ValidationError
    from counter_app.validation import normalize_imei

    try:
        normalize_imei("49015420323751")
    except ValidationError as exc:
        error = exc
    try:
        i18n.install("zh_CN")
        assert i18n.error_text(error) == "IMEI：应为15位，当前为14位"
    finally:
        i18n.install("en")
    assert i18n.error_text(error) == "IMEI: must be 15 digits, got 14"
