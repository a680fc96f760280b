"""The main window: pages on the left, the page on the right, database/user/store below.
A scanned ticket number opens the ticket and a scanned IMEI its history (or an intake),
from any page; Ctrl+F searches ticket numbers, IMEIs, phone tails and names.

The window is built in two steps so that a start shows it at once: ``MainWindow()`` is
the frame (page list, menus, status bar, an "Opening the shop…" first page) and needs
neither the database nor the services, which this module imports only when ``attach``
gives it the database and the signed-in user and the pages are built."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from counter_app import pc_settings
from counter_app.errors import ServiceError
from counter_app.ui import format as fmt
from counter_app.ui.operations import run_task, show_error, wait_for, wait_for_tasks
from counter_app.ui.scanner import ScanDetector, fill, scan_kind

if TYPE_CHECKING:  # loaded by attach(): the frame is shown before SQLAlchemy is imported
    from counter_app.db import Database
    from counter_app.services.base.dto import Actor
    from counter_app.services.people import lookup
    from counter_app.services.stores.chain import StoreInfo
    from counter_app.ui.pages.intake_form import IntakeForm
    from counter_app.ui.pages.job_board import JobBoard

OPTIONAL_PAGES = (
    ("ticket", "counter_app.ui.pages.ticket_page", "TicketPage"),
    ("device", "counter_app.ui.pages.device_history", "DeviceHistoryPage"),
    ("customers", "counter_app.ui.pages.customers_page", "CustomersPage"),
    ("parts", "counter_app.ui.pages.parts_page", "PartsPage"),
    ("reports", "counter_app.ui.pages.reports_page", "ReportsPage"),
    ("aftercare", "counter_app.ui.pages.aftercare_page", "AftercarePage"),
    ("schedule", "counter_app.ui.pages.schedule_page", "SchedulePage"),
)

# Where the keyboard goes when a page is opened.
FIRST_FIELD = {
    "intake": "phone",
    "board": "view",
    "device": "identifier",
    "customers": "search",
    "parts": "search",
}

_WINDOWS: list[MainWindow] = []  # windows opened by "Switch user"
TITLE_BAR = 40  # px allowed for the window manager's title bar and border


def pc_store(db: Database, actor: Actor, code: str | None = None) -> tuple[Actor, StoreInfo | None]:
    """The actor acting for this PC's store (``code``: the QSettings value, read on the GUI
    thread by the caller), and that store when the shop has several (None for a single
    store: nothing changes on screen). A store the user does not work at leaves the actor
    without one: writing then asks to choose."""
    from counter_app.services.stores import chain as store_service

    found = store_service.list_stores(db)
    if len(found) <= 1:
        return actor, None
    try:
        acting = store_service.at_store(db, actor, code)
    except ServiceError:
        acting = actor
    store = next((s for s in found if s.id == acting.store_id), None)
    return acting, store


def load_start(
    db: Database, actor: Actor, code: str | None
) -> tuple[Actor, StoreInfo | None, dict, str]:  # type: ignore[type-arg]
    """What the window is built for, read in the background by ``attach``: the actor for
    this PC's store (``code``), that store, the shop's settings and the store's time zone."""
    from counter_app.services.shop import settings as settings_service
    from counter_app.services.stores import chain as store_service

    acting, store = pc_store(db, actor, code)
    return acting, store, settings_service.get_all(db), store_service.time_zone_for(db, acting)


class Pages(dict[str, QWidget]):
    """The window's pages by key. A page not built yet (only its place in the list and an
    empty placeholder exist) is built the first time it is looked up or shown, so a start
    builds and reads only the first page's widgets."""

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        super().__init__()
        self._build = build
        self.placeholders: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        if key in self.placeholders:
            return self._build(key)
        return super().__getitem__(key)

    def get(self, key: str, default: QWidget | None = None) -> QWidget | None:  # type: ignore[override]
        return self[key] if key in self else default  # noqa: SIM401  (builds a page)

    def built(self, key: str) -> bool:
        return key in self and key not in self.placeholders


