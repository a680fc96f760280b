"""Stores of a chain on one database: which store a PC acts for, who works where, and the
store's own settings (time zone, ticket prefix). A single-PC shop has exactly one store,
made by the migration, and never needs to name it."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, select
from sqlalchemy.orm import Session

from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
from counter_app.models import Store, User, UserStore
from counter_app.services.base.common import audit, require_role, require_works_at, works_at
from counter_app.services.base.dto import Actor
from counter_app.services.shop import settings as settings_service
from counter_app.timeutil import utcnow, zone
from counter_app.validation import clean_name, clean_text

CODE_PATTERN = re.compile(r"^[A-Z][A-Z0-9]{0,9}$")
# A prefix ends in a letter or "-", so the date that follows can never be read as part of it:
# different prefixes therefore always give different ticket numbers.
PREFIX_PATTERN = re.compile(r"^[A-Z][A-Z0-9]{0,6}-?$")


@dataclass(frozen=True)
class StoreInfo:
    id: int
    code: str
    name: str
    address: str
    phone: str
    time_zone: str  # resolved: the store's own, else the shop's setting
    ticket_prefix: str
    staff: int = 0


def _info(session: Session, store: Store, staff: int = 0) -> StoreInfo:
    settings = settings_service.load_all(session)
    return StoreInfo(
        id=store.id,
        code=store.code,
        name=store.name or settings.store_name,
        address=store.address or settings.store_address,
        phone=store.phone or settings.store_phone,
        time_zone=local_zone(session, store_id=store.id),
        ticket_prefix=store.ticket_prefix,
        staff=staff,
    )


def clean_code(raw: str | None) -> str:
    code = (raw or "").strip().upper()
    if not CODE_PATTERN.match(code):
        raise ValidationError(
            "store",
            QT_TRANSLATE_NOOP(
                "errors", "Store code {code}: a letter, then letters or digits, at most 10"
            ),
            code=(raw or "").strip()[:20],
        )
    return code


def clean_prefix(raw: str | None) -> str:
    """Upper case; a prefix ending in a digit gets a "-" (SZ1 -> SZ1-: SZ1-261127-004)."""
    prefix = (raw or "").strip().upper()
    if prefix and prefix[-1].isdigit():
        prefix += "-"
    if not PREFIX_PATTERN.match(prefix):
        raise ValidationError(
            "ticket_prefix",
            QT_TRANSLATE_NOOP(
                "errors", "Ticket prefix {prefix}: a letter, then letters or digits, at most 7"
            ),
            prefix=(raw or "").strip()[:20],
        )
    return prefix


def unknown_store(code: str) -> ValidationError:
    return ValidationError(
        "store",
        QT_TRANSLATE_NOOP("errors", "No store {code}; see: counter-app store list"),
        code=(code or "").strip()[:20],
    )


def store_by_code(session: Session, code: str) -> Store:
    store = session.scalar(select(Store).where(Store.code == (code or "").strip().upper()))
    if store is None:
        raise unknown_store(code)
    return store


def acting_store(session: Session, actor: Actor | None) -> Store:
    """The store the actor acts for: the one chosen on this PC (actor.store_id), else the
    shop's only store. A chain without a chosen store is refused (nothing is written)."""
    if actor is not None and actor.store_id is not None:
        store = session.get(Store, actor.store_id)
        if store is not None:
            return store
    stores = session.scalars(select(Store).order_by(Store.id).limit(2)).all()
    if len(stores) == 1:
        return stores[0]
    raise ValidationError(
        "store",
        QT_TRANSLATE_NOOP(
            "errors", "This shop has several stores: choose one (--store CODE or the settings)"
        ),
    )


def acting_store_id(session: Session, actor: Actor | None) -> int:
    return acting_store(session, actor).id


def store_time_zone(session: Session, store: Store) -> str:
    return local_zone(session, store_id=store.id)


def zone_on(conn: Connection, store_id: int | None) -> str:
    """``local_zone`` for a known store on a Core connection (the fast reads): the store's
    own zone, else the shop's ``time_zone`` setting."""
    own = conn.scalar(select(Store.time_zone).where(Store.id == store_id)) if store_id else None
    return own or settings_service.load_on(conn).time_zone


def local_zone(session: Session, *, store_id: int | None = None, actor: Actor | None = None) -> str:
    """The one home of "which local time": a known store's zone (a ticket's, an
    appointment's: ``store_id``), else the zone of the store the actor's PC acts for, else
    the shop's ``time_zone`` setting (a store without its own zone uses it too)."""
    store = session.get(Store, store_id) if store_id is not None else None
    if store is None and actor is not None and actor.store_id is not None:
        store = session.get(Store, actor.store_id)
    if store is None:
        only = session.scalars(select(Store).order_by(Store.id).limit(2)).all()
        store = only[0] if len(only) == 1 else None
    if store is not None and store.time_zone:
        return store.time_zone
    return settings_service.load_all(session).time_zone


