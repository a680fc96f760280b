"""`counter-app store ...`, `--store`, `parts transfer`, `report --all`: the CLI contract
(exit 2 and nothing written on bad input)."""

from __future__ import annotations

from tests.conftest import snapshot

INTAKE = (
    "intake",
    "--name",
    "Wang",
    "--brand",
    "Apple",
    "--model",
    "iPhone 13",
    "--fault",
    "screen",
)


def test_store_add_list_and_numbers_per_store(cli, db_path):
    added = cli("store", "add", "SZ2", "--name", "Futian 2", "--prefix", "sz2", "--json")
    assert added.returncode == 0, added.stderr
    assert added.json()["ticket_prefix"] == "SZ2-"
    listed = cli("store", "list", "--json").json()
    assert [(s["code"], s["ticket_prefix"]) for s in listed["stores"]] == [
        ("MAIN", "T"),
        ("SZ2", "SZ2-"),
    ]
    at_sz2 = cli(*INTAKE, "--phone", "13800138000", "--serial", "ABC1", "--store", "SZ2")
    at_main = cli(*INTAKE, "--phone", "13800138001", "--serial", "ABC2", "--store", "main")
    assert at_sz2.returncode == 0 and at_main.returncode == 0, at_sz2.stderr + at_main.stderr
    assert at_sz2.stdout.startswith("SZ2-") and at_main.stdout.startswith("T")
    chain = cli("report", "daily", "--all", "--json").json()
    assert [(s["code"], s["received"]) for s in chain["stores"]] == [("MAIN", 1), ("SZ2", 1)]
    assert chain["received"] == 2
    one = cli("report", "daily", "--store", "SZ2", "--json").json()
    assert (one["store"], one["received"]) == ("Futian 2", 1)


def test_bad_store_input_exits_2_and_writes_nothing(cli, db_path):
    assert cli("store", "add", "SZ2", "--name", "Futian 2", "--prefix", "SZ2").returncode == 0
    before = snapshot(db_path)
    cases = [
        ("store", "add", "SZ2", "--name", "Again", "--prefix", "Q"),
        ("store", "add", "SZ3", "--name", "Clash", "--prefix", "SZ2"),
        ("store", "add", "SZ3", "--name", "Zone", "--prefix", "Q", "--time-zone", "Mars/Base"),
        (*INTAKE, "--phone", "13800138000", "--serial", "ABC1"),  # which store?
        (*INTAKE, "--phone", "13800138000", "--serial", "ABC1", "--store", "NOPE"),
        ("report", "daily", "--store", "NOPE"),
    ]
    for args in cases:
        result = cli(*args)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert snapshot(db_path) == before
    # amy (a clerk of the template shop) works at MAIN only: she cannot act for SZ2.
    refused = cli(
        *INTAKE, "--phone", "13800138000", "--serial", "ABC1", "--store", "SZ2", user="amy"
    )
    assert refused.returncode == 2 and "does not work at store SZ2" in refused.stderr


def test_parts_transfer_moves_stock_between_stores(cli, db_path):
    assert cli("store", "add", "SZ2", "--name", "Futian 2", "--prefix", "SZ2").returncode == 0
    assert (
        cli(
            "parts", "add", "SCR-1", "--name", "Screen", "--cost", "100", "--price", "300"
        ).returncode
        == 0
    )
    assert cli("parts", "receive", "SCR-1", "5", "--store", "MAIN").returncode == 0
    moved = cli("parts", "transfer", "SCR-1", "2", "--to", "SZ2", "--store", "MAIN", "--json")
    assert moved.returncode == 0, moved.stderr
    assert moved.json() | {} == {
        "sku": "SCR-1",
        "quantity": 2,
        "from_store": "MAIN",
        "to_store": "SZ2",
        "from_on_hand": 3,
        "to_on_hand": 2,
    }
    listed = cli("parts", "list", "--store", "SZ2", "--json").json()
    assert listed["parts"][0]["on_hand"] == 2
    assert listed["stock_by_store"] == {"SCR-1": {"MAIN": 3, "SZ2": 2}}
    before = snapshot(db_path)
    for args in (
        ("parts", "transfer", "SCR-1", "4", "--to", "SZ2", "--store", "MAIN"),  # only 3 left
        ("parts", "transfer", "SCR-1", "1", "--to", "MAIN", "--store", "MAIN"),  # same store
        ("parts", "transfer", "SCR-1", "1", "--to", "XX", "--store", "MAIN"),  # unknown store
        ("parts", "transfer", "SCR-1", "0", "--to", "SZ2", "--store", "MAIN"),  # nothing
    ):
        result = cli(*args)
        assert result.returncode == 2, (args, result.stderr)
    assert snapshot(db_path) == before
