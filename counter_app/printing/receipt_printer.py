"""This PC's receipt printer: where receipts go, its resolution, and the cash drawer.

Per-PC (QSettings, like the label printer), because each counter has its own printer:
``uri`` is ``system`` (the operating system's printer, through Qt: the default),
``tcp://HOST:PORT`` (an ESC/POS printer on the network, usually port 9100) or
``file:/dev/usb/lp0`` (an ESC/POS printer on a USB or serial device); ``dpi`` is the
printer's real resolution (Epson TM-T82/T88-class: 180; most others: 203); ``cash_drawer``
says whether a cash payment, a till opening and a payout open the drawer wired to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from counter_app import pc_settings
from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError

SYSTEM = "system"
DEFAULT_DPI = 203
# Printer resolutions, labels and receipts alike: Epson TM-class receipt heads (180), most
# label and receipt heads (203), fine label heads (300, 600).
DPIS = (180, 203, 300, 600)


def dpi_choices() -> str:
    """The accepted resolutions, for messages: '180, 203, 300 or 600'."""
    return ", ".join(str(d) for d in DPIS[:-1]) + f" or {DPIS[-1]}"


@dataclass(frozen=True)
class Target:
    """Where raw ESC/POS bytes go: a TCP printer or a device file."""

    kind: str  # "tcp" or "file"
    host: str = ""
    port: int = 0
    path: str = ""

    @property
    def text(self) -> str:
        return f"tcp://{self.host}:{self.port}" if self.kind == "tcp" else f"file:{self.path}"


@dataclass(frozen=True)
class ReceiptPrinter:
    uri: str = SYSTEM
    dpi: int = DEFAULT_DPI
    cash_drawer: bool = False

    @property
    def target(self) -> Target | None:
        """The raw printer, or None for the system printer."""
        return None if self.uri == SYSTEM else parse_uri(self.uri)


def parse_uri(uri: str) -> Target:
    """``tcp://HOST:PORT`` or ``file:/dev/usb/lp0``; raises ValidationError otherwise."""
    text = (uri or "").strip()
    bad = ValidationError(
        "receipt_printer",
        QT_TRANSLATE_NOOP(
            "errors",
            "Receipt printer {uri}: use system, tcp://HOST:PORT or file:/dev/usb/lp0",
        ),
        uri=text,
    )
    if text.startswith("file:"):
        path = text[len("file:") :]
        if path.startswith("//"):
            path = path[2:]
        if not path.startswith("/") and not (len(path) > 2 and path[1] == ":"):
            raise bad
        return Target("file", path=path)
    if text.startswith("tcp://"):
        try:
            parts = urlsplit(text)
            port = parts.port
        except ValueError:
            raise bad from None
        if (
            not parts.hostname
            or port is None
            or not 0 < port < 65536
            or parts.path not in ("", "/")
        ):
            raise bad
        return Target("tcp", host=parts.hostname, port=port)
    raise bad


def check_dpi(dpi: int) -> int:
    if dpi not in DPIS:
        raise ValidationError(
            "dpi",
            QT_TRANSLATE_NOOP("errors", "Printer dpi: {dpis}"),
            dpis=dpi_choices(),
        )
    return dpi


def saved() -> ReceiptPrinter:
    """This PC's receipt printer set-up (QSettings)."""
    uri = pc_settings.read(pc_settings.RECEIPT_PRINTER) or SYSTEM
    dpi = pc_settings.read(pc_settings.RECEIPT_DPI)
    drawer = pc_settings.read(pc_settings.CASH_DRAWER)
    return ReceiptPrinter(uri, dpi if dpi in DPIS else DEFAULT_DPI, drawer)


def save(
    uri: str | None = None, dpi: int | None = None, cash_drawer: bool | None = None
) -> ReceiptPrinter:
    """Check and save what is given (None keeps the saved value). Raises ValidationError
    (nothing saved) for an unknown printer address or resolution."""
    current = saved()
    uri = current.uri if uri is None else uri.strip()
    if uri != SYSTEM:
        uri = parse_uri(uri).text
    setup = ReceiptPrinter(
        uri,
        check_dpi(current.dpi if dpi is None else int(dpi)),
        current.cash_drawer if cash_drawer is None else bool(cash_drawer),
    )
    pc_settings.write(pc_settings.RECEIPT_PRINTER, setup.uri)
    pc_settings.write(pc_settings.RECEIPT_DPI, setup.dpi)
    pc_settings.write(pc_settings.CASH_DRAWER, setup.cash_drawer)
    return setup
