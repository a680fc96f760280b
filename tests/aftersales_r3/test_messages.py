"""Messages to customers: the text per kind and language, the shop's own template, and a
real sender program (written here) that records the arguments it was run with."""

from __future__ import annotations

import json
import stat
import sys
from pathlib import Path

import pytest

from counter_app.errors import NotAllowed, ValidationError
from counter_app.services.outreach import messages
from counter_app.services.people import customers
from counter_app.services.shop import settings
from counter_app.services.tickets import jobs
from tests.conftest import snapshot
from tests.hardening.helpers import run_main
from tests.services.helpers import take_in, to_awaiting_approval, to_ready


def sender(tmp_path: Path, exit_code: int = 0) -> tuple[str, Path]:
    """A sender program that appends its arguments (as JSON) to a file and exits."""
    record = tmp_path / "sent.jsonl"
    script = tmp_path / "send-sms"
    script.write_text(
        f"#!{sys.executable}\n"
        "import json, sys\n"
        f"with open({str(record)!r}, 'a', encoding='utf-8') as f:\n"
        "    f.write(json.dumps(sys.argv[1:], ensure_ascii=False) + '\\n')\n"
        f"sys.exit({exit_code})\n",
        encoding="utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script), record


def sent(record: Path) -> list[list[str]]:
    if not record.exists():
        return []
    return [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()]


def test_ready_message_text_in_chinese_and_english(db, staff):
    settings.update(db, staff.manager, {"store_name": "快修店", "opening_hours": "9:00-21:00"})
    no = take_in(db, staff.clerk)
    to_ready(db, staff.clerk, staff.technician, no, price="280.00")
    text = messages.preview(db, staff.clerk, no, "ready")
    assert text.language == "zh_CN" and text.phone == "+8613812345678"
    assert "快修店" in text.text and no in text.text and "Apple iPhone 13" in text.text
    assert "¥280.00" in text.text and "9:00-21:00" in text.text
    settings.update(db, staff.manager, {"message_language": "en"})
    assert messages.preview(db, staff.clerk, no, "ready").text.startswith(
        "快修店: your Apple iPhone 13"
    )
    settings.update(db, staff.manager, {"message_language": "zh_TW"})
    assert "已修好，可以取機" in messages.preview(db, staff.clerk, no, "ready").text


def test_the_shops_own_template_and_its_placeholders(db, staff):
    settings.update(
        db, staff.manager, {"message_template_quote": "{customer}, {ticket}: {amount_due}?"}
    )
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no, price="150.00")
    assert messages.preview(db, staff.clerk, no, "quote").text == f"张伟, {no}: ¥150.00?"
    with pytest.raises(ValidationError) as error:
        settings.update(db, staff.manager, {"message_template_ready": "{shop} {price}"})
    assert "{price}" in error.value.params["names"]


def test_a_kind_that_does_not_fit_the_status_is_refused(db, staff):
    no = take_in(db, staff.clerk)
    with pytest.raises(ValidationError):
        messages.preview(db, staff.clerk, no, "ready")
    with pytest.raises(ValidationError):
        messages.preview(db, staff.clerk, no, "birthday")
    assert "iPhone 13" in messages.preview(db, staff.clerk, no, "maintenance").text


def test_send_runs_the_sender_with_phone_and_text_and_logs_it(db, staff, tmp_path):
    program, record = sender(tmp_path)
    settings.update(db, staff.manager, {"message_command": program})
    no = take_in(db, staff.clerk)
    to_ready(db, staff.clerk, staff.technician, no)
    result = messages.send(db, staff.clerk, no, "ready")
    assert result.outcome == "sent" and result.channel == "send-sms"
    preview = messages.preview(db, staff.clerk, no, "ready")
    assert sent(record) == [["+8613812345678", preview.text]]
    events = [e for e in jobs.detail(db, staff.clerk, no).events if e.kind == "message"]
    assert [e.note for e in events] == ["ready · send-sms · sent"]
    assert [m.outcome for m in messages.log(db, staff.clerk, no)] == ["sent"]


