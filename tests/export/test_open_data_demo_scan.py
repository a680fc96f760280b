"""The ORDS file of a demo shop whose fault texts were written full of its own personal
values — other customers' names in other case and spacing, phones in five spellings,
IMEIs, serials, passcodes, formulas — holds none of them."""

from __future__ import annotations

import csv
import re
import unicodedata

from sqlalchemy import select

from counter_app.demo import shop as demo
from counter_app.exporting import ords
from counter_app.models import Customer, Device, Ticket
from counter_app.validation import national_digits

CHINESE = str.maketrans("0123456789", "零一二三四五六七八九")


def _spellings(e164: str) -> list[str]:
    digits = national_digits(e164)
    return [
        e164,
        f"{digits[:3]}/{digits[3:7]}/{digits[7:]}",
        f"{digits[:3]},{digits[3:7]},{digits[7:]}",
        unicodedata.normalize("NFKC", digits).translate(
            {ord(c): 0xFF10 + int(c) for c in "0123456789"}
        ),
        digits.translate(CHINESE),
    ]


def _folded(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(str.maketrans("零一二三四五六七八九", "0123456789"))
    return re.sub(r"[\s/,.\-+]", "", text)


def test_a_demo_shops_personal_values_never_reach_the_ords_file(db, staff, tmp_path):
    demo.fill(db, tickets=120, seed=3, days=60)
    with db.write() as session:
        people = session.execute(
            select(Customer.name, Customer.phone).where(Customer.phone.is_not(None)).limit(12)
        ).all()
        devices = session.execute(select(Device.imei, Device.serial).limit(12)).all()
        codes = [c for c in session.scalars(select(Ticket.passcode)) if c and len(c) >= 4][:6]
        finished = session.scalars(
            select(Ticket)
            .where(
                Ticket.status.in_(("collected", "cancelled")),
                Ticket.service_type.in_(ords.REPAIR_SERVICES),
            )
            .limit(40)
        ).all()
        planted: list[str] = []
        prefixes = ("=", "@", "\t=", "+", "-")
        for index, ticket in enumerate(finished):
            name, phone = people[index % len(people)]
            imei, serial = devices[index % len(devices)]
            spelling = _spellings(phone)[index % 5]
            shown_name = name.upper() if index % 2 else "  ".join(name)
            extra = imei or serial or ""
            code = codes[index % len(codes)] if codes else ""
            ticket.fault = (
                f"{prefixes[index % 5]}1+1 {shown_name} rang {spelling} re {extra} code {code}"
            )
            planted += [name, phone, *_spellings(phone), extra, code]
    path = tmp_path / "ords.csv"
    ords.export(db, staff.manager, path)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    problems = [r["problem"] for r in rows]
    assert sum("rang [removed]" in p for p in problems) >= len(finished) - 1
    text = _folded("\n".join(problems))
    leaked = sorted({v for v in planted if v and len(_folded(v)) >= 4 and _folded(v) in text})
    assert leaked == []
    for row in rows:
        for cell in row.values():
            assert cell[:1] not in ("=", "+", "-", "@", "\t"), cell
