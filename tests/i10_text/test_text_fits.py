"""At 1280×720, in English and Simplified Chinese, the text of every visible label, button
and column header of every page fits the room it has: nothing is cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHeaderView,
    QLabel,
    QStyle,
    QTabWidget,
    QWidget,
)

from counter_app.services.people import users
from counter_app.services.tickets import jobs as ticket_service
from counter_app.ui import operations
from counter_app.ui.app import install_language
from counter_app.ui.dialog_title import TITLE_BUTTONS, title_bar_text
from counter_app.ui.main_window import TITLE_BAR, MainWindow
from tests.i10_text.test_every_text_translated import _dialogs, shop  # noqa: F401 (fixture)


def _settle(qtbot) -> None:
    qtbot.waitUntil(lambda: operations.running() == 0, timeout=30000)


def clipped(root: QWidget) -> list[tuple[str, str, int, int]]:
    """(widget, text, width needed, width it has) for each visible text that does not fit."""
    found = []
    QApplication.sendPostedEvents()  # pending layout requests: widgets at their final size
    QApplication.processEvents()
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        name = widget.objectName() or type(widget).__name__
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel):
            if widget.wordWrap() or widget.textFormat() == Qt.TextFormat.RichText:
                continue
            text = widget.text()
            if widget.buddy() is not None:  # a mnemonic's "&" is not drawn ("&&" is one "&")
                text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            if not text or "<" in text or widget.pixmap() is not None and not text:
                continue
            room = widget.contentsRect().width() - 2 * widget.margin() - widget.indent()
            for line in text.splitlines():
                need = metrics.horizontalAdvance(line)
                if need > room:
                    found.append((name, line, need, room))
        elif isinstance(widget, QAbstractButton) and widget.text():
            need = widget.sizeHint().width()
            if need > widget.width():
                found.append((name, widget.text(), need, widget.width()))
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            model = widget.model()
            if model is None:
                continue
            margin = 2 * widget.style().pixelMetric(
                QStyle.PixelMetric.PM_HeaderMargin, None, widget
            )
            for section in range(widget.count()):
                if widget.isSectionHidden(section):
                    continue
                text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                need = metrics.horizontalAdvance(text) + margin
                if need > widget.sectionSize(section):
                    found.append((name, text, need, widget.sectionSize(section)))
    return found


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_text_is_clipped_at_1280x720(qtbot, shop, language, monkeypatch):  # noqa: F811
    actor = users.get_actor(shop, "manager")
    board = ticket_service.job_board(shop, limit=40)
    details = [ticket_service.detail(shop, actor, t.ticket_no) for t in board]
    paid = next((d for d in details if d.payments), details[0])
    found = []
    try:
        install_language(language)  # as the window does: the app's name in it too
        # Qt's offscreen screen is 800×800, where the window would maximise itself to fit:
        # this test stands for a 1280×720 screen instead (fit_to_screen has its own tests).
        monkeypatch.setattr(MainWindow, "fit_to_screen", lambda self: None)
        window = MainWindow(shop, actor)
        qtbot.addWidget(window)
        window.board.poll.stop()
        # Qt's offscreen screen is 800×800 (the window would be maximised to it): the shop
        # PC's 1280×720 less the title bar instead.
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(1280, 720 - TITLE_BAR)
        window.show()
        qtbot.waitExposed(window)
        # A geometry saved by an earlier test's window may come back maximised at show.
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(1280, 720 - TITLE_BAR)
        window.open_ticket(paid.ticket_no)
        _settle(qtbot)
        for key in list(window.pages):
            if key == "device":
                window.open_device(paid.device.imei or paid.device.serial)
            window.show_page(key)
            _settle(qtbot)
            assert window.width() <= 1280 and window.height() <= 720 - TITLE_BAR, (
                key,
                window.size(),
                window.windowState(),
                window.screen().availableGeometry(),
                window.minimumSizeHint(),
                " ".join(f"{k}={p.minimumSizeHint().height()}" for k, p in window.pages.items()),
            )
            found += [(key, *c) for c in clipped(window)]
            for tabs in window.findChildren(QTabWidget):
                if tabs.isVisible():
                    for index in range(tabs.count()):
                        tabs.setCurrentIndex(index)
                        _settle(qtbot)
                        needed = window.minimumSizeHint().height()
                        assert needed <= 720 - TITLE_BAR, (key, tabs.tabText(index), needed)
                        found += [(key, *c) for c in clipped(tabs)]
        for dialog in _dialogs(shop, actor, window):
            dialog.show()
            _settle(qtbot)
            name = type(dialog).__name__
            found += [(name, *c) for c in clipped(dialog)]
            title = title_bar_text(dialog)  # with the app's name Qt adds on the title bar
            need = dialog.fontMetrics().horizontalAdvance(title) + TITLE_BUTTONS
            if need > dialog.width():  # the title bar would cut the title short
                found.append((name, "title", title, need, dialog.width()))
            dialog.reject()
    finally:
        install_language("en")
    assert found == [], "\n".join(map(repr, sorted(set(found))))


def test_the_check_sees_a_cut_label_and_a_cut_button(qtbot):
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    panel = QWidget()
    row = QHBoxLayout(panel)
    label = QLabel("Customer declined the quote")
    label.setFixedWidth(40)
    button = QPushButton("Print the repair receipt")
    button.setFixedWidth(50)
    fine = QLabel("OK")
    for widget in (label, button, fine):
        row.addWidget(widget)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    assert [c[1] for c in clipped(panel)] == [
        "Customer declined the quote",
        "Print the repair receipt",
    ]
