"""Intake slip, quote and receipt as HTML (then QTextDocument): A4 or an 80 mm roll."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import QCoreApplication

from counter_app import names
from counter_app.errors import QT_TRANSLATE_NOOP
from counter_app.money import format_money
from counter_app.names import barrier_text as barrier_name
from counter_app.names import condition_text as condition_name
from counter_app.names import condition_value_text as condition_value_name
from counter_app.names import payment_method_text as method_name
from counter_app.names import service_type_text as service_name
from counter_app.printing.documents import Document

BARCODE_RESOURCE = "barcode.png"
# QTextDocument sizes images in 96-dpi units whatever the device: the tag carries the size.
_barcode_size = {"width": 160, "height": 30}


def set_barcode_size(width: int, height: int) -> None:
    _barcode_size["width"], _barcode_size["height"] = width, height


def tr(text: str) -> str:
    return QCoreApplication.translate("documents", text)


def _money(doc: Document, amount: Decimal) -> str:
    return escape(format_money(amount, doc.shop.currency))


def _style(roll: bool) -> str:
    """A4 may use grey; a thermal roll prints black only (grey comes out as half the dots),
    so there the hierarchy is size and weight."""
    base = "9pt" if roll else "10pt"
    muted = "font-size: 7.5pt;" if roll else "color: #555;"
    rule = "none" if roll else "1px solid #ccc"
    return f"""<style>
    body {{ font-size: {base}; color: #000; }}
    h1 {{ font-size: {"12pt" if roll else "16pt"}; margin: 0; }}
    h2 {{ font-size: {"10pt" if roll else "12pt"}; margin: 6px 0 2px 0; }}
    .muted {{ {muted} }}
    table.lines {{ border-collapse: collapse; width: 100%; }}
    table.lines th {{ border-bottom: 1px solid #000; text-align: left; padding: 2px; }}
    table.lines td {{ padding: 2px; border-bottom: {rule}; }}
    td.num, th.num {{ text-align: right; }}
    .total td {{ font-weight: bold; border-top: 1px solid #000; }}
    .sign {{ margin-top: 18px; }}
    </style>"""


def _header(doc: Document, title: str, roll: bool) -> str:
    shop = doc.shop
    contact = " · ".join(escape(x) for x in (shop.address, shop.phone) if x)
    t = doc.ticket
    align = "center" if roll else "left"
    return f"""
    <div align="{align}"><h1>{escape(shop.name)}</h1>
    <div class="muted">{contact}</div></div>
    <h2 align="{align}">{escape(title)} · {escape(t.ticket_no)}</h2>
    <div align="{align}"><img src="{BARCODE_RESOURCE}" width="{_barcode_size["width"]}"
    height="{_barcode_size["height"]}"></div>
    <div class="muted" align="{align}">{escape(tr("Printed"))} {doc.printed_local:%Y-%m-%d %H:%M}</div>
    """


def _party(doc: Document) -> str:
    t = doc.ticket
    ident = (
        f"IMEI {escape(t.device.imei)}"
        if t.device.imei
        else f"{escape(tr('S/N'))} {escape(t.device.serial or '')}"
    )
    rows = [
        (tr("Customer"), f"{escape(t.customer.name)}  {escape(doc.phone_masked)}"),
        (
            tr("Device"),
            f"{escape(t.device.brand)} {escape(t.device.model)} {escape(t.device.colour)}".strip(),
        ),
        (tr("Identifier"), ident),
        (tr("Service"), escape(service_name(t.service_type))),
        (tr("Received"), f"{doc.received_local:%Y-%m-%d %H:%M}"),
    ]
    if doc.promised_local:
        rows.append((tr("Promised"), f"{doc.promised_local:%Y-%m-%d %H:%M}"))
    cells = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{v}</td></tr>" for k, v in rows)
    return f"<table>{cells}</table>"


def _lines_table(doc: Document, lines) -> str:  # type: ignore[no-untyped-def]
    rows = "".join(
        f"<tr><td>{escape(line.description)}{_not_covered(line)}</td>"
        f"<td align='right'>{line.qty}</td>"
        f"<td align='right'>{_money(doc, line.unit_price)}</td>"
        f"<td align='right'>{_money(doc, line.line_total)}</td></tr>"
        for line in lines
    )
    return (
        "<table class='lines' width='100%'><tr>"
        f"<th>{escape(tr('Item'))}</th><th align='right'>{escape(tr('Qty'))}</th>"
        f"<th align='right'>{escape(tr('Price'))}</th><th align='right'>{escape(tr('Amount'))}</th>"
        f"</tr>{rows}</table>"
    )


def _not_covered(line) -> str:  # type: ignore[no-untyped-def]
    kind = getattr(line, "exclusion", None)
    if not kind:
        return ""
    reason = names.exclusion_text(kind, QCoreApplication.translate)
    return f" <i>({escape(tr('not covered'))}: {escape(reason)})</i>"


def _warranty_line(doc: Document) -> str:
    decision, code, params = doc.settlement
    text = names.settlement_text(decision, code, dict(params), QCoreApplication.translate)
    note = names.event_text(doc.ticket.warranty_reason or "")
    extra = f" ({escape(note)})" if note else ""
    if code in names.PRODUCTION_CODES:
        # No proof of purchase: the cover counted from the production date is stated.
        reason = names.warranty_reason_text(code, dict(params), QCoreApplication.translate)
        if reason not in text:
            extra += f"<br>{escape(reason)}"
    return f"<p><b>{escape(tr('Warranty decision'))}</b>: {escape(text)}{extra}</p>"


def _cause(cause: str | None) -> str:
    """The cause the technician found, printed beside the fault the customer reported."""
    if not cause:
        return ""
    return f"<h2>{escape(tr('Cause found'))}</h2><p>{escape(cause)}</p>"


def _handover(doc: Document) -> str:
    """The receipt's hand-over block: cover and its end dates, care, payments, signatures."""
    covered = "".join(
        f"<tr><td>{escape(tr('Our repair') if item == 'repair' else _item_name(item))}</td>"
        f"<td align='right'>{until:%Y-%m-%d}</td></tr>"
        for item, until in doc.covered
    )
    cover = (
        f"<h2>{escape(tr('Covered until'))}</h2><table width='100%'>{covered}</table>"
        if covered
        else ""
    )
    rows = []
    for label, amount in (
        (tr("Deposit paid"), doc.deposits),
        (tr("Final payment"), doc.final_payments),
        (tr("Amount tendered"), doc.tendered),
    ):
        if amount:
            rows.append(
                f"<tr><td>{escape(label)}</td><td align='right'>{_money(doc, amount)}</td></tr>"
            )
    paid = (
        f"<h2>{escape(tr('Payments received'))}</h2><table width='100%'>{''.join(rows)}</table>"
        if rows
        else ""
    )
    care = doc.shop.care_instructions
    care_html = f"<h2>{escape(tr('Care instructions'))}</h2><p>{escape(care)}</p>" if care else ""
    return f"""{paid}{cover}{care_html}
    <p>{escape(tr("Handed over by"))}: {escape(doc.clerk_name)}</p>
    <p class="sign">{escape(tr("Collected by (customer signature)"))}: ____________________</p>"""


def _item_name(item: str) -> str:
    return QCoreApplication.translate("warranty", names.WARRANTY_ITEM_TEXT.get(item, item))


_TITLES = {
    "intake": QT_TRANSLATE_NOOP("documents", "Intake slip"),
    "quote": QT_TRANSLATE_NOOP("documents", "Quote"),
    "receipt": QT_TRANSLATE_NOOP("documents", "Receipt"),
}


def title_of(kind: str) -> str:
    """The paper's title, in the printing language: Intake slip, Quote, Receipt."""
    return tr(_TITLES.get(kind, kind))


def intake_slip(doc: Document, roll: bool) -> str:
    t = doc.ticket
    condition = "".join(
        f"<tr><td>{escape(condition_name(k))}</td><td>{escape(condition_value_name(v))}</td></tr>"
        for k, v in t.condition.items()
    )
    estimate = ""
    if t.lines:
        estimate = f"<p><b>{escape(tr('Estimate'))}</b>: {_money(doc, t.total)}</p>"
    return f"""<html><head>{_style(roll)}</head><body>
    {_header(doc, title_of("intake"), roll)}
    {_party(doc)}
    <h2>{escape(tr("Fault reported"))}</h2><p>{escape(t.fault) or "—"}</p>
    <h2>{escape(tr("Condition on intake"))}</h2>
    <table>{condition or "<tr><td>—</td></tr>"}</table>
    <p><b>{escape(tr("Accessories left"))}</b>: {escape(t.accessories) or escape(tr("None"))}</p>
    {estimate}
    <h2>{escape(tr("Terms"))}</h2><p class="muted">{escape(doc.shop.intake_terms)}</p>
    <p class="sign">{escape(tr("Customer signature"))}: ____________________</p>
    </body></html>"""


def quote(doc: Document, roll: bool = False) -> str:
    t = doc.ticket
    sections = []
    for q in t.quotes:
        status = {
            "pending": tr("Awaiting your consent"),
            "approved": tr("Approved"),
            "declined": tr("Declined"),
        }.get(q.status, q.status)
        title = tr("Quote") if q.seq == 1 else tr("Supplementary quote")
        sections.append(
            f"<h2>{escape(title)} {q.seq} · {escape(status)}</h2>{_lines_table(doc, q.lines)}"
        )
    totals = (
        f"<table width='100%'><tr class='total'><td>{escape(tr('Total'))}</td>"
        f"<td align='right'>{_money(doc, t.total)}</td></tr>"
        f"<tr><td>{escape(tr('Paid'))}</td><td align='right'>{_money(doc, t.paid)}</td></tr>"
        f"<tr><td><b>{escape(tr('Balance'))}</b></td>"
        f"<td align='right'><b>{_money(doc, t.balance)}</b></td></tr></table>"
    )
    if t.warranty_decision == "free" and t.quoted_value:
        totals += (
            f"<p class='muted'>{escape(tr('Value of the work'))}: {_money(doc, t.quoted_value)}</p>"
        )
    return f"""<html><head>{_style(roll)}</head><body>
    {_header(doc, title_of("quote"), roll)}
    {_party(doc)}
    <h2>{escape(tr("Fault reported"))}</h2><p>{escape(t.fault) or "—"}</p>
    {_cause(t.diagnosed_cause)}
    {"".join(sections)}
    {totals}
    {_warranty_line(doc)}
    <p>{escape(tr("This quote is valid until {date}.").format(date=f"{doc.quote_valid_until:%Y-%m-%d}"))}</p>
    <p class="sign">{escape(tr("I agree to the repair and the price above."))}</p>
    <p class="sign">{escape(tr("Customer signature"))}: ____________________
    &nbsp;&nbsp; {escape(tr("Date"))}: __________</p>
    </body></html>"""


def receipt(doc: Document, roll: bool) -> str:
    t = doc.ticket
    payments = "".join(
        f"<tr><td>{escape(method_name(method))}</td><td align='right'>{_money(doc, amount)}</td></tr>"
        for method, amount in doc.paid_by_method
    )
    refunds = [p for p in t.payments if p.amount < 0]
    refund_note = ""
    if refunds:
        refund_note = (
            f"<p class='muted'>{escape(tr('Includes refunds'))}: "
            f"{_money(doc, sum((p.amount for p in refunds), Decimal('0.00')))}</p>"
        )
    change = ""
    if doc.change_given:
        change = (
            f"<tr><td>{escape(tr('Change given'))}</td>"
            f"<td align='right'>{_money(doc, doc.change_given)}</td></tr>"
        )
    outcome = ""
    if t.outcome:  # beyond repair: why, instead of the work that was not done
        outcome = (
            f"<p><b>{escape(tr('Returned unrepaired'))}</b>: "
            f"{escape(barrier_name(t.outcome_barrier))}</p>"
        )
    if any(item == "repair" for item, _ in doc.covered):
        warranty = ""  # our repair's end is in the hand-over's "Covered until", once
    elif doc.warranty_end is not None:
        label = (
            tr("Repair warranty until (expected)")
            if doc.warranty_expected
            else tr("Repair warranty until")
        )
        warranty = f"<p><b>{escape(label)}</b>: {doc.warranty_end:%Y-%m-%d}</p>"
    else:
        warranty = f"<p>{escape(tr('No repair warranty: no repair was carried out'))}</p>"
    total_label = tr("Diagnosis fee") if t.outcome else tr("Total")
    return f"""<html><head>{_style(roll)}</head><body>
    {_header(doc, title_of("receipt"), roll)}
    {_party(doc)}
    {outcome}
    {_lines_table(doc, t.lines) if t.lines and not t.outcome else ""}
    <table width='100%'>
    <tr class='total'><td>{escape(total_label)}</td><td align='right'>{_money(doc, t.total)}</td></tr>
    {payments}
    {change}
    <tr><td><b>{escape(tr("Balance"))}</b></td><td align='right'><b>{_money(doc, t.balance)}</b></td></tr>
    </table>
    {refund_note}
    {"" if t.outcome else _warranty_line(doc)}
    {warranty}
    {_handover(doc)}
    <p class="muted">{escape(doc.shop.receipt_terms)}</p>
    <p class="muted" align="center">{escape(tr("Thank you!"))}</p>
    </body></html>"""


# Strings used inside f-strings, where lupdate cannot see them: listed here for it.
_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("documents", "Payments received"),
    QT_TRANSLATE_NOOP("documents", "This quote is valid until {date}."),
    QT_TRANSLATE_NOOP("documents", "I agree to the repair and the price above."),
    QT_TRANSLATE_NOOP("documents", "Page {page} of {pages}"),
    QT_TRANSLATE_NOOP("documents", "Returned unrepaired"),
    QT_TRANSLATE_NOOP("documents", "Diagnosis fee"),
    QT_TRANSLATE_NOOP("documents", "Cash"),
    QT_TRANSLATE_NOOP("documents", "Card"),
    QT_TRANSLATE_NOOP("documents", "WeChat Pay"),
    QT_TRANSLATE_NOOP("documents", "Alipay"),
    QT_TRANSLATE_NOOP("documents", "Other"),
    QT_TRANSLATE_NOOP("documents", "Repair"),
    QT_TRANSLATE_NOOP("documents", "Warranty repair"),
    QT_TRANSLATE_NOOP("documents", "Return / exchange"),
    QT_TRANSLATE_NOOP("documents", "Maintenance"),
    QT_TRANSLATE_NOOP("documents", "Consultation"),
    QT_TRANSLATE_NOOP("documents", "Screen"),
    QT_TRANSLATE_NOOP("documents", "Back"),
    QT_TRANSLATE_NOOP("documents", "Frame"),
    QT_TRANSLATE_NOOP("documents", "Buttons"),
    QT_TRANSLATE_NOOP("documents", "Cameras"),
    QT_TRANSLATE_NOOP("documents", "Charging port"),
    QT_TRANSLATE_NOOP("documents", "Water indicator"),
    QT_TRANSLATE_NOOP("documents", "Powers on"),
    QT_TRANSLATE_NOOP("documents", "Printed"),
    QT_TRANSLATE_NOOP("documents", "S/N"),
    QT_TRANSLATE_NOOP("documents", "Customer"),
    QT_TRANSLATE_NOOP("documents", "Device"),
    QT_TRANSLATE_NOOP("documents", "Identifier"),
    QT_TRANSLATE_NOOP("documents", "Service"),
    QT_TRANSLATE_NOOP("documents", "Received"),
    QT_TRANSLATE_NOOP("documents", "Promised"),
    QT_TRANSLATE_NOOP("documents", "Item"),
    QT_TRANSLATE_NOOP("documents", "Qty"),
    QT_TRANSLATE_NOOP("documents", "Price"),
    QT_TRANSLATE_NOOP("documents", "Amount"),
    QT_TRANSLATE_NOOP("documents", "Our repair"),
    QT_TRANSLATE_NOOP("documents", "not covered"),
    QT_TRANSLATE_NOOP("documents", "Covered until"),
    QT_TRANSLATE_NOOP("documents", "Deposit paid"),
    QT_TRANSLATE_NOOP("documents", "Final payment"),
    QT_TRANSLATE_NOOP("documents", "Amount tendered"),
    QT_TRANSLATE_NOOP("documents", "Care instructions"),
    QT_TRANSLATE_NOOP("documents", "Handed over by"),
    QT_TRANSLATE_NOOP("documents", "Collected by (customer signature)"),
    QT_TRANSLATE_NOOP("documents", "Warranty decision"),
    QT_TRANSLATE_NOOP("documents", "OK"),
    QT_TRANSLATE_NOOP("documents", "Estimate"),
    QT_TRANSLATE_NOOP("documents", "Intake slip"),
    QT_TRANSLATE_NOOP("documents", "Fault reported"),
    QT_TRANSLATE_NOOP("documents", "Cause found"),
    QT_TRANSLATE_NOOP("documents", "Condition on intake"),
    QT_TRANSLATE_NOOP("documents", "Accessories left"),
    QT_TRANSLATE_NOOP("documents", "None"),
    QT_TRANSLATE_NOOP("documents", "Terms"),
    QT_TRANSLATE_NOOP("documents", "Customer signature"),
    QT_TRANSLATE_NOOP("documents", "Awaiting your consent"),
    QT_TRANSLATE_NOOP("documents", "Approved"),
    QT_TRANSLATE_NOOP("documents", "Declined"),
    QT_TRANSLATE_NOOP("documents", "Quote"),
    QT_TRANSLATE_NOOP("documents", "Supplementary quote"),
    QT_TRANSLATE_NOOP("documents", "Total"),
    QT_TRANSLATE_NOOP("documents", "Paid"),
    QT_TRANSLATE_NOOP("documents", "Balance"),
    QT_TRANSLATE_NOOP("documents", "Value of the work"),
    QT_TRANSLATE_NOOP("documents", "This quote is valid until"),
    QT_TRANSLATE_NOOP("documents", "I agree to the repair and the price above"),
    QT_TRANSLATE_NOOP("documents", "Date"),
    QT_TRANSLATE_NOOP("documents", "Includes refunds"),
    QT_TRANSLATE_NOOP("documents", "Change given"),
    QT_TRANSLATE_NOOP("documents", "Repair warranty until (expected)"),
    QT_TRANSLATE_NOOP("documents", "Repair warranty until"),
    QT_TRANSLATE_NOOP("documents", "No repair warranty: no repair was carried out"),
    QT_TRANSLATE_NOOP("documents", "Receipt"),
    QT_TRANSLATE_NOOP("documents", "Thank you!"),
)