def time_zone_for(db: Database, actor: Actor | None) -> str:
    """The local zone a PC shows times in (its store's); for the window's formatting."""
    with db.read() as session:
        return local_zone(session, actor=actor)


def at_store(db: Database, actor: Actor, code: str | None) -> Actor:
    """The actor acting for store ``code``. Without a code the actor is returned as is: the
    shop's only store, or (in a chain) no store, and writing then asks for one. An unknown
    code or a store the user does not work at is refused as invalid input."""
    if not (code or "").strip():
        return actor
    with db.read() as session:
        store = store_by_code(session, code or "")
        require_works_at(session, actor, store.id)
        return dataclasses.replace(actor, store_id=store.id)


def store_id_for(db: Database, code: str | None) -> int | None:
    """A store code as typed (None/"": no store) -> its id; unknown codes are refused."""
    if not (code or "").strip():
        return None
    with db.read() as session:
        return store_by_code(session, code or "").id


# -- the store list ---------------------------------------------------------------------
def list_stores(db: Database) -> list[StoreInfo]:
    with db.read() as session:
        staff = dict(
            session.execute(
                select(UserStore.store_id, func.count(UserStore.user_id)).group_by(
                    UserStore.store_id
                )
            ).all()
        )
        return [
            _info(session, store, staff.get(store.id, 0))
            for store in session.scalars(select(Store).order_by(Store.code))
        ]


def get_store(db: Database, code: str) -> StoreInfo:
    with db.read() as session:
        return _info(session, store_by_code(session, code))


def store_codes(db: Database) -> dict[int, str]:
    """Store id -> code (for showing which store a ticket or a stock line belongs to)."""
    with db.read() as session:
        return dict(session.execute(select(Store.id, Store.code)).all())


def add_store(
    db: Database,
    actor: Actor,
    code: str,
    name: str,
    ticket_prefix: str,
    *,
    address: str = "",
    phone: str = "",
    time_zone: str = "",
) -> StoreInfo:
    """Open another store of the chain (manager). The manager who opens it works there."""
    require_role(actor, "manager")
    code = clean_code(code)
    name = clean_name(name, "store_name", 100)
    prefix = clean_prefix(ticket_prefix)
    address = clean_text(address, "store_address", 500)
    phone = clean_text(phone, "store_phone", 30)
    tz = (time_zone or "").strip()
    if tz and zone(tz).key != tz:
        raise ValidationError(
            "time_zone", QT_TRANSLATE_NOOP("errors", "Unknown time zone {value}"), value=tz[:60]
        )
    with db.write() as session:
        if session.scalar(select(Store.id).where(Store.code == code)) is not None:
            raise ValidationError(
                "store", QT_TRANSLATE_NOOP("errors", "Store {code} exists already"), code=code
            )
        if session.scalar(select(Store.id).where(Store.ticket_prefix == prefix)) is not None:
            raise ValidationError(
                "ticket_prefix",
                QT_TRANSLATE_NOOP("errors", "Ticket prefix {prefix} is used by another store"),
                prefix=prefix,
            )
        store = Store(
            code=code,
            name=name,
            address=address,
            phone=phone,
            time_zone=tz,
            ticket_prefix=prefix,
            created_at=utcnow(),
        )
        session.add(store)
        session.flush()
        session.add(UserStore(user_id=actor.id, store_id=store.id))
        audit(session, actor, "store_added", "store", code, f"{name} {prefix}")
        return _info(session, store, 1)


def assign_staff(db: Database, actor: Actor, code: str, username: str, works: bool = True) -> None:
    """A manager lets an account work at a store (or stop working there)."""
    require_role(actor, "manager")
    with db.write() as session:
        store = store_by_code(session, code)
        name = (username or "").strip().lower()
        user = session.scalar(select(User).where(User.username == name))
        if user is None:
            raise ValidationError(
                "user", QT_TRANSLATE_NOOP("errors", "No user {name}"), name=name[:50]
            )
        here = works_at(session, user.id, store.id)
        if works and not here:
            session.add(UserStore(user_id=user.id, store_id=store.id))
        elif not works and here:
            session.execute(
                delete(UserStore).where(
                    UserStore.user_id == user.id, UserStore.store_id == store.id
                )
            )
        else:
            return
        audit(session, actor, "store_staff", "store", store.code, f"{name} {works}")


def add_user_to_stores(session: Session, user_id: int, actor: Actor | None) -> None:
    """A new account works at the store it was made at (every store for the first one)."""
    if actor is None:
        ids = list(session.scalars(select(Store.id)))
    else:
        ids = [acting_store_id(session, actor)]
    for store_id in ids:
        session.add(UserStore(user_id=user_id, store_id=store_id))
