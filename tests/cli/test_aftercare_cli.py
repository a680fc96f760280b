"""`counter-app followup|complaint|consult`: the commands of issue 13, their JSON, and bad input
(exit 2, one line on stderr, nothing written)."""

from datetime import date

import pytest

from counter_app.services.aftercare import followups
from tests.conftest import snapshot
from tests.services.helpers import collect, take_in


@pytest.fixture
def collected(db, staff):
    ticket_no = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, ticket_no)
    return ticket_no


def test_a_call_and_the_complaint_it_opens(db, staff, cli, collected):
    shown = cli(
        "followup",
        "record",
        collected,
        "--reached",
        "yes",
        "--satisfaction",
        "1",
        "--comment",
        "Battery drains",
        "--json",
        user="amy",
    )
    assert shown.returncode == 0, shown.stderr
    result = shown.json()
    assert result["state"] == "done" and result["feedback_class"] == "dissatisfied_at_followup"
    listed = cli("complaint", "list", "--open", "--json", user="amy").json()
    assert listed["count"] == 1
    complaint = listed["complaints"][0]
    assert complaint["id"] == result["complaint_id"] and complaint["ticket_no"] == collected
    assert complaint["description"] == "Battery drains" and complaint["from_call"] is True
    again = cli("followup", "record", collected, "--reached", "yes", "--satisfaction", "5")
    assert again.returncode == 2 and "already been recorded" in again.stderr


def test_complaint_lifecycle_from_the_command_line(db, staff, cli, collected):
    added = cli(
        "complaint",
        "add",
        "--phone",
        "13812345678",
        "--class",
        "not_fixed_several_times",
        "--channel",
        "online_review",
        "--severity",
        "serious",
        "--text",
        "Third time the same fault",
        "--against",
        "li",
        "--json",
        user="amy",
    )
    assert added.returncode == 0, added.stderr
    number = str(added.json()["id"])
    assert added.json()["against"] == "li" and added.json()["state"] == "open"
    assert cli("complaint", "assign", number, "zhao", user="amy").returncode == 2  # not a manager
    assert cli("complaint", "assign", number, "zhao").returncode == 0
    assert cli("complaint", "close", number).returncode == 2  # not resolved yet
    resolved = cli("complaint", "resolve", number, "--resolution", "Exchanged", "--told", "--json")
    assert resolved.json()["state"] == "resolved" and resolved.json()["customer_told"] is True
    assert cli("complaint", "close", number, "--json").json()["state"] == "closed"
    assert cli("complaint", "reopen", number, "--json").json()["state"] == "in_progress"


def test_consultation_callback_lands_on_the_work_list(db, staff, cli):
    added = cli(
        "consult",
        "add",
        "--name",
        "王先生",
        "--phone",
        "13912345678",
        "--question",
        "Price of an iPhone 12 battery?",
        "--answer",
        "199 yuan, one hour",
        "--callback",
        "2030-05-06 10:30",
        "--json",
        user="amy",
    )
    assert added.returncode == 0, added.stderr
    assert added.json()["callback_state"] == "due"
    due = cli("followup", "due", "--date", "2030-05-06", "--json", user="amy").json()
    assert due["count"] == 1
    [call] = due["calls"]
    assert call["reason"] == "callback" and call["customer_name"] == "王先生"
    assert call["phone_masked"] == "139****5678" and call["due_on"] == "2030-05-06"
    assert cli("followup", "due", "--date", "2030-05-05", "--json").json()["count"] == 0
    # Recording the callback takes it off the list.
    followups.record(db, staff.clerk, call["due_key"], reached=True, day=date(2030, 5, 6))
    assert cli("followup", "due", "--date", "2030-05-06", "--json").json()["count"] == 0


BAD = [
    ("followup", "record", "{t}", "--reached", "yes", "--satisfaction", "0"),
    ("followup", "record", "{t}", "--reached", "yes", "--satisfaction", "6"),
    ("followup", "record", "{t}", "--reached", "yes", "--satisfaction", "five"),
    ("followup", "record", "{t}", "--reached", "yes", "--class", "happy"),
    ("followup", "record", "{t}", "--reached", "maybe"),
    ("followup", "record", "{open}", "--reached", "yes", "--satisfaction", "5"),
    ("followup", "due", "--date", "2026-02-30"),
    (
        "complaint", "add", "--ticket", "{t}", "--class", "rude", "--channel", "phone",
        "--severity", "normal", "--text", "x",
    ),
    (
        "complaint", "add", "--ticket", "{t}", "--class", "staff_attitude", "--channel", "fax",
        "--severity", "normal", "--text", "x",
    ),
    (
        "complaint", "add", "--ticket", "{t}", "--class", "staff_attitude", "--channel",
        "phone", "--severity", "normal", "--text", "x", "--against", "nobody",
    ),
    (
        "complaint", "add", "--class", "staff_attitude", "--channel", "phone",
        "--severity", "normal", "--text", "x",
    ),
    ("complaint", "resolve", "1", "--resolution", " "),
    ("complaint", "close", "1"),
    ("complaint", "reopen", "1"),
    ("complaint", "assign", "99", "li"),
    ("consult", "add", "--name", "A", "--phone", "123", "--question", "q"),
    ("consult", "add", "--name", "A", "--phone", "13912345678", "--question", " "),
    (
        "consult", "add", "--name", "A", "--phone", "13912345678", "--question", "q",
        "--callback", "tomorrow",
    ),
    (
        "consult", "add", "--name", "A", "--phone", "13912345678", "--question", "q",
        "--callback", "2020-01-01 10:00",
    ),
]  # fmt: skip


def test_bad_input_exits_2_and_writes_nothing(db, db_path, staff, cli, collected):
    open_ticket = take_in(db, staff.clerk, imei="356938035643809")
    cli(
        "complaint", "add", "--ticket", collected, "--class", "staff_attitude", "--channel",
        "phone", "--severity", "normal", "--text", "Rude",
    )  # fmt: skip
    before = snapshot(db_path)
    for args in BAD:
        args = [a.format(t=collected, open=open_ticket) for a in args]
        result = cli(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, (args, result.stderr)
        assert result.stdout == "", args
    assert snapshot(db_path) == before
