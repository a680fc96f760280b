"""Input that only looks right is refused, and what the shop prints it takes back: a local
time the clocks skip, numbers of regions the shop does not serve (a setting), the lists
`settings list` prints."""

from __future__ import annotations

import json

import pytest

from counter_app.errors import ValidationError
from counter_app.services.appointments.booking import parse_slot_start
from counter_app.validation import normalize_phone
from tests.conftest import snapshot
from tests.hardening.helpers import INTAKE, run_main


def test_a_london_time_that_does_not_exist_is_refused():
    # 2030-03-31 is the last Sunday of March: London's clocks go from 01:00 to 02:00.
    with pytest.raises(ValidationError, match="does not exist in Europe/London"):
        parse_slot_start("2030-03-31 01:30", "Europe/London")
    assert parse_slot_start("2030-03-31 02:30", "Europe/London").hour == 1  # 01:30 UTC


def test_callback_in_the_spring_gap_is_refused_on_the_command_line(capsys, db_path):
    db = str(db_path)
    assert run_main(capsys, "settings", "set", "time_zone", "Europe/London", "--db", db).code == 0
    before = snapshot(db_path)
    result = run_main(
        capsys, "consult", "add", "--name", "Mary", "--phone", "13912345678",
        "--question", "price?", "--callback", "2030-03-31 01:30", "--db", db,
    )  # fmt: skip
    assert result.code == 2 and "does not exist" in result.err and result.err.count("\n") == 1
    assert snapshot(db_path) == before


def test_phone_regions_are_a_setting_defaulting_to_cn_hk_mo_tw(capsys, db_path):
    accepted = ["CN", "HK", "MO", "TW"]
    assert normalize_phone("+852 2123 4567", "CN", accepted=accepted) == "+85221234567"
    with pytest.raises(ValidationError, match="setting phone_regions"):
        normalize_phone("+1 650 253 0000", "CN", accepted=accepted)
    db = str(db_path)
    us = INTAKE[:4] + ["+1 650 253 0000"] + INTAKE[5:]
    assert run_main(capsys, *us, "--db", db).code == 2
    shown = run_main(capsys, "settings", "list", "--json", "--db", db)
    assert json.loads(shown.out)["phone_regions"] == accepted
    widened = run_main(capsys, "settings", "set", "phone_regions", "CN,HK,MO,TW,US", "--db", db)
    assert widened.code == 0, widened.err
    assert run_main(capsys, *us, "--db", db).code == 0


def test_settings_set_takes_back_the_lists_settings_list_prints(capsys, db_path):
    db = str(db_path)
    listed = run_main(capsys, "settings", "list", "--db", db).out
    line = next(x for x in listed.splitlines() if x.startswith("shop_holidays"))
    printed = line.split(None, 1)[1]
    assert printed == "[]"
    assert run_main(capsys, "settings", "set", "shop_holidays", printed, "--db", db).code == 0
    two = "['2030-01-01', '2030-02-05']"
    assert run_main(capsys, "settings", "set", "shop_holidays", two, "--db", db).code == 0
    shown = json.loads(run_main(capsys, "settings", "list", "--json", "--db", db).out)
    assert shown["shop_holidays"] == ["2030-01-01", "2030-02-05"]
