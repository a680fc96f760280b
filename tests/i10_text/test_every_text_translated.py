"""The translation check: the window in Simplified and Traditional Chinese, on a demo shop,
shows no English source string untranslated and no internal code, on any page or in any
of the main dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget

from counter_app import i18n
from counter_app.demo import shop as demo
from counter_app.services.people import customers, users
from counter_app.services.tickets import jobs as ticket_service
from counter_app.ui import operations
from counter_app.ui.dialogs.about_dialog import AboutDialog
from counter_app.ui.dialogs.appointment_dialogs import BookDialog
from counter_app.ui.dialogs.complaint_dialog import ComplaintDialog
from counter_app.ui.dialogs.customer_edit_dialog import CustomerEditDialog
from counter_app.ui.dialogs.import_wizard import ImportWizard
from counter_app.ui.dialogs.parts_recovery_dialog import PartsRecoveryDialog
from counter_app.ui.dialogs.settings_dialog import SettingsDialog
from counter_app.ui.dialogs.sign_in import SetPasswordDialog, SignInDialog
from counter_app.ui.main_window import MainWindow
from counter_app.ui.pages.parts_page import ReceiveDialog
from counter_app.ui.print_actions import LabelCalibrationDialog
from tests.i10_text.visible_text import untranslated


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    from counter_app.config import sqlite_url
    from counter_app.db import Database

    db = Database(sqlite_url(tmp_path_factory.mktemp("shop") / "demo.sqlite3"))
    demo.fill(db, tickets=80, seed=7, days=20)
    yield db
    db.close()


def _settle(qtbot) -> None:
    qtbot.waitUntil(lambda: operations.running() == 0, timeout=30000)


def _dialogs(db, actor, parent: QWidget) -> list[QDialog]:
    customer = customers.search(db, "")[0] if customers.search(db, "") else None
    made: list[QDialog] = [
        AboutDialog(db, parent),
        SettingsDialog(db, actor, parent),
        ComplaintDialog(db, actor, parent),
        PartsRecoveryDialog(db, actor, "faulty", parent=parent),
        PartsRecoveryDialog(db, actor, "supplier", parent=parent),
        SignInDialog(db, parent),
        SetPasswordDialog(db, actor, parent),
        BookDialog(db, actor, [("tech", "技术员")], parent=parent),
        ImportWizard(db, actor, parent),
        ReceiveDialog(db, actor, parent),
        LabelCalibrationDialog(parent),
    ]
    if customer is not None:
        made.append(CustomerEditDialog(db, actor, customer, parent))
    return made


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_no_source_string_is_shown_untranslated(qtbot, shop, language):
    actor = users.get_actor(shop, "manager")
    board = ticket_service.job_board(shop, limit=40)
    details = [ticket_service.detail(shop, actor, t.ticket_no) for t in board]
    paid = next((d for d in details if d.payments), details[0])
    found: list[tuple[str, str, str]] = []
    people = frozenset(u.display_name for u in users.list_users(shop))
    try:
        assert i18n.install(language) == language
        window = MainWindow(shop, actor)
        qtbot.addWidget(window)
        window.board.poll.stop()
        window.resize(1366, 740)
        window.show()
        window.open_ticket(paid.ticket_no)
        _settle(qtbot)
        imei = paid.device.imei or paid.device.serial
        for key in list(window.pages):
            if key == "device" and imei:
                window.open_device(imei)
            window.show_page(key)
            _settle(qtbot)
            found += [(key, where, text) for where, text in untranslated(window, language, people)]
            for tabs in window.findChildren(QTabWidget):
                if not tabs.isVisible():
                    continue
                for index in range(tabs.count()):  # every tab of the page
                    tabs.setCurrentIndex(index)
                    _settle(qtbot)
                    found += [
                        (key, where, text) for where, text in untranslated(tabs, language, people)
                    ]
        for dialog in _dialogs(shop, actor, window):
            dialog.show()
            _settle(qtbot)
            name = type(dialog).__name__
            found += [(name, where, text) for where, text in untranslated(dialog, language, people)]
            dialog.reject()
    finally:
        i18n.install("en")
    assert found == [], "\n".join(map(repr, found))


def test_the_check_catches_an_untranslated_label_a_code_and_a_header(qtbot):
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QLabel, QListView, QPushButton, QVBoxLayout

    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.addWidget(QLabel("工单 T261127-019 · Apple iPhone 13"))  # data and codes: fine
    layout.addWidget(QLabel("Awaiting approval"))  # a status name left in English
    layout.addWidget(QPushButton("收款"))
    codes = QListView()
    codes.setModel(QStringListModel(["维修中", "in_repair"], codes))  # an internal code
    layout.addWidget(codes)
    qtbot.addWidget(panel)
    panel.show()
    found = [text for _where, text in untranslated(panel, "zh_CN")]
    assert found == ["Awaiting approval", "in_repair"]