class MainWindow(QMainWindow):
    db: Database
    actor: Actor
    intake: IntakeForm

    def __init__(
        self, db: Database | None = None, actor: Actor | None = None, parent: QWidget | None = None
    ) -> None:
        """The frame; with ``db`` and ``actor`` also its pages (``attach``)."""
        super().__init__(parent)
        self.attached = False
        self.store_name = ""
        self.nav = QListWidget(objectName="navigation")
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget()
        self.pages = Pages(self._build_page)
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self.titles = {
            "intake": self.tr("Intake"),
            "board": self.tr("Job board"),
            "ticket": self.tr("Ticket"),
            "device": self.tr("Device history"),
            "customers": self.tr("Customers"),
            "parts": self.tr("Parts"),
            "reports": self.tr("Reports"),
            "aftercare": self.tr("After-care"),
            "schedule": self.tr("Schedule"),
        }
        # Every page has its place in the list from the start; a page is built, and reads
        # the database, when first shown after attach() (Pages).
        opening = QLabel(self.tr("Opening the shop…"), alignment=Qt.AlignmentFlag.AlignCenter)
        self._add_placeholder("intake", opening)
        self._add_placeholder("board")
        for key, module, _name in OPTIONAL_PAGES:
            if importlib.util.find_spec(module) is not None:
                self._add_placeholder(key)
        self.nav.setEnabled(False)  # until attach(): nothing to open yet
        self.nav.currentRowChanged.connect(self._page_changed)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.db_label, self.user_label, self.store_label = QLabel(), QLabel(), QLabel()
        self.db_label.setContentsMargins(0, 0, 8, 0)  # clear of the window's edge
        for label in (self.user_label, self.store_label, self.db_label):
            self.statusBar().addPermanentWidget(label)
        self.scan_note = QLabel(objectName="scan_note")  # what became of the last scan
        self.scan_note.hide()
        self.statusBar().addWidget(self.scan_note, 1)
        # Scans are heard from the start: one made while the shop opens is kept and looked up
        # once it is open (keys typed then reach the frame, which has nothing else for them).
        self.scanner = ScanDetector(self)
        self.scanner.scanned.connect(self.handle_scan)
        self._pending_scans: list[str] = []
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.scanner)
        find = QShortcut(QKeySequence.StandardKey.Find, self, activated=self.global_search)
        find.setWhatsThis(self.tr("Search: ticket number, IMEI, phone tail or name"))
        for number, key in enumerate(self.pages, start=1):  # Ctrl+1 … Ctrl+9: the pages
            if number > 9:
                break
            page = QShortcut(
                QKeySequence(f"Ctrl+{number}"),
                self,
                activated=lambda key=key: self.show_page(key),
            )
            page.setWhatsThis(self.tr("Show the page: {page}").format(page=self.titles[key]))
            self.nav.item(number - 1).setToolTip(f"Ctrl+{number}")
        menu = self.menuBar().addMenu(self.tr("&Shop"))
        self._needs_shop = [menu.addAction(self.tr("Search…"), self.global_search)]
        self._needs_shop.append(
            menu.addAction(self.tr("Devices waiting to be collected…"), self.show_uncollected)
        )
        self._manager_only = [
            menu.addAction(self.tr("Settings…"), self.edit_settings),
            menu.addAction(self.tr("Import records…"), self.import_records),
        ]
        self._needs_shop.append(menu.addAction(self.tr("This PC's store…"), self.choose_store))
        self._needs_shop.append(menu.addAction(self.tr("Till…"), self.open_till))
        menu.addSeparator()
        switch = menu.addAction(self.tr("Switch user…"), self.switch_user)
        switch.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_L))
        self._needs_shop.append(switch)
        menu.addAction(self.tr("Quit"), self.close)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._needs_shop.append(
            help_menu.addAction(self.tr("About Service Counter…"), self.show_about)
        )
        for action in self._needs_shop + self._manager_only:
            action.setEnabled(False)
        self._restore()
        self.setWindowTitle(self.tr("Opening the shop…"))
        if db is not None and actor is not None:
            self.attach(db, actor)

    def attach(self, db: Database, actor: Actor) -> None:
        """The shop is open and the user signed in: build the first page, fill the status
        bar and title, and start listening for scans."""
        from counter_app.services.money.payments import offered_methods
        from counter_app.ui.pages.intake_form import IntakeForm
        from counter_app.ui.pages.job_board import JobBoard

        # read in the background, the window drawn and busy meanwhile (its pages are not
        # open yet: the list is disabled until the first page is built)
        code = pc_settings.read(pc_settings.STORE)
        actor, store, shop, zone = wait_for(load_start, db, actor, code)
        self.db, self.actor = db, actor
        fmt.configure(zone, shop.currency)
        fmt.configure_methods(offered_methods(shop))
        self.store_name = shop.store_name
        self._factories["intake"] = lambda: IntakeForm(db, actor, settings=shop)
        self._factories["board"] = lambda: JobBoard(db, actor, load=False)
        for key, module, name in OPTIONAL_PAGES:
            if key in self.pages.placeholders:
                self._factories[key] = lambda module=module, name=name: getattr(
                    importlib.import_module(module), name
                )(db, actor)
        self.attached = True
        self.intake = self.pages["intake"]  # type: ignore[assignment]
        where = db.describe()
        short = where if len(where) <= 48 else "…" + where[-47:]
        self.db_label.setText(self.tr("Database: {name}").format(name=short))
        self.db_label.setToolTip(where)
        self.user_label.setText(
            self.tr("Signed in: {user} ({role})").format(
                user=actor.display_name, role=fmt.role_text(actor.role)
            )
        )
        self.store_label.setText(
            self.tr("Store: {code} {name}").format(code=store.code, name=store.name)
            if store is not None
            else shop.store_name
        )
        for action in self._needs_shop:
            action.setEnabled(True)
        for action in self._manager_only:
            action.setEnabled(actor.role == "manager")
        self.intake.saved.connect(lambda _: self.refresh_board())
        self.intake.saved.connect(self._intake_saved)
        self.intake.imei.textChanged.connect(lambda _: self.update_title())
        self.nav.setEnabled(True)
        last = pc_settings.read(pc_settings.PAGE)
        self.show_page(last if last in self.pages and last != "ticket" else "intake")
        self.update_title()
        pending, self._pending_scans = self._pending_scans, []
        for text in pending:
            self.handle_scan(text)

    def add_page(self, key: str, title: str, widget: QWidget, icon=None) -> None:  # type: ignore[no-untyped-def]
        dict.__setitem__(self.pages, key, widget)
        self.stack.addWidget(widget)
        self.nav.addItem(title)
        item = self.nav.item(self.nav.count() - 1)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self._connect_page(widget)

    def _connect_page(self, widget: QWidget) -> None:
        for signal, slot in (
            ("shown", lambda _: self.update_title()),
            ("open_ticket", self.open_ticket),
            ("open_device", self.open_device),
            ("start_intake", self.start_intake),
            ("start_booked_intake", self.start_booked_intake),
        ):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(slot)

    @property
    def board(self) -> JobBoard:
        return self.pages["board"]  # type: ignore[return-value]

    def refresh_board(self) -> None:
        """Tickets changed here: reload the board if it exists (it reads afresh when first
        shown anyway)."""
        if self.pages.built("board"):
            self.board.refresh()

    def _add_placeholder(self, key: str, placeholder: QWidget | None = None) -> None:
        placeholder = placeholder or QWidget()
        self.pages.placeholders[key] = placeholder
        self.add_page(key, self.titles[key], placeholder)

    def _build_page(self, key: str) -> QWidget:
        """Build a page in its placeholder's place (same list row, same index)."""
        page = self._factories[key]()
        placeholder = self.pages.placeholders.pop(key)
        index = self.stack.indexOf(placeholder)
        current = self.stack.currentIndex()
        dict.__setitem__(self.pages, key, page)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if current == index:
            self.stack.setCurrentIndex(index)
        self._connect_page(page)
        if key == "ticket" and hasattr(page, "ticket_changed"):
            page.ticket_changed.connect(lambda _: self.refresh_board())
        return page

    def _intake_saved(self, ticket: object) -> None:
        """A booked drop-off's intake saved: the schedule marks the booking done (only the
        schedule page starts such an intake, so an unbuilt page has none pending)."""
        if self.pages.built("schedule"):
            self.pages["schedule"].intake_saved(ticket)  # type: ignore[attr-defined]

    def import_records(self) -> None:
        from counter_app.ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.db, self.actor, self)
        wizard.imported.connect(lambda _: self.refresh_board())
        wizard.open()

    def show_page(self, key: str) -> None:
        if not self.attached:
            return  # the frame: no page can be built before the shop is open
        widget = self.pages.get(key)
        if widget is not None:
            self.nav.setCurrentRow(self.stack.indexOf(widget))

    def current_page(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def _page_changed(self, row: int) -> None:
        if not self.attached:
            return
        item = self.nav.item(row)
        key = item.data(Qt.ItemDataRole.UserRole) if item else ""
        if key in self.pages.placeholders:
            self.pages.get(key)  # first shown: built now
        self.stack.setCurrentIndex(row)
        widget = self.stack.currentWidget()
        # the ticket page shows the ticket asked for (it is not built for this question)
        if hasattr(widget, "refresh") and key != "ticket":
            widget.refresh()
        field = getattr(widget, FIRST_FIELD.get(self.current_page(), ""), None)
        if isinstance(field, QWidget):
            field.setFocus()  # type straight away: no click into the page first
        self.update_title()

    def shown_record(self) -> str:
        """The ticket number or device the current page shows ("" when none)."""
        page = self.current_page()
        widget = self.pages.get(page)
        if page == "ticket":
            detail = getattr(widget, "detail", None)
            return detail.ticket_no if detail is not None else ""
        field = getattr(widget, {"device": "identifier", "intake": "imei"}.get(page, ""), None)
        return field.text().strip() if isinstance(field, QLineEdit) else ""

    def update_title(self) -> None:
        """Names the open record, e.g. "T261127-019 · Ticket — <store>", so a clerk (and a
        test driving the real window) can tell what is open from the task bar."""
        if not self.attached:
            return  # "Opening the shop…" until attach()
        page = self.titles.get(self.current_page(), "")
        record = self.shown_record()
        if record:
            title = self.tr("{record} · {page} — {store}").format(
                record=record, page=page, store=self.store_name
            )
        else:
            title = self.tr("{page} — {store}").format(page=page, store=self.store_name)
        self.setWindowTitle(title)

    def open_ticket(self, ticket_no: str) -> None:
        page = self.pages.get("ticket")
        if page is None:
            return
        page.show_ticket(ticket_no)  # type: ignore[attr-defined]
        self.show_page("ticket")
        self.update_title()

    def open_device(self, identifier: str) -> None:
        page = self.pages.get("device")
        if page is None:
            return
        page.show_device(identifier)  # type: ignore[attr-defined]
        self.show_page("device")
        self.update_title()

    def start_intake(self, imei: str = "") -> None:
        self.intake.start_with_imei(imei)
        self.show_page("intake")

    def start_booked_intake(self, data: object) -> None:
        """A booked drop-off arrived: its intake, prefilled from the booking."""
        self.intake.start_from(data)  # type: ignore[arg-type]
        self.show_page("intake")

    def handle_scan(self, text: str) -> None:
        """What a scan means. A field that expects that kind of code takes it (the intake's
        IMEI field an IMEI, the parts search a barcode), replacing what it held; elsewhere:
        ticket -> ticket page; known IMEI -> history; unknown IMEI -> a new intake with it
        filled in; anything else a message ("no ticket …", "nothing found"), no field
        touched. The look-up runs in the background; the status bar says so meanwhile.
        Before the shop is open (the window's frame), the scan waits for it."""
        if not self.attached:
            self._pending_scans.append(text)
            return
        from counter_app.services.people import lookup
        from counter_app.services.tickets.numbering import looks_like_ticket_no
        from counter_app.validation import looks_like_imei

        target = self._scan_field(self.scanner.target)
        if scan_kind(target) == "code" and not (
            looks_like_imei(text) or looks_like_ticket_no(text)
        ):
            self.note_scan("")
            fill(target, text)  # type: ignore[arg-type]  # a part's barcode, a serial number
            return
        if looks_like_imei(text):
            if scan_kind(target) != "imei" and self.intake.isAncestorOf(target):
                target = self.intake.imei  # the intake expects an IMEI: never a new form
            if scan_kind(target) == "imei":
                self.note_scan("")
                fill(target, text)  # type: ignore[arg-type]
                return
        self.note_scan(self.tr("Looking up {text}…").format(text=text))
        run_task(
            self,
            lookup.resolve,
            self.db,
            text,
            on_done=lambda result: self._scan_resolved(text, target, result),
        )

    @staticmethod
    def _scan_field(target: object) -> QWidget | None:
        """The widget a scan was typed into, while it can still take one."""
        if isinstance(target, QWidget) and target.isVisible() and target.isEnabled():
            return target
        return None

    def note_scan(self, text: str) -> None:
        """What became of a scan, in the status bar (a label a screen reader reads)."""
        self.scan_note.setText(text)
        self.scan_note.setVisible(bool(text))

    def _scan_resolved(
        self, text: str, target: QWidget | None, result: lookup.LookupResult
    ) -> None:
        from counter_app.services.tickets.numbering import looks_like_ticket_no

        self.note_scan("")
        if self._open_result(result):
            return
        if looks_like_ticket_no(text):
            self.note_scan(self.tr("No ticket {ticket}").format(ticket=text.upper()))
        else:
            self.note_scan(self.tr("Scanned {text}: nothing found").format(text=text))

    def _open_result(self, result: lookup.LookupResult) -> bool:
        if result.kind == "ticket" and result.ticket_no:
            self.open_ticket(result.ticket_no)
        elif result.kind == "device" and result.identifier:
            self.open_device(result.identifier)
        elif result.kind == "new_device" and result.identifier:
            self.start_intake(result.identifier)
        else:
            return False
        return True

    def show_uncollected(self) -> None:
        from counter_app.ui.dialogs.uncollected_dialog import UncollectedDialog

        dialog = UncollectedDialog(self.db, self.actor, self)
        dialog.open_ticket.connect(self.open_ticket)
        dialog.exec()

    def global_search(self) -> None:
        if not self.attached:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Search"), self.tr("Ticket number, IMEI, phone tail or name:")
        )
        if ok and text.strip():
            self.search(text)

    def search(self, text: str) -> None:
        """Ctrl+F: ticket, IMEI, phone tail or name, looked up in the background."""
        from counter_app.services.people import lookup

        self.statusBar().showMessage(self.tr("Looking up {text}…").format(text=text))
        run_task(self, lookup.resolve, self.db, text, on_done=lambda r: self._search_found(text, r))

    def _search_found(self, text: str, result: lookup.LookupResult) -> None:
        self.statusBar().clearMessage()
        if self._open_result(result):
            return
        if result.kind == "customers":
            page = self.pages.get("customers")
            if page is not None:
                page.search.setText(text)  # type: ignore[attr-defined]
                page.refresh()  # type: ignore[attr-defined]
                self.show_page("customers")
        else:
            QMessageBox.information(
                self, self.tr("Search"), self.tr("Nothing found for {text}").format(text=text)
            )

    def edit_settings(self) -> None:
        from counter_app.services.money.payments import offered_methods
        from counter_app.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self.actor, self)
        if dialog.exec() and dialog.saved is not None:
            from counter_app.services.stores import chain as store_service

            shop = dialog.saved  # as saved (in the background): no second read of settings
            fmt.configure(fmt.time_zone(), shop.currency)
            fmt.configure_methods(offered_methods(shop))
            # the PC's store decides the zone (a store without its own uses the setting)
            run_task(
                self,
                store_service.time_zone_for,
                self.db,
                self.actor,
                on_done=lambda tz: fmt.configure(tz, shop.currency),
            )
            self.store_label.setText(shop.store_name)
            self.store_name = shop.store_name
            self.update_title()

    def show_about(self) -> None:
        from counter_app.ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self.db, self).exec()

    def _restore(self) -> None:
        geometry = pc_settings.read(pc_settings.GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self.fit_to_screen()

    def open_till(self) -> None:
        from counter_app.ui.dialogs.till_dialog import TillDialog

        TillDialog(self.db, self.actor, self).exec()

    def choose_store(self) -> None:
        """Set the store this PC works for (a per-PC setting); the window reopens for it.
        The stores are listed, and the choice checked, in the background."""
        from counter_app.services.stores import chain as store_service

        run_task(self, store_service.list_stores, self.db, on_done=self._pick_store, busy=True)

    def _pick_store(self, found: list[StoreInfo]) -> None:
        from PySide6.QtWidgets import QInputDialog

        labels = [f"{s.code} {s.name}" for s in found]
        current = next((i for i, s in enumerate(found) if s.id == self.actor.store_id), 0)
        label, ok = QInputDialog.getItem(
            self, self.tr("This PC's store"), self.tr("Store"), labels, current, False
        )
        if not ok:
            return
        code = found[labels.index(label)].code
        from counter_app.services.stores import chain as store_service

        run_task(
            self,
            store_service.at_store,
            self.db,
            self.actor,
            code,
            on_done=lambda _: self._store_chosen(code),
            on_error=self._store_refused,
            busy=True,
        )

    def _store_refused(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            QMessageBox.warning(self, self.tr("This PC's store"), exc.message)
        else:
            show_error(self, exc)

    def _store_chosen(self, code: str) -> None:
        pc_settings.write(pc_settings.STORE, code)
        successor = MainWindow(self.db, self.actor)
        _WINDOWS[:] = [successor]
        successor.show()
        self.successor = successor
        self.close()

    def switch_user(self) -> None:
        """Sign out on a shared PC: this window goes away at once (the next person sees
        nothing of it) and the sign-in asks who is next; cancelling it quits."""
        from counter_app.ui.dialogs.sign_in import SignInDialog

        self.hide()
        dialog = SignInDialog(self.db)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            self.close()
            return
        successor = MainWindow(self.db, dialog.actor)
        _WINDOWS[:] = [successor]  # kept alive once this window is gone
        successor.show()
        self.successor = successor
        self.close()

    def fit_to_screen(self) -> None:
        """Never larger than the screen's free area, title bar included: on a 1366×768 or
        1280×720 shop PC the status bar stays on screen. A small screen gets the window
        maximised."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        frame = TITLE_BAR  # the window manager's decoration, not known before showing
        if self.width() >= area.width() or self.height() + frame >= area.height():
            self.resize(min(self.width(), area.width()), min(self.height(), area.height() - frame))
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        self.move(
            max(area.left(), min(self.x(), area.right() - self.width())),
            max(area.top(), min(self.y(), area.bottom() - self.height() - frame)),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        pc_settings.write(pc_settings.GEOMETRY, self.saveGeometry())
        if self.attached:  # the frame alone has no page of the user's to remember
            pc_settings.write(pc_settings.PAGE, self.current_page())
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scanner)
        if self.pages.built("board"):
            self.board.poll.stop()
        wait_for_tasks()  # let a running export or report finish its transaction
        super().closeEvent(event)