def test_a_failing_sender_is_logged_as_failed(db, staff, tmp_path):
    program, record = sender(tmp_path, exit_code=3)
    settings.update(db, staff.manager, {"message_command": program})
    no = take_in(db, staff.clerk)
    to_ready(db, staff.clerk, staff.technician, no)
    result = messages.send(db, staff.clerk, no, "ready")
    assert result.outcome == "failed" and "exit 3" in result.detail
    assert len(sent(record)) == 1
    assert [m.outcome for m in messages.log(db, staff.clerk)] == ["failed"]


def test_no_consent_or_no_sender_refuses_and_sends_nothing(db, staff, tmp_path):
    no = take_in(db, staff.clerk)
    to_ready(db, staff.clerk, staff.technician, no)
    with pytest.raises(ValidationError):  # no sender set
        messages.send(db, staff.clerk, no, "ready")
    program, record = sender(tmp_path)
    settings.update(db, staff.manager, {"message_command": program})
    customer = customers.find_by_phone(db, "13812345678")
    customers.update(db, staff.clerk, customer.id, contact_consent=False)
    with pytest.raises(NotAllowed):
        messages.send(db, staff.clerk, no, "ready")
    assert sent(record) == [] and messages.log(db, staff.clerk) == []


def test_message_cli_preview_send_log_and_refusal(db, staff, db_path, tmp_path, capsys):
    program, record = sender(tmp_path)
    no = take_in(db, staff.clerk)
    to_ready(db, staff.clerk, staff.technician, no)
    base = ("--db", str(db_path), "--user", "amy")
    shown = run_main(capsys, "message", "preview", no, "--kind", "ready", "--json", *base)
    assert shown.code == 0, shown.err
    assert json.loads(shown.out)["kind"] == "ready"
    text = json.loads(shown.out)["text"]
    before = snapshot(db_path)
    refused = run_main(capsys, "message", "send", no, "--kind", "ready", *base)
    assert refused.code == 2 and "message_command" in refused.err
    assert snapshot(db_path) == before
    settings.update(db, staff.manager, {"message_command": f"{program} --gateway test"})
    done = run_main(capsys, "message", "send", no, "--kind", "ready", "--json", *base)
    assert done.code == 0, done.err
    assert json.loads(done.out)["outcome"] == "sent"
    assert sent(record) == [["--gateway", "test", "+8613812345678", text]]
    logged = run_main(capsys, "message", "log", no, "--json", *base)
    assert [m["kind"] for m in json.loads(logged.out)["messages"]] == ["ready"]


def test_erasing_the_customer_scrubs_the_messages_sent_to_them(db, staff, tmp_path, db_path):
    """A message keeps the customer's name and number as sent; erasing them removes both."""
    program, _record = sender(tmp_path)
    settings.update(
        db, staff.manager, {"message_command": program, "message_template_ready": "{customer}"}
    )
    no = take_in(db, staff.clerk)
    to_ready(db, staff.clerk, staff.technician, no, price="280.00")
    messages.send(db, staff.clerk, no, "ready")
    found = customers.find_by_phone(db, "13812345678")
    assert found is not None
    customers.anonymise(db, staff.manager, found.id)
    dump = json.dumps(snapshot(db_path), ensure_ascii=False, default=str)
    assert "张伟" not in dump and "13812345678" not in dump


def test_an_uncollected_message_sent_counts_as_a_notice_and_names_the_shops_days(
    db, staff, tmp_path
):
    from counter_app.services.tickets import uncollected

    program, record = sender(tmp_path)
    settings.update(
        db,
        staff.manager,
        {"message_command": program, "message_language": "en", "uncollected_disposal_days": 60},
    )
    no = take_in(db, staff.clerk)
    to_ready(db, staff.clerk, staff.technician, no, price="280.00")
    messages.send(db, staff.clerk, no, "uncollected")
    assert "within 60 days" in sent(record)[0][1]
    (row,) = [r for r in uncollected.uncollected(db, staff.clerk) if r.ticket_no == no]
    assert row.notices_sent == 1
