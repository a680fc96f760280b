"""Consultations (咨询) by phone or at the counter, without a device; an optional callback
time puts a call on the follow-up work list (services/aftercare/followups.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
from counter_app.models import Consultation, Customer, FollowUp, User
from counter_app.services.aftercare import followups
from counter_app.services.base.common import audit, require_role
from counter_app.services.base.dto import Actor
from counter_app.services.shop import settings as settings_service
from counter_app.services.stores import chain as stores
from counter_app.timeutil import at_local, utcnow, zone
from counter_app.validation import clean_name, clean_text, mask_phone, normalize_phone

TEXT_MAX = 4000


@dataclass(frozen=True)
class ConsultationInfo:
    id: int
    name: str
    phone_masked: str
    question: str
    answer: str
    callback_at: datetime | None
    callback_state: str | None  # None (no callback), due, retry, done, unreachable
    customer_id: int | None
    created_at: datetime
    created_by: str


def parse_local_time(value: str | datetime | None, tz_name: str) -> datetime | None:
    """ "YYYY-MM-DD HH:MM" in the store's zone (or an aware datetime) as an aware instant."""
    if value is None or isinstance(value, datetime):
        if isinstance(value, datetime) and value.tzinfo is None:
            return value.replace(tzinfo=zone(tz_name))
        return value
    text = value.strip()
    if not text:
        return None
    try:
        moment = datetime.strptime(text, "%Y-%m-%d %H:%M")
    except ValueError:
        raise ValidationError(
            "callback",
            QT_TRANSLATE_NOOP("errors", "Callback: give it as YYYY-MM-DD HH:MM, not {value}"),
            value=text,
        ) from None
    return at_local(moment, tz_name, "callback")


def add(
    db: Database,
    actor: Actor,
    *,
    name: str,
    phone: str,
    question: str,
    answer: str = "",
    callback: str | datetime | None = None,
) -> ConsultationInfo:
    """Record a consultation. Clerk, technician or manager. Refuses an empty name or question,
    a bad phone, and a callback time that is not in the future (ValidationError)."""
    require_role(actor, "clerk", "technician")
    name = clean_name(name)
    question = clean_text(question, "question", TEXT_MAX, required=True)
    answer = clean_text(answer, "answer", TEXT_MAX)
    with db.write() as session:
        settings = settings_service.load_all(session)
        e164 = normalize_phone(phone, settings.phone_region, accepted=settings.phone_regions)
        tz_name = stores.local_zone(session, actor=actor)
        callback_at = parse_local_time(callback, tz_name)
        now = utcnow()
        if callback_at is not None and callback_at <= now:
            raise ValidationError(
                "callback", QT_TRANSLATE_NOOP("errors", "Callback: the time has already passed")
            )
        customer_id = session.scalar(
            select(Customer.id)
            .where(Customer.phone == e164, Customer.anonymised_at.is_(None))
            .order_by(Customer.id)
            .limit(1)
        )
        row = Consultation(
            name=name,
            phone=e164,
            customer_id=customer_id,
            question=question,
            answer=answer,
            callback_at=callback_at,
            created_by_id=actor.id,
            created_at=now,
        )
        session.add(row)
        session.flush()
        followups.schedule_callback(session, row, tz_name)
        audit(session, actor, "consultation_added", "consultation", row.id)
        return ConsultationInfo(
            row.id,
            name,
            mask_phone(e164),
            question,
            answer,
            callback_at,
            "due" if callback_at else None,
            customer_id,
            now,
            actor.username,
        )


def erase_caller(session: Session, customer_id: int, phone: str | None) -> None:
    """A customer's erasure reaches their consultations too (name and phone; the questions
    stay, anonymous). Called inside customers.anonymise's transaction."""
    match = Consultation.customer_id == customer_id
    if phone:
        match = or_(match, Consultation.phone == phone)
    session.execute(
        update(Consultation)
        .where(match)
        .values(name=f"Anonymised #{customer_id}", phone=None, customer_id=customer_id)
    )


def recent(db: Database, actor: Actor, limit: int = 200) -> list[ConsultationInfo]:
    """The latest consultations, newest first, with their callback's state."""
    require_role(actor, "clerk", "technician")
    with db.read() as session:
        rows = session.execute(
            select(Consultation, User.username, FollowUp.state)
            .join(User, User.id == Consultation.created_by_id)
            .outerjoin(
                FollowUp,
                (FollowUp.consultation_id == Consultation.id) & (FollowUp.reason == "callback"),
            )
            .order_by(Consultation.created_at.desc(), Consultation.id.desc())
            .limit(limit)
        ).all()
        return [
            ConsultationInfo(
                c.id,
                c.name,
                mask_phone(c.phone),
                c.question,
                c.answer,
                c.callback_at,
                (state or "due") if c.callback_at else None,
                c.customer_id,
                c.created_at,
                username,
            )
            for c, username, state in rows
        ]
