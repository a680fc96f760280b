"""Work done by the concurrency tests' separate processes (imported by multiprocessing's
spawn, so it needs nothing from conftest)."""

from __future__ import annotations

import random
import sys

from counter_app.db import Database
from counter_app.errors import Conflict
from counter_app.services.money import payments
from counter_app.services.people import users
from counter_app.services.tickets import intake, workflow
from counter_app.services.tickets import jobs as tickets


def change_tickets(url: str, ticket_nos: list[str], count: int, seed: int) -> dict:
    """``count`` changes (note, payment of 1.00, status toggle) to the shared tickets, each
    based on the version just read; returns what succeeded and the conflicts reported."""
    rng = random.Random(seed)
    db = Database(url)
    manager = users.get_actor(db, "manager")
    done = {"note": 0, "pay": 0, "status": {no: 0 for no in ticket_nos}}
    conflicts: list[str] = []
    try:
        for _ in range(count):
            ticket_no = rng.choice(ticket_nos)
            detail = tickets.detail(db, manager, ticket_no)
            kind = rng.choice(("note", "pay", "status"))
            try:
                if kind == "note":
                    tickets.add_note(
                        db, manager, ticket_no, f"w{seed}", expected_version=detail.version
                    )
                elif kind == "pay":
                    payments.pay(
                        db, manager, ticket_no, "1.00", "card", expected_version=detail.version
                    )
                else:
                    target = "quality_check" if detail.status == "in_repair" else "in_repair"
                    workflow.change_status(
                        db, manager, ticket_no, target, expected_version=detail.version
                    )
            except Conflict as exc:
                conflicts.append(exc.message)
                continue
            if kind == "status":
                done["status"][ticket_no] += 1
            else:
                done[kind] += 1
    finally:
        db.close()
    return {"done": done, "conflicts": conflicts}


def intake_loop(url: str, count: int, seed: int) -> list[str]:
    """``count`` intakes of new devices; returns the ticket numbers handed out."""
    db = Database(url)
    clerk = users.get_actor(db, "amy")
    numbers = []
    try:
        for index in range(count):
            data = intake.IntakeData(
                name="Load",
                phone=f"1390000{seed:02d}{index:02d}",
                brand="Apple",
                model="iPhone 13",
                serial=f"LOAD{seed:02d}{index:04d}",
                fault="screen",
            )
            numbers.append(intake.take_in(db, clerk, data).ticket_no)
    finally:
        db.close()
    return numbers


def intake_forever(url: str) -> None:
    """Take devices in until killed, printing each number once its intake has committed."""
    db = Database(url)
    clerk = users.get_actor(db, "amy")
    index = 0
    print("ready", flush=True)
    while True:
        index += 1
        data = intake.IntakeData(
            name="Crash",
            phone="13900001111",
            brand="Apple",
            model="iPhone 13",
            serial=f"CRASH{random.randrange(10**9):09d}",
            fault="screen",
        )
        number = intake.take_in(db, clerk, data).ticket_no
        sys.stdout.write(number + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    intake_forever(sys.argv[1])
