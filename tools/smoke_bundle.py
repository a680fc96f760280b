"""Smoke test of the BUILT bundle (not the source tree), as a shop PC would run it: every
command runs under `env -i` with a temporary HOME (no Python, no virtualenv, no project
folder on any path), and the checks look at what a person would: the version, a database
made by `init`, a ticket from an intake, a label PDF whose barcode scans back to the ticket
number with the Chinese customer name printed in a Chinese font, the shop switched to
Simplified Chinese, and the main window opening offscreen and closing by itself.

    python tools/smoke_bundle.py dist/counter-app/counter-app

Needs pdftoppm and pdffonts (poppler-utils) and zxing-cpp (a dev dependency) on the machine
that checks; the bundle itself needs neither. Exit 0 when every check passes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CUSTOMER = "欧阳娜娜"


class SmokeFailure(Exception):
    pass


def run(
    binary: Path, home: Path, *args: str, gui: bool = False
) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home)}
    if gui:
        env["QT_QPA_PLATFORM"] = "offscreen"  # no display on a CI machine
    proc = subprocess.run(
        ["env", "-i", *(f"{k}={v}" for k, v in env.items()), str(binary), *args],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=home,
    )
    print(f"$ counter-app {' '.join(args)}  -> exit {proc.returncode}")
    return proc


def check(condition: bool, what: str, proc: subprocess.CompletedProcess[str] | None = None) -> None:
    if not condition:
        detail = f"\nstdout: {proc.stdout}\nstderr: {proc.stderr}" if proc else ""
        raise SmokeFailure(what + detail)
    print(f"  ok: {what}")


def decode_barcodes(pdf: Path, work: Path) -> list[str]:
    import zxingcpp
    from PySide6.QtGui import QImage

    subprocess.run(
        ["pdftoppm", "-r", "203", "-png", "-singlefile", str(pdf), str(work / "label")],
        check=True,
    )
    return [b.text for b in zxingcpp.read_barcodes(QImage(str(work / "label.png")))]


def pdf_fonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout


def smoke(binary: Path) -> None:
    binary = binary.resolve()
    check(binary.is_file() and os.access(binary, os.X_OK), f"{binary} is an executable")
    with tempfile.TemporaryDirectory(prefix="counter-smoke-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        db = str(Path(tmp) / "shop.sqlite3")

        proc = run(binary, home, "--version")
        check(proc.returncode == 0 and proc.stdout.startswith("counter-app "), "--version", proc)
        windowed = binary.with_name("service-counter" + binary.suffix)
        proc = run(windowed, home, "--version")
        check(proc.returncode == 0, "the windowed program (for shortcuts) starts too", proc)

        proc = run(binary, home, "--db", db, "init", "--json")
        check(proc.returncode == 0, "init on a new database", proc)
        check(json.loads(proc.stdout).get("manager") == "manager", "init made the manager", proc)

        proc = run(
            binary, home, "--db", db, "intake", "--json", "--name", CUSTOMER,
            "--phone", "13812345678", "--brand", "Apple", "--model", "iPhone 13",
            "--imei", "356938035643809", "--fault", "屏幕碎了",
        )  # fmt: skip
        check(proc.returncode == 0, "intake", proc)
        ticket_no = json.loads(proc.stdout)["ticket_no"]
        check(bool(ticket_no), f"intake gave ticket {ticket_no}")

        proc = run(binary, home, "--db", db, "ticket", "show", ticket_no, "--json")
        check(
            proc.returncode == 0 and json.loads(proc.stdout)["customer"]["name"] == CUSTOMER,
            "ticket show reads the ticket back",
            proc,
        )
        proc = run(binary, home, "--db", db, "history", "356938035643809", "--json")
        check(
            proc.returncode == 0 and ticket_no in proc.stdout, "the device history lists it", proc
        )

        label = Path(tmp) / "label.pdf"
        proc = run(binary, home, "--db", db, "print", "label", ticket_no, "--pdf", str(label))
        check(proc.returncode == 0 and label.stat().st_size > 0, "print label to a PDF", proc)
        check(decode_barcodes(label, Path(tmp)) == [ticket_no], "the label's barcode scans")
        fonts = pdf_fonts(label)
        check(
            any(word in fonts for word in ("CJK", "WenQuanYi", "Droid", "YaHei", "PingFang")),
            f"the Chinese name is set in a Chinese font:\n{fonts}",
        )

        proc = run(binary, home, "--db", db, "--smoke", "--user", "manager", gui=True)
        check(
            proc.returncode == 0 and "main window shown" in proc.stdout,
            "the main window opens offscreen and closes by itself",
            proc,
        )

        proc = run(binary, home, "--db", db, "settings", "set", "language", "zh_CN")
        check(proc.returncode == 0, "switch the shop to Simplified Chinese", proc)
        slip = Path(tmp) / "slip.pdf"
        proc = run(binary, home, "--db", db, "print", "intake", ticket_no, "--pdf", str(slip))
        check(proc.returncode == 0, "print the intake slip in Chinese", proc)
        text = subprocess.run(
            ["pdftotext", str(slip), "-"], capture_output=True, text=True, check=True
        ).stdout
        check("维修" in text or "客户" in text, "the slip's headings are Simplified Chinese")
        proc = run(binary, home, "--db", db, "--smoke", "--user", "manager", gui=True)
        check(
            proc.returncode == 0 and "main window shown" in proc.stdout, "window in Chinese", proc
        )

        logs = list(home.rglob("counter-app.log"))
        check(len(logs) == 1, f"the log file is in the user's folder: {logs}")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    for tool in ("pdftoppm", "pdffonts", "pdftotext"):
        if shutil.which(tool) is None:
            print(f"smoke: {tool} is missing (apt-get install poppler-utils)")
            return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["smoke"])  # noqa: F841 - QImage
    try:
        smoke(Path(argv[0]))
    except SmokeFailure as exc:
        print(f"SMOKE FAILED: {exc}")
        return 1
    print("bundle smoke test: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
