"""The main window: pages, scan anywhere, search, languages, remembered page."""

from PySide6.QtCore import QSettings, Qt

from counter_app import i18n
from counter_app.ui.main_window import MainWindow
from tests.services.helpers import IMEI, IMEI_2, take_in
from tests.ui.conftest import FakeClock


def test_pages_and_status_bar(window, staff):
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == [
        "Intake",
        "Job board",
        "Ticket",
        "Device history",
        "Customers",
        "Parts",
        "Reports",
        "After-care",
        "Schedule",
    ]
    assert "Manager" in window.user_label.text() and "shop.sqlite3" in window.db_label.text()


def test_a_scan_opens_the_ticket_from_another_page(qtbot, window, db, staff):
    no = take_in(db, staff.clerk)
    window.show_page("board")
    window.scanner.clock = FakeClock()
    window.board.view.setFocus()
    qtbot.keyClicks(window.board.view, no)
    qtbot.keyClick(window.board.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page() == "ticket")
    qtbot.waitUntil(window.pages["ticket"].idle)
    assert window.pages["ticket"].detail.ticket_no == no
    assert window.windowTitle().startswith(f"{no} · Ticket — ")


def test_a_scanned_imei_opens_history_or_starts_an_intake(qtbot, window, db, staff):
    take_in(db, staff.clerk)
    window.scanner.clock = FakeClock()
    window.show_page("customers")
    search = window.pages["customers"].search
    search.setFocus()
    qtbot.keyClicks(search, IMEI)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page() == "device")
    assert search.text() == ""  # the scanned digits did not stay in the field
    qtbot.keyClicks(window.pages["device"].identifier, IMEI_2)
    qtbot.keyClick(window.pages["device"].identifier, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page() == "intake")
    assert window.intake.imei.text() == IMEI_2


def test_slow_typing_is_not_a_scan(qtbot, window, db, staff):
    no = take_in(db, staff.clerk)
    clock = FakeClock()
    window.scanner.clock = lambda: clock() + 0.3 * len(str(clock.now))  # people type slowly
    ticks = iter(range(1000))
    window.scanner.clock = lambda: 1000 + next(ticks) * 0.2
    window.show_page("customers")
    search = window.pages["customers"].search
    search.setFocus()
    qtbot.keyClicks(search, no)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.current_page() == "customers" and search.text() == no


def test_global_search_finds_a_customer_by_phone_tail(qtbot, window, db, staff):
    take_in(db, staff.clerk)
    window.search("5678")
    qtbot.waitUntil(lambda: window.pages["customers"].model.rowCount() == 1)
    assert window.current_page() == "customers"


def test_remembers_the_last_page(qtbot, db, staff):
    first = MainWindow(db, staff.clerk)
    qtbot.addWidget(first)
    first.show_page("parts")
    first.close()
    assert QSettings().value("window/page") == "parts"
    second = MainWindow(db, staff.clerk)
    qtbot.addWidget(second)
    assert second.current_page() == "parts"
    second.show_page("intake")
    second.close()


def test_chinese_window(qtbot, db, staff):
    try:
        i18n.install("zh_CN")
        main = MainWindow(db, staff.clerk)
        qtbot.addWidget(main)
        titles = [main.nav.item(i).text() for i in range(main.nav.count())]
        assert titles[:3] == ["受理", "维修看板", "工单"]
        assert main.intake.save_button.text().startswith("保存")
        header = main.board.model.headerData(0, Qt.Orientation.Horizontal)
        assert header == "工单"
        main.close()
        i18n.install("zh_TW")
        main_tw = MainWindow(db, staff.clerk)
        qtbot.addWidget(main_tw)
        assert main_tw.nav.item(0).text() == "受理"
        assert main_tw.nav.item(1).text() == "維修看板"
        main_tw.close()
    finally:
        i18n.install("en")


def test_chinese_status_names_and_tables(qtbot, db, staff):
    from counter_app.ui import format as fmt
    from counter_app.ui.pages.ticket_page import TicketPage

    no = take_in(db, staff.clerk)
    try:
        i18n.install("zh_CN")
        assert fmt.status_text("awaiting_approval") == "待客户确认"
        assert fmt.payment_method_text("wechat_pay") == "微信支付"
        page = TicketPage(db, staff.technician)
        qtbot.addWidget(page)
        page.show_ticket(no)
        qtbot.waitUntil(page.idle)
        assert page.status_chip.text() == "已受理"
        assert page.events_model.headerData(0, Qt.Orientation.Horizontal) == "时间"
    finally:
        i18n.install("en")
