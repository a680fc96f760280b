"""`counter-app appointment ...` and the appointment papers, as a script or the shop sees them."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import timedelta
from pathlib import Path

from counter_app.timeutil import local_today
from tests.conftest import snapshot

TZ = "Asia/Shanghai"


# Fixed once: a test running across the store's midnight still books one day.
DAY = local_today(TZ) + timedelta(days=2)


def at(hour: int = 10) -> str:
    return f"{DAY.isoformat()} {hour:02d}:00"


def pdftotext(path: Path) -> str:
    """The PDF's text as the poppler tools read it, NFKC-normalised (ligatures such as ﬄ)."""
    out = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    )
    return unicodedata.normalize("NFKC", out.stdout)


def squeezed(text: str) -> str:
    """Without white space: a table cell wrapped over two lines reads as one string."""
    return "".join(text.split())


def add(cli, *extra: str, hour: int = 10, phone: str = "13912345678"):  # type: ignore[no-untyped-def]
    return cli(
        "appointment",
        "add",
        "--phone",
        phone,
        "--name",
        "王芳",
        "--kind",
        "onsite",
        "--at",
        at(hour=hour),
        "--address",
        "上海市徐汇区漕溪北路88号",
        "--engineer",
        "li",
        "--fault",
        "Smart lock offline",
        *extra,
    )


def test_book_list_confirm_and_refusals(cli, db_path):
    booked = add(cli, "--json")
    assert booked.returncode == 0, booked.stderr
    assert booked.json()["id"] == 1 and booked.json()["warranty"] is None  # no device booked
    before = snapshot(db_path)
    clash = add(cli, "--minutes", "30", hour=10, phone="13700001111")
    assert clash.returncode == 2 and "appointment 1" in clash.stderr
    assert len(clash.stderr.strip().splitlines()) == 1
    past = cli(
        "appointment", "add", "--phone", "13700001111", "--name", "A", "--kind", "dropoff",
        "--at", "2020-01-06 10:00",
    )  # fmt: skip
    assert past.returncode == 2 and "past" in past.stderr
    no_address = cli(
        "appointment", "add", "--phone", "13700001111", "--name", "A", "--kind", "onsite",
        "--at", at(hour=15), "--engineer", "li",
    )  # fmt: skip
    assert no_address.returncode == 2 and "Address" in no_address.stderr
    clerk_engineer = add(cli, "--engineer", "amy", hour=15)
    assert clerk_engineer.returncode == 2 and "not a technician" in clerk_engineer.stderr
    early = cli("appointment", "arrive", "1")
    assert early.returncode == 2 and "only from confirmed" in early.stderr
    no_reason = cli("appointment", "cancel", "1", "--reason", " ")
    assert no_reason.returncode == 2
    missing = cli("appointment", "confirm", "42")
    assert missing.returncode == 2 and "No appointment 42" in missing.stderr
    assert snapshot(db_path) == before

    assert add(cli, hour=11, phone="13700001111").returncode == 0  # 11:00 follows 10-11
    listed = cli("appointment", "list", "--date", at()[:10], "--engineer", "li", "--json").json()
    assert [(a["id"], a["status"]) for a in listed["appointments"]] == [
        (1, "booked"),
        (2, "booked"),
    ]
    confirmed = cli("appointment", "confirm", "1", "--json")
    assert confirmed.returncode == 0 and confirmed.json()["status"] == "confirmed"
    cancelled = cli("appointment", "cancel", "2", "--reason", "Moved house", "--json").json()
    assert cancelled["status"] == "cancelled" and cancelled["cancel_reason"] == "Moved house"
    text = cli("appointment", "list", "--date", at()[:10]).stdout
    assert "#1" in text and "confirmed" in text and "139****5678" in text


def test_done_before_arrival_is_refused_and_no_show_waits_for_the_slot(cli, db_path):
    add(cli)
    cli("appointment", "confirm", "1")
    before = snapshot(db_path)
    done = cli("appointment", "done", "1", "--paid", "100", "--method", "cash")
    assert done.returncode == 2 and "only from arrived" in done.stderr
    no_show = cli("appointment", "no-show", "1")
    assert no_show.returncode == 2 and "not begun" in no_show.stderr
    assert snapshot(db_path) == before


def test_day_sheet_and_service_sheet_pdfs(cli, tmp_path):
    add(cli)
    add(cli, hour=14, phone="13700001111")
    day = at()[:10]
    sheet = cli(
        "print", "day-sheet", "--engineer", "li", "--date", day, "--pdf", str(tmp_path / "d.pdf"),
        "--json",
    )  # fmt: skip
    assert sheet.returncode == 0, sheet.stderr
    assert sheet.json()["appointments"] == 2
    text = pdftotext(tmp_path / "d.pdf")
    assert "Day sheet" in text and "Li Wei" in text and day in text
    assert "上海市徐汇区漕溪北路88号" in squeezed(text)
    assert "13912345678" in squeezed(text) and "13700001111" in squeezed(text)  # full numbers
    assert text.index("10:00") < text.index("14:00")

    service = cli("print", "service-sheet", "1", "--pdf", str(tmp_path / "s.pdf"))
    assert service.returncode == 0, service.stderr
    text = pdftotext(tmp_path / "s.pdf")
    assert "Service sheet" in text and "Customer's signature" in text
    assert "139****5678" in text and "Smart lock offline" in text
    assert "13912345678" not in squeezed(text)  # the customer's copy masks the phone

    # A Chinese shop prints its papers in Chinese.
    assert cli("settings", "set", "language", "zh_CN").returncode == 0
    chinese = cli(
        "print", "day-sheet", "--engineer", "li", "--date", day, "--pdf", str(tmp_path / "c.pdf")
    )
    assert chinese.returncode == 0, chinese.stderr
    text = squeezed(pdftotext(tmp_path / "c.pdf"))
    assert "日程单" in text and "地址" in text and "服务#1" in text  # 上门服务 (门 as a radical)

    missing = cli("print", "service-sheet", "9", "--pdf", str(tmp_path / "x.pdf"))
    assert missing.returncode == 2 and not (tmp_path / "x.pdf").exists()
    nobody = cli("print", "day-sheet", "--engineer", "amy", "--pdf", str(tmp_path / "y.pdf"))
    assert nobody.returncode == 2 and "No technician" in nobody.stderr


def test_onsite_visit_done_from_the_cli_is_a_ticket_paid_in_the_days_report(cli):
    add(cli)
    for action in ("confirm", "arrive"):
        assert cli("appointment", action, "1").returncode == 0
    done = cli(
        "appointment", "done", "1", "--note", "Reset and re-paired the lock", "--paid", "120",
        "--method", "alipay", "--signed-by", "王芳", "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    visit = done.json()
    assert visit["status"] == "done" and visit["signed_by"] == "王芳" and visit["on_time"]
    ticket = cli("ticket", "show", visit["ticket_no"], "--json").json()
    assert ticket["status"] == "collected" and ticket["paid"] == "120.00"
    assert ticket["customer"]["name"] == "王芳"
    report = cli("report", "daily", "--json").json()
    alipay = [t for t in report["takings"] if t["method"] == "alipay"]
    assert alipay and alipay[0]["finals"] == "120.00"
    again = cli("appointment", "done", "1", "--note", "twice")
    assert again.returncode == 2 and "is done" in again.stderr
