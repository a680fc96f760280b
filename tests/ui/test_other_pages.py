"""Device history, customers, parts and reports pages."""

from PySide6.QtCore import Qt

from counter_app.services.stock import inventory
from counter_app.services.stock.inventory import PartData
from counter_app.ui.pages.device_history import DeviceHistoryPage
from counter_app.ui.pages.parts_page import PartsPage, ReceiveDialog
from counter_app.ui.pages.reports_page import ReportsPage
from tests.services.helpers import IMEI, collect, take_in


def test_device_history_newest_first_and_double_click_opens(qtbot, qtmodeltester, db, staff):
    first = take_in(db, staff.clerk, fault="Battery")
    collect(db, staff.clerk, staff.technician, first)
    second = take_in(db, staff.clerk, fault="Screen again")
    page = DeviceHistoryPage(db, staff.clerk)
    qtbot.addWidget(page)
    page.show_device(IMEI)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)  # read in the background
    assert [page.model.row_at(i).ticket_no for i in range(2)] == [second, first]
    assert "repair warranty" in page.summary.text()
    qtmodeltester.check(page.model)
    with qtbot.waitSignal(page.open_ticket) as opened:
        page.view.doubleClicked.emit(page.model.index(1, 0))
    assert opened.args == [first]


def test_parts_page_scanner_receiving_and_valuation(qtbot, db, staff):
    inventory.create_part(
        db,
        staff.inventory,
        PartData(sku="BAT-P60", name="P60 电池", cost="80", price="199", barcode="6901234567892"),
    )
    page = PartsPage(db, staff.inventory)
    qtbot.addWidget(page)
    dialog = ReceiveDialog(db, staff.inventory, page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.code, "6901234567892")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    dialog.qty.setValue(4)
    qtbot.keyClick(dialog.qty, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.received == ["BAT-P60"])  # written in the background
    assert "4 on hand" in dialog.result.text() and dialog.code.hasFocus()
    page.refresh()
    qtbot.waitUntil(lambda: page.idle() and page.model.rowCount() == 1)
    assert page.model.row_at(0).on_hand == 4
    assert "320.00" in page.valuation.text()
    page.search.setText("6901234567892")
    page._scanned()
    qtbot.waitUntil(page.idle)
    assert page.model.rowCount() == 1 and page.model.row_at(0).sku == "BAT-P60"


def test_reports_page_runs_off_the_ui_thread(qtbot, db, staff):
    no = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, no, "300")
    page = ReportsPage(db, staff.manager)
    qtbot.addWidget(page)
    page.run_daily()
    qtbot.waitUntil(lambda: page.daily_report is not None, timeout=10000)
    assert page.daily_report.net == 300
    assert page.takings.rowCount() == 1 and page.chart.items
    page.run_monthly()
    qtbot.waitUntil(lambda: page.monthly_report is not None, timeout=10000)
    assert page.staff.rowCount() >= 1


def test_reports_page_ignores_a_stale_answer(qtbot, db, staff):
    from datetime import date

    from counter_app.services.reporting import reports

    page = ReportsPage(db, staff.manager)
    qtbot.addWidget(page)
    page.day.setDate(date(2026, 3, 10))
    page.show_daily(reports.daily(db, staff.manager, date(2026, 3, 9)))  # arrives late
    assert page.daily_report is None
    page.show_daily(reports.daily(db, staff.manager, date(2026, 3, 10)))
    assert page.daily_report.day == date(2026, 3, 10)


def test_settings_dialog_saves_the_language_and_refuses_bad_values(qtbot, db, staff):
    from counter_app.services.shop import settings
    from counter_app.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(db, staff.manager)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.idle)  # the values are read in the background
    dialog.editors["language"].setCurrentIndex(dialog.editors["language"].findData("zh_TW"))
    dialog.editors["store_name"].setText("旺角手機維修")
    dialog.editors["time_zone"].setText("Mars/Base")
    dialog.save()
    qtbot.waitUntil(dialog.idle)  # saved (or refused) in the background
    assert "Unknown time zone" in dialog.error.text()
    assert settings.get_all(db).language == ""  # nothing saved
    dialog.editors["time_zone"].setText("Asia/Hong_Kong")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    saved = settings.get_all(db)
    assert (saved.language, saved.store_name, saved.time_zone) == (
        "zh_TW",
        "旺角手機維修",
        "Asia/Hong_Kong",
    )
