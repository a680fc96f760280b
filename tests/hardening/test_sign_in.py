"""Sign-in holds: an account with a password is never entered without it (CLI and GUI),
wrong user and wrong password read the same, five failures lock the account a minute."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from counter_app.errors import NotAllowed
from counter_app.services.people import users
from counter_app.timeutil import utcnow
from counter_app.ui.dialogs.sign_in import SignInDialog, direct_actor, password_reminder
from tests.conftest import ROOT, snapshot
from tests.hardening.helpers import run_main

WRONG = "Wrong user name or password"


def test_unknown_user_and_wrong_password_get_the_same_message(db, staff):
    users.set_password(db, staff.manager, "amy", "s3cret")
    with pytest.raises(NotAllowed) as unknown:
        users.sign_in(db, "nobody", "s3cret")
    with pytest.raises(NotAllowed) as wrong:
        users.sign_in(db, "amy", "guess")
    assert unknown.value.message == wrong.value.message == WRONG
    assert users.sign_in(db, "amy", "s3cret").username == "amy"


def test_five_wrong_passwords_lock_the_account_for_a_minute(db, staff, monkeypatch):
    users.set_password(db, staff.manager, "amy", "s3cret")
    for _ in range(4):
        with pytest.raises(NotAllowed, match=WRONG):
            users.sign_in(db, "amy", "guess")
    assert users.sign_in(db, "amy", "s3cret").username == "amy"  # a success resets the count
    for _ in range(5):
        with pytest.raises(NotAllowed, match=WRONG):
            users.sign_in(db, "amy", "guess")
    with pytest.raises(NotAllowed, match="locked"):
        users.sign_in(db, "amy", "s3cret")  # even the right password, for now
    later = utcnow() + timedelta(seconds=61)
    monkeypatch.setattr(users, "utcnow", lambda: later)
    assert users.sign_in(db, "amy", "s3cret").username == "amy"


def test_only_a_manager_changes_another_users_password(db, staff):
    with pytest.raises(NotAllowed):
        users.set_password(db, staff.clerk, "li", "taken-over")
    users.set_password(db, staff.clerk, "amy", "mine!")
    assert users.sign_in(db, "amy", "mine!").username == "amy"
    users.set_password(db, staff.manager, "li", "reset-by-boss")
    assert users.sign_in(db, "li", "reset-by-boss").username == "li"


def test_cli_default_manager_has_no_password_until_one_is_set(capsys, tmp_path):
    path = str(tmp_path / "fresh.sqlite3")
    assert run_main(capsys, "init", "--db", path).code == 0
    listed = run_main(capsys, "user", "list", "--json", "--db", path)
    assert listed.code == 0 and '"manager"' in listed.out
    # The contract's default user works on a fresh shop: no password asked.
    assert run_main(capsys, "settings", "set", "store_name", "Wong Repairs", "--db", path).code == 0


def test_cli_needs_the_password_of_an_account_that_has_one(capsys, db_path, monkeypatch):
    db = str(db_path)
    monkeypatch.setenv("COUNTER_NEW_PASSWORD", "till-key")
    assert run_main(capsys, "user", "password", "manager", "--db", db).code == 0
    monkeypatch.setenv("COUNTER_NEW_PASSWORD", "mine")
    before = snapshot(db_path)
    # No password given, no terminal to ask on: refused, nothing written.
    result = run_main(capsys, "settings", "set", "store_name", "Hijacked", "--db", db)
    assert result.code == 2
    assert result.err == (
        "counter-app: manager has a password: give it with --password or COUNTER_PASSWORD\n"
    )
    # Taking the account over by setting a new password is refused the same way.
    takeover = run_main(capsys, "user", "password", "manager", "--db", db)
    assert takeover.code == 2
    wrong = run_main(
        capsys, "--password", "guess", "settings", "set", "store_name", "X", "--db", db
    )
    assert wrong.code == 2 and wrong.err == f"counter-app: {WRONG}\n"
    assert run_main(capsys, "ticket", "show", "T1", "--user", "nobody", "--db", db).err == (
        f"counter-app: {WRONG}\n".replace(
            WRONG, "nobody has a password: give it with --password or COUNTER_PASSWORD"
        )
    )  # an unknown name is asked for its password like a real account: probing tells nothing
    assert run_main(
        capsys, "ticket", "show", "T1", "--user", "nobody", "--password", "x", "--db", db
    ).err == (f"counter-app: {WRONG}\n")
    after = snapshot(db_path)
    del after["users"], before["users"]  # the wrong password was counted there, nothing else
    assert after == before
    ok = run_main(
        capsys, "settings", "set", "store_name", "Wong", "--password", "till-key", "--db", db
    )
    assert ok.code == 0, ok.err
    monkeypatch.setenv("COUNTER_PASSWORD", "till-key")
    assert run_main(capsys, "settings", "set", "store_name", "Wong 2", "--db", db).code == 0


def test_gui_user_option_preselects_but_never_skips_a_password(qtbot, db, staff):
    users.set_password(db, staff.manager, "manager", "till-key")
    assert direct_actor(db, "manager", demo=False) is None  # the dialog must ask
    assert direct_actor(db, "amy", demo=False).username == "amy"  # no password: straight in
    dialog = SignInDialog(db, preselect="manager")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.listed)  # the accounts are listed in the background
    assert dialog.user.currentData() == "manager"
    dialog.password.setText("guess")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.writes.busy)  # checked in the background
    assert dialog.actor is None and dialog.error.text() == WRONG
    dialog.password.setText("till-key")
    with qtbot.waitSignal(dialog.accepted):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.actor is not None and dialog.actor.username == "manager"


def test_gui_reminds_a_manager_without_a_password_to_set_one(qtbot, db, staff):
    assert password_reminder(db, staff.clerk) is None
    reminder = password_reminder(db, staff.manager)
    assert reminder is not None
    qtbot.addWidget(reminder)
    reminder.password.setText("till-key")
    reminder.repeat.setText("till-kex")
    reminder.save()
    assert reminder.error.text() == "The two passwords differ"
    reminder.repeat.setText("till-key")
    with qtbot.waitSignal(reminder.accepted):
        reminder.save()
    assert users.has_password(db, "manager")
    assert password_reminder(db, staff.manager) is None
    assert users.sign_in(db, "manager", "till-key").username == "manager"


def _read_until(fd: int, marker: bytes) -> bytes:
    import select

    seen = b""
    while marker not in seen:
        ready, _, _ = select.select([fd], [], [], 60)
        assert ready, f"no {marker!r} from the terminal; got {seen!r}"
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    return seen


def test_cli_asks_for_the_password_on_a_terminal(db, staff, db_path):
    import pty
    import sys

    users.set_password(db, staff.manager, "manager", "till-key")
    db.close()
    command = [
        sys.executable,
        "-m",
        "counter_app",
        "ticket",
        "show",
        "T999999-999",
        "--db",
        str(db_path),
    ]
    pid, fd = pty.fork()
    if pid == 0:  # the child: counter-app on a terminal
        os.chdir(ROOT)
        os.execv(sys.executable, command)
    try:
        assert b"Password for manager:" in _read_until(fd, b"Password for manager:")
        os.write(fd, b"till-key\n")
        rest = _read_until(fd, b"T999999-999\r\n")
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 2
    assert b"No ticket T999999-999" in rest  # signed in: the ticket lookup itself answered
    assert b"till-key" not in rest  # not echoed


def test_the_reminder_sits_in_the_status_bar_and_sets_the_password(qtbot, db, staff, monkeypatch):
    from PySide6.QtWidgets import QMainWindow, QPushButton

    from counter_app.services.people import users as user_service
    from counter_app.ui.dialogs import sign_in

    window = QMainWindow()
    qtbot.addWidget(window)
    sign_in.remind_to_set_password(db, staff.clerk, window)
    assert window.findChild(QPushButton, "set_password_reminder") is None  # clerks: none
    sign_in.remind_to_set_password(db, staff.manager, window)  # read in the background
    qtbot.waitUntil(lambda: window.findChild(QPushButton, "set_password_reminder") is not None)
    button = window.findChild(QPushButton, "set_password_reminder")
    assert button is not None and "password" in button.text()

    def set_it(dialog) -> int:  # the dialog as the manager fills it in
        dialog.password.setText("till-key-2026")
        dialog.repeat.setText("till-key-2026")
        dialog.save()
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)  # saved
        return dialog.result()

    monkeypatch.setattr(sign_in.SetPasswordDialog, "exec", set_it)
    button.click()
    assert user_service.has_password(db, "manager")
    qtbot.waitUntil(lambda: window.findChild(QPushButton, "set_password_reminder") is None)


def test_twelve_wrong_guesses_at_once_lock_the_account(db, staff):
    """Started together (as from twelve counters), every guess is counted before its
    password is checked: no more than five are checked and the account ends locked."""
    import threading

    users.set_password(db, staff.manager, "amy", "s3cret")
    start = threading.Barrier(12)
    answers: list[str] = []

    def guess(n: int) -> None:
        start.wait()
        try:
            users.sign_in(db, "amy", f"guess-{n}")
            answers.append("in")
        except NotAllowed as exc:
            answers.append(exc.message)

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert "in" not in answers and len(answers) == 12
    assert answers.count(WRONG) <= 5  # the others were refused without a check
    with pytest.raises(NotAllowed, match="locked"):
        users.sign_in(db, "amy", "s3cret")  # even the right password, for a minute


def test_an_unknown_user_takes_as_long_as_a_wrong_password(db, staff):
    """A probe cannot tell real accounts by the answer's speed (both check one hash)."""
    import time

    users.set_password(db, staff.manager, "amy", "s3cret")

    def cost(name: str) -> float:
        best = float("inf")
        for _ in range(3):
            began = time.perf_counter()
            with pytest.raises(NotAllowed):
                users.sign_in(db, name, "guess")
            best = min(best, time.perf_counter() - began)
        return best

    users.sign_in(db, "amy", "s3cret")  # resets the count: three guesses stay below five
    unknown, wrong = cost("nobody"), cost("amy")
    assert unknown * 2 > wrong and wrong * 2 > unknown


def test_a_count_left_full_by_a_crash_becomes_a_lock_that_expires(db, staff, monkeypatch):
    from sqlalchemy import update

    from counter_app.models import User

    users.set_password(db, staff.manager, "amy", "s3cret")
    with db.write() as session:  # five attempts counted, none finished (killed mid-check)
        session.execute(update(User).where(User.username == "amy").values(failed_sign_ins=5))
    with pytest.raises(NotAllowed, match="locked"):
        users.sign_in(db, "amy", "s3cret")
    later = utcnow() + timedelta(seconds=61)
    monkeypatch.setattr(users, "utcnow", lambda: later)
    assert users.sign_in(db, "amy", "s3cret").username == "amy"
