"""ticket events: the notes the app writes stored as a code and its parameters

Revision ID: 0019_event_note_codes
Revises: 0018_r3_messages

Two nullable columns on ticket_events: ``note_code`` and ``note_params`` (JSON text, keys
sorted). A note the services wrote in one of their fixed English shapes ("deposit cash
100.00", "Quote sent", "phone", a comeback's "Kind: reason"...) is read once, here, with
the patterns below (frozen: they are what counter_app/event_notes.py recognised before this
revision) and stored as its code and parameters; ``note`` is then empty. A note is only
converted when its code and parameters write back exactly the same English (what the
command line and the JSON print), so nothing the command line shows changes; any other note
(text a person typed) stays as it is. The same goes for the other notes the services wrote:
a message sent, a loaner out and back, a promise moved, a supplier claim, a part used or
returned, a quote line, an on-site visit's "Not fixed on site: ..." and "paid: ...", a
barrier's key (beyond repair) and the after-care lines (the follow-up call's or the
complaint's dict as JSON: its code is the event's kind, its parameters that dict in its
order, written back as the same JSON).

The audit chain hashes every column of a chained row (counter_app/audit_chain.py), so each
chained event's content changes here (two new columns, a note moved into them): the
migration appends one "update" link per chained event with the hash of its content now,
exactly as the program would for an edit; ``counter-app audit verify`` stays intact. The
downgrade writes the English back into ``note``, drops the columns and appends the links
again.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from alembic import op

from counter_app import names
from counter_app.models.base import UTCDateTime

revision = "0019_event_note_codes"
down_revision = "0018_r3_messages"
branch_labels = None
depends_on = None

# --- What the services wrote before this revision (frozen).
FIXED = {
    "approved": "approved",
    "advice_given": "Advice given",
    "quote_sent": "Quote sent",
    "customer_declined": "Customer declined",
    "reassembled": "Reassembled, no repair",
    "part_ordered": "Part ordered",
    "part_arrived": "Part arrived",
    "tested_ok": "Tested OK",
    "taken_back": "Customer took the device back",
    "refunded_kept": "Refunded: the device stays",
    "exchanged_new": "Exchanged for a new device",
    "no_fault_found": "No fault found",
    "on_site": "On site",
    "return_repair": "repair under warranty",
    "return_no_fault": "no fault found: returned as is",
    "consent_on_site": "in_person (on site)",
    "same_fault": "Same fault",
    "handset_warranty": "Within the handset warranty",
    "liquid_damage": "Liquid damage",
    "out_of_warranty": "Out of warranty",
    "not_fixed_on_site": "Not fixed on site",
}
_FIXED_BY_TEXT = {text: code for code, text in FIXED.items()}
DECISION_METHODS = ("in_person", "phone", "message")
PAYMENT_METHODS = (
    "cash",
    "card",
    "wechat_pay",
    "alipay",
    "other",
    "octopus",
    "fps",
    "payme",
    "alipay_hk",
    "unionpay",
)
PAYMENT_KINDS = ("deposit", "final", "refund")
SETTLEMENTS = ("free", "paid", "undecided")
EXCLUSIONS = (
    "drop_impact",
    "liquid",
    "opened_elsewhere",
    "seal_tampered",
    "non_original_part",
    "no_proof",
    "other",
)
# The English a code writes back (the command line's words); "warranty" and
# "exchange_offer" are the warranty engine's sentences (counter_app.names).
PLAIN = {
    "payment": "{kind} {method} {amount}",
    "payment_no_method": "{kind} {amount}",
    "refund": "{method} {amount}: {reason}",
    "return_refund": "refund {method} {amount}",
    "return_exchange": "exchange -> {imei}",
    "line_paid": "{line}: paid ({exclusion}): {reason}",
    "settlement": "{decision}: {reason}",
    "settlement_excluded": "{decision} ({exclusion}): {reason}",
    "recovered": "faulty {part} ×{qty} recovered",
    "decision": "{method}",
    "message": "{kind} · {channel} · {outcome}",
    "notice_message": "message · {channel}",
    "loaner_out": "out {imei} · {deposit}",
    "loaner_back": "back {imei}",
    "promise": "{before} -> {after}: {reason}",
    "claim": "claim {id}: {sku} -> {supplier}",
    "part_qty": "{sku} {name} ×{qty}",
    "quote_line_qty": "{line} × {qty}",
    "quote_line_price": "{line} @ {price}",
    "quote_line": "{line} × {qty} @ {price} = {total}",
    "paid_excluded": "paid: {exclusion}",
    "barrier": "{key}",
}
# The after-care lines (follow-up calls, complaints) were their dict as JSON: the code is
# the event's kind, the parameters that dict (in its order), written back as the same JSON.
AFTERCARE = ("followup", "complaint")

_AMOUNT = r"-?\d+(?:\.\d+)?"
_METHOD = "|".join(PAYMENT_METHODS)
_PAY_KIND = "|".join(PAYMENT_KINDS)
_SETTLE = "|".join(SETTLEMENTS)
_EXCLUDE = "|".join(EXCLUSIONS)
_MONEY = r"-?\d+\.\d{2}"
_LOCAL = r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}"

# (event kind, code, pattern): the first that matches the whole note wins.
SHAPES: list[tuple[str, str, re.Pattern[str]]] = [
    (
        "payment",
        "payment",
        re.compile(rf"(?P<kind>{_PAY_KIND}) (?P<method>{_METHOD}) (?P<amount>{_AMOUNT})"),
    ),
    ("payment", "payment_no_method", re.compile(rf"(?P<kind>{_PAY_KIND}) (?P<amount>{_AMOUNT})")),
    (
        "refund",
        "refund",
        re.compile(rf"(?P<method>{_METHOD}) (?P<amount>{_AMOUNT}): (?P<reason>.*)", re.S),
    ),
    (
        "return",
        "return_refund",
        re.compile(rf"refund (?P<method>{_METHOD}) (?P<amount>{_AMOUNT})"),
    ),
    ("return", "return_exchange", re.compile(r"exchange -> (?P<imei>\S+)")),
    (
        "warranty",
        "line_paid",
        re.compile(rf"(?P<line>.+): paid \((?P<exclusion>{_EXCLUDE})\): (?P<reason>.*)", re.S),
    ),
    ("warranty", "paid_excluded", re.compile(rf"paid: (?P<exclusion>{_EXCLUDE})")),
    (
        "warranty",
        "settlement_excluded",
        re.compile(rf"(?P<decision>{_SETTLE}) \((?P<exclusion>{_EXCLUDE})\): (?P<reason>.*)", re.S),
    ),
    ("warranty", "settlement", re.compile(rf"(?P<decision>{_SETTLE}): (?P<reason>.*)", re.S)),
    ("note", "recovered", re.compile(r"faulty (?P<part>.+) ×(?P<qty>\d+) recovered", re.S)),
    ("message", "message", re.compile(r"(?P<kind>\w+) · (?P<channel>.*) · (?P<outcome>\w+)")),
    ("notice", "notice_message", re.compile(r"message · (?P<channel>.*)")),
    ("loaner", "loaner_out", re.compile(rf"out (?P<imei>.+?) · (?P<deposit>{_MONEY})")),
    ("loaner", "loaner_back", re.compile(r"back (?P<imei>.+)")),
    (
        "promise",
        "promise",
        re.compile(rf"(?P<before>{_LOCAL}|—) -> (?P<after>{_LOCAL}): (?P<reason>.*)", re.S),
    ),
    ("note", "claim", re.compile(r"claim (?P<id>\d+): (?P<sku>.+?) -> (?P<supplier>.*)", re.S)),
    ("note", "not_fixed", re.compile(r"Not fixed on site:(?: (?P<note>.*))?", re.S)),
    ("part_used", "part_qty", re.compile(r"(?P<sku>\S+) (?P<name>.*) ×(?P<qty>\d+)", re.S)),
    ("part_returned", "part_qty", re.compile(r"(?P<sku>\S+) (?P<name>.*) ×(?P<qty>\d+)", re.S)),
    (
        "quote_line",
        "quote_line",
        re.compile(
            rf"(?P<line>.*) × (?P<qty>\d+) @ (?P<price>{_MONEY}) = (?P<total>{_MONEY})", re.S
        ),
    ),
    ("quote_line", "quote_line_price", re.compile(rf"(?P<line>.*) @ (?P<price>{_MONEY})", re.S)),
    ("quote_line", "quote_line_qty", re.compile(r"(?P<line>.*) × (?P<qty>\d+)", re.S)),
    ("beyond_repair", "barrier", re.compile(r"(?P<key>[a-z_]+)")),
]


def _template_pattern(template: str) -> str:
    """A warranty wording template as a pattern: its {item} and {exclusion} match their
    English names, any other parameter some text."""
    parts = re.split(r"\{(\w+)\}", template)
    out = []
    for index, part in enumerate(parts):
        if index % 2 == 0:
            out.append(re.escape(part))
        elif part == "item":
            items = names.WARRANTY_ITEM_TEXT.values()
            out.append("(?P<item>" + "|".join(map(re.escape, items)) + ")")
        elif part == "exclusion":
            excluded = names.EXCLUSION_TEXT.values()
            out.append("(?P<exclusion>" + "|".join(map(re.escape, excluded)) + ")")
        else:
            out.append(f"(?P<{part}>.+?)")
    return "".join(out)


def _code_of(table: dict[str, str], english: str) -> str:
    return next((code for code, name in table.items() if name == english), english)


def _warranty_sentence(text: str) -> tuple[str, dict[str, Any]] | None:
    offer = _template_pattern(names.EXCHANGE_OFFER_TEXT).replace(
        "(?P<count>.+?)", r"(?P<count>\d+)"
    )
    match = re.fullmatch(offer, text)
    if match:
        return "exchange_offer", {"count": int(match["count"])}
    for code, template in names.WARRANTY_REASON_TEXT.items():
        for kind, kind_source in names.WARRANTY_KIND_TEXT.items():
            pattern = re.escape(kind_source) + ": " + _template_pattern(template)
            match = re.fullmatch(pattern, text, re.S)
            if match:
                params = {k: v for k, v in match.groupdict().items() if v is not None}
                if "item" in params:
                    params["item"] = _code_of(names.WARRANTY_ITEM_TEXT, params["item"])
                if "exclusion" in params:
                    params["exclusion"] = _code_of(names.EXCLUSION_TEXT, params["exclusion"])
                return "warranty", {"kind": kind, "reason": code, "params": params}
    return None


def plain(code: str, params: dict[str, Any]) -> str | None:
    """The English of a code (None: not a code of this revision)."""
    if code in FIXED:
        return FIXED[code]
    if code == "warranty":
        reason = params.get("params") or {}
        return names.warranty_text(params.get("kind", ""), params.get("reason", ""), reason)
    if code == "exchange_offer":
        return names.exchange_offer_text(int(params.get("count", 0)))
    if code in AFTERCARE:
        return json.dumps(params, ensure_ascii=False)
    if code == "not_fixed":
        return f"Not fixed on site: {params.get('note', '')}".strip()[:2000]
    template = PLAIN.get(code)
    if template is None:
        return None
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return None


def parse(kind: str, text: str) -> tuple[str, dict[str, Any]] | None:
    """(code, parameters) of a note the services wrote, None for anything else."""
    if not text:
        return None
    found: tuple[str, dict[str, Any]] | None = None
    if kind in AFTERCARE:
        try:
            data = json.loads(text)
        except ValueError:
            return None
        found = (kind, data) if isinstance(data, dict) else None
    elif kind == "beyond_repair":
        pass  # a barrier's key (SHAPES)
    elif text in _FIXED_BY_TEXT:
        found = _FIXED_BY_TEXT[text], {}
    elif text in DECISION_METHODS:
        found = "decision", {"method": text}
    elif kind in ("comeback", "note", "") and ": " in text:
        found = _warranty_sentence(text)
    if found is None:
        for shape_kind, code, pattern in SHAPES:
            if shape_kind == kind:
                match = pattern.fullmatch(text)
                if match:
                    found = code, {k: v or "" for k, v in match.groupdict().items()}
                    break
    if found is None or plain(*found) != text:
        return None  # only a note that reads back exactly
    return found


# --- The audit chain's canonical content (counter_app/audit_chain.py), frozen.
GENESIS = "0" * 64


def _canonical(value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, Decimal):
        return "0" if value == 0 else format(value.normalize(), "f")
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _row_hash(table: str, row_id: int, columns: dict[str, Any]) -> str:
    body = json.dumps(
        {key: _canonical(value) for key, value in columns.items()},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(f"{table}|{row_id}|{body}".encode()).hexdigest()


def _link_hash(
    seq: int, table: str, row_id: int, ticket_id: int | None, op_: str, rhash: str, prev: str
) -> str:
    ticket = "" if ticket_id is None else str(ticket_id)
    return hashlib.sha256(
        f"{seq}|{table}|{row_id}|{ticket}|{op_}|{rhash}|{prev}".encode()
    ).hexdigest()


def _events(with_codes: bool) -> sa.Table:
    columns: list[sa.Column[Any]] = [
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ticket_id", sa.Integer),
        sa.Column("at", UTCDateTime),
        sa.Column("user_id", sa.Integer),
        sa.Column("kind", sa.String(30)),
        sa.Column("from_status", sa.String(20)),
        sa.Column("to_status", sa.String(20)),
        sa.Column("note", sa.Text),
    ]
    if with_codes:
        columns += [sa.Column("note_code", sa.String(40)), sa.Column("note_params", sa.Text)]
    return sa.Table("ticket_events", sa.MetaData(), *columns)


_CHAIN = sa.table(
    "audit_chain",
    sa.column("seq", sa.Integer),
    sa.column("table_name", sa.String),
    sa.column("row_id", sa.Integer),
    sa.column("ticket_id", sa.Integer),
    sa.column("op", sa.String),
    sa.column("row_hash", sa.String),
    sa.column("prev_hash", sa.String),
    sa.column("hash", sa.String),
)


def _rechain(conn: sa.Connection, events: sa.Table) -> None:
    """One "update" link per chained event whose content (as ``events`` reads it) is not
    what its last link recorded."""
    latest: dict[int, tuple[str, str]] = {}
    for row_id, link_op, rhash in conn.execute(
        sa.select(_CHAIN.c.row_id, _CHAIN.c.op, _CHAIN.c.row_hash)
        .where(_CHAIN.c.table_name == "ticket_events")
        .order_by(_CHAIN.c.seq)
    ):
        latest[int(row_id)] = (str(link_op), str(rhash))
    if not latest:
        return
    head = conn.execute(
        sa.select(_CHAIN.c.seq, _CHAIN.c.hash).order_by(_CHAIN.c.seq.desc()).limit(1)
    ).first()
    seq, prev = (int(head[0]), str(head[1])) if head is not None else (0, GENESIS)
    links = []
    for row in conn.execute(sa.select(events).order_by(events.c.id)):
        values = dict(row._mapping)
        last = latest.get(values["id"])
        if last is None or last[0] == "delete":
            continue  # written before the chain (or by a bulk insert): not chained
        now = _row_hash("ticket_events", values["id"], values)
        if now == last[1]:
            continue
        seq += 1
        link = _link_hash(
            seq, "ticket_events", values["id"], values["ticket_id"], "update", now, prev
        )
        links.append(
            {
                "seq": seq,
                "table_name": "ticket_events",
                "row_id": values["id"],
                "ticket_id": values["ticket_id"],
                "op": "update",
                "row_hash": now,
                "prev_hash": prev,
                "hash": link,
            }
        )
        prev = link
    for start in range(0, len(links), 1000):
        conn.execute(sa.insert(_CHAIN), links[start : start + 1000])


def _params_json(code: str, params: dict[str, Any]) -> str | None:
    """As names.EventNote.params_json: keys sorted, but an after-care line keeps its order."""
    if not params:
        return None
    return json.dumps(params, ensure_ascii=False, sort_keys=code not in AFTERCARE)


def upgrade() -> None:
    op.add_column("ticket_events", sa.Column("note_code", sa.String(length=40), nullable=True))
    op.add_column("ticket_events", sa.Column("note_params", sa.Text(), nullable=True))
    conn = op.get_bind()
    events = _events(with_codes=True)
    changes = []
    for row_id, kind, note in conn.execute(sa.select(events.c.id, events.c.kind, events.c.note)):
        found = parse(kind or "", note or "")
        if found is None:
            continue
        code, params = found
        changes.append(
            {
                "row": row_id,
                "code": code,
                "params": _params_json(code, params),
            }
        )
    update = (
        events.update()
        .where(events.c.id == sa.bindparam("row"))
        .values(note="", note_code=sa.bindparam("code"), note_params=sa.bindparam("params"))
    )
    for start in range(0, len(changes), 1000):
        conn.execute(update, changes[start : start + 1000])
    _rechain(conn, events)


def downgrade() -> None:
    conn = op.get_bind()
    events = _events(with_codes=True)
    changes = []
    for row_id, code, raw in conn.execute(
        sa.select(events.c.id, events.c.note_code, events.c.note_params).where(
            events.c.note_code.is_not(None)
        )
    ):
        try:
            params = json.loads(raw or "{}")
        except ValueError:
            params = {}
        text = plain(code, params if isinstance(params, dict) else {})
        changes.append({"row": row_id, "text": code if text is None else text})
    update = (
        events.update().where(events.c.id == sa.bindparam("row")).values(note=sa.bindparam("text"))
    )
    for start in range(0, len(changes), 1000):
        conn.execute(update, changes[start : start + 1000])
    # Plain DROP COLUMN on both engines (SQLite 3.35+): a batch rebuild would drop tables
    # that other rows refer to.
    op.drop_column("ticket_events", "note_params")
    op.drop_column("ticket_events", "note_code")
    _rechain(conn, _events(with_codes=False))
