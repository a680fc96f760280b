"""The new commands through the real CLI: ticket return|promise|warranty --exclusion,
customer show|update|erase, parts faulty|return-supplier; bad input exits 2, writes nothing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import timedelta

import pytest

from counter_app.timeutil import local_today
from tests.conftest import ROOT, CliResult, snapshot

IMEI = "490154203237518"
IMEI_NEW = "353918051234561"
PHONE = "13812345678"


def intake(cli, *extra: str) -> str:
    result = cli(
        "intake",
        "--name",
        "张伟",
        "--phone",
        PHONE,
        "--brand",
        "Apple",
        "--model",
        "iPhone 13",
        "--imei",
        IMEI,
        "--fault",
        "Dead on arrival",
        "--json",
        *extra,
        user="amy",
    )
    assert result.returncode == 0, result.stderr
    return result.json()["ticket_no"]


def refused(result: CliResult, *words: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert len(result.stderr.strip().splitlines()) == 1
    for word in words:
        assert word in result.stderr


def test_ticket_return_exchange_and_its_bad_input(cli, db_path):
    bought = (local_today("Asia/Shanghai") - timedelta(days=10)).isoformat()
    no = intake(cli, "--service", "return_exchange", "--purchase-date", bought, "--proof", "INV-7")
    before = snapshot(db_path)
    # Day 10: past the 7-day return period, so no refund; the dates are named.
    refused(
        cli("ticket", "return", no, "--refund", "100", "--method", "cash", user="amy"),
        "return period ended on",
        bought,
    )
    refused(cli("ticket", "return", no, "--exchange-imei", "490154203237519", user="amy"), "IMEI")
    refused(cli("ticket", "return", no, "--refund", "100", user="amy"), "--method")
    refused(cli("ticket", "return", no, user="amy"))
    assert snapshot(db_path) == before
    done = cli("ticket", "return", no, "--exchange-imei", IMEI_NEW, "--json", user="amy")
    assert done.returncode == 0, done.stderr
    assert done.json()["outcome"] == "exchange" and done.json()["status"] == "collected"
    shown = cli("ticket", "show", no, "--json").json()
    assert shown["exchange_imei"] == IMEI_NEW and shown["return_outcome"] == "exchange"
    assert cli("history", IMEI_NEW, "--json").returncode == 0
    old = cli("history", IMEI, "--json").json()
    assert old["replaced_by_imei"] == IMEI_NEW and old["tickets"][0]["ticket_no"] == no


def test_ticket_warranty_exclusion_and_promise(cli, db_path):
    bought = (local_today("Asia/Shanghai") - timedelta(days=40)).isoformat()
    no = intake(cli, "--service", "warranty", "--purchase-date", bought, "--proof", "INV-8")
    assert cli("ticket", "show", no, "--json").json()["warranty_decision"] == "free"
    before = snapshot(db_path)
    refused(
        cli("ticket", "warranty", no, "paid", "--exclusion", "aliens", "--reason", "x", user="li"),
        "drop_impact",
    )
    refused(cli("ticket", "promise", no, "--at", "2020-01-01 10:00", "--reason", "x", user="amy"))
    refused(cli("ticket", "promise", no, "--at", "tomorrow", "--reason", "x", user="amy"))
    assert snapshot(db_path) == before
    ok = cli(
        "ticket",
        "warranty",
        no,
        "paid",
        "--exclusion",
        "liquid",
        "--reason",
        "corrosion",
        user="li",
    )
    assert ok.returncode == 0, ok.stderr
    shown = cli("ticket", "show", no, "--json").json()
    assert shown["warranty_decision"] == "paid" and shown["warranty_exclusion"] == "liquid"
    assert shown["warranty_text"] == "Paid repair: Not covered: liquid damage"
    # The old form keeps working.
    assert cli("ticket", "warranty", no, "free", "--reason", "goodwill", user="li").returncode == 0
    later = (local_today("Asia/Shanghai") + timedelta(days=5)).isoformat() + " 18:30"
    moved = cli("ticket", "promise", no, "--at", later, "--reason", "part delayed", user="amy")
    assert moved.returncode == 0, moved.stderr
    text = cli("ticket", "show", no).stdout
    assert "promise" in text and "part delayed" in text


def test_customer_show_update_erase(cli, db_path):
    no = intake(cli)
    shown = cli("customer", "show", PHONE, "--json")
    assert shown.returncode == 0 and shown.json()["tickets"] == [no]
    before = snapshot(db_path)
    refused(cli("customer", "update", PHONE, "--name", " ", user="amy"))
    refused(cli("customer", "update", PHONE, "--new-phone", "12", user="amy"))
    refused(cli("customer", "erase", PHONE, user="amy"))  # manager only
    refused(cli("customer", "show", "13900000000"), "13900000000")
    assert snapshot(db_path) == before
    updated = cli(
        "customer", "update", PHONE, "--email", "zw@example.com", "--consent", "no", "--json"
    )
    assert updated.returncode == 0, updated.stderr
    assert updated.json()["contact_consent"] is False
    assert cli("customer", "show", PHONE, "--json").json()["email"] == "zw@example.com"
    assert cli("customer", "erase", PHONE, user="manager").returncode == 0
    refused(cli("customer", "show", PHONE))
    assert cli("ticket", "show", no, "--json").json()["customer"]["phone"] is None


def test_parts_faulty_and_return_to_supplier(cli, db_path):
    no = intake(cli)
    cli(
        "parts",
        "add",
        "SCR-13",
        "--name",
        "Screen 13",
        "--cost",
        "100",
        "--price",
        "300",
        user="kai",
    )
    cli("parts", "receive", "SCR-13", "4", user="kai")
    before = snapshot(db_path)
    refused(cli("parts", "return-supplier", "SCR-13", "0", "--reason", "dead", user="kai"))
    refused(cli("parts", "return-supplier", "SCR-13", "1", "--reason", "dead", user="amy"))
    refused(cli("parts", "faulty", no, "--sku", "NOPE", user="li"))
    assert snapshot(db_path) == before
    back = cli(
        "parts", "return-supplier", "SCR-13", "1", "--reason", "dead pixels", "--json", user="kai"
    )
    assert back.returncode == 0 and back.json()["on_hand"] == 3
    faulty = cli("parts", "faulty", no, "--sku", "SCR-13", "--json", user="li")
    assert faulty.returncode == 0, faulty.stderr
    # A recovered faulty part is not sellable stock.
    listed = cli("parts", "list", "--json").json()["parts"][0]
    assert listed["on_hand"] == 3


def run_at(moment: str, db_path, *args: str, user: str = "amy") -> CliResult:
    command = ["faketime", moment, sys.executable, "-m", "counter_app", *args]
    command += ["--db", str(db_path), "--user", user]
    proc = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


@pytest.mark.skipif(shutil.which("faketime") is None, reason="needs the faketime package")
@pytest.mark.parametrize(
    ("moment", "allowed"), [("2026-03-08 10:00:00", True), ("2026-03-09 10:00:00", False)]
)
def test_refund_on_day_7_and_day_8_with_the_clock_moved(db_path, moment, allowed):
    """Bought on 1 March: a refund asked on 8 March (day 7) is accepted, on 9 March refused."""
    intake_args = (
        "intake",
        "--name",
        "李娜",
        "--phone",
        "13912345678",
        "--brand",
        "Xiaomi",
        "--model",
        "14",
        "--imei",
        IMEI,
        "--fault",
        "Dead on arrival",
        "--service",
        "return_exchange",
        "--purchase-date",
        "2026-03-01",
        "--proof",
        "INV-1",
        "--purchase-price",
        "3999",
        "--json",
    )
    taken = run_at(moment, db_path, *intake_args)
    assert taken.returncode == 0, taken.stderr
    no = taken.json()["ticket_no"]
    inspected = run_at(moment, db_path, "ticket", "status", no, "diagnosing", user="li")
    assert inspected.returncode == 0, inspected.stderr
    before = snapshot(db_path)
    result = run_at(
        moment,
        db_path,
        "ticket",
        "return",
        no,
        "--refund",
        "3999",
        "--method",
        "cash",
        "--json",
        user="manager",
    )
    if allowed:
        assert result.returncode == 0, result.stderr
        assert result.json()["status"] == "collected"
    else:
        refused(result, "2026-03-01", "2026-03-08")
        assert snapshot(db_path) == before


@pytest.mark.skipif(shutil.which("faketime") is None, reason="needs the faketime package")
@pytest.mark.parametrize(("back_on", "comeback"), [("2027-02-28", True), ("2027-03-01", False)])
def test_comeback_after_a_collection_on_31_august_with_the_clock_moved(db_path, back_on, comeback):
    """Collected on 31 August 2026: six calendar months end on 28 February 2027."""
    at = "2026-08-31 10:00:00"  # 18:00 in Shanghai, the same local day
    no = run_at(
        at,
        db_path,
        "intake",
        "--name",
        "张伟",
        "--phone",
        PHONE,
        "--brand",
        "Apple",
        "--model",
        "iPhone 13",
        "--imei",
        IMEI,
        "--fault",
        "Cracked screen",
        "--json",
    ).json()["ticket_no"]
    for args, user in (
        (("ticket", "status", no, "diagnosing"), "li"),
        (("quote", no, "--labour", "Replace screen", "--price", "300"), "li"),
        (("ticket", "status", no, "awaiting_approval"), "li"),
        (("approve", no), "amy"),
        (("ticket", "status", no, "quality_check"), "li"),
        (("ticket", "status", no, "ready"), "li"),
        (("pay", no, "--amount", "300", "--method", "cash"), "amy"),
        (("ticket", "status", no, "collected"), "amy"),
    ):
        done = run_at(at, db_path, *args, user=user)
        assert done.returncode == 0, (args, done.stderr)
    shown = run_at(at, db_path, "ticket", "show", no, "--json").json()
    assert shown["warranty_until"] == "2027-02-28"
    again = run_at(
        f"{back_on} 10:00:00",
        db_path,
        "intake",
        "--name",
        "张伟",
        "--phone",
        PHONE,
        "--brand",
        "Apple",
        "--model",
        "iPhone 13",
        "--imei",
        IMEI,
        "--fault",
        "Flickers",
        "--json",
    )
    assert again.returncode == 0, again.stderr
    result = again.json()
    assert result["is_comeback"] is comeback
    assert (result["comeback_of"] == no) is comeback
    assert result["warranty_kind"] == ("repair_warranty" if comeback else "out_of_warranty")
