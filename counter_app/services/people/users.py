"""Staff accounts: roles, Argon2id password hashes, the acting user of every service call."""

from __future__ import annotations

import contextlib
import re
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, or_, select, text, update
from sqlalchemy.orm import Session

from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotAllowed, NotFound, ValidationError
from counter_app.models import ROLES, User
from counter_app.services.base.common import audit, require_role
from counter_app.services.base.dto import Actor
from counter_app.services.stores import chain as stores
from counter_app.timeutil import utcnow
from counter_app.validation import clean_name

DEFAULT_MANAGER = "manager"
_hasher = PasswordHasher()
LOCK_AFTER_FAILURES = 5
LOCK_DURATION = timedelta(minutes=1)
PASSWORD_MIN, PASSWORD_MAX = 4, 200
# One message for an unknown account and a wrong password: sign-in never tells which.
WRONG_SIGN_IN = QT_TRANSLATE_NOOP("errors", "Wrong user name or password")


def _actor(user: User) -> Actor:
    return Actor(id=user.id, username=user.username, display_name=user.display_name, role=user.role)


def _check_username(username: str) -> str:
    name = (username or "").strip().lower()
    if not re.fullmatch(r"[a-z0-9_.-]{2,50}", name):
        raise ValidationError(
            "username",
            QT_TRANSLATE_NOOP(
                "errors", "User name: 2 to 50 letters, digits, dots, dashes or underscores"
            ),
        )
    return name


def _check_password(password: str | None) -> None:
    if not PASSWORD_MIN <= len(password or "") <= PASSWORD_MAX:
        raise ValidationError(
            "password",
            QT_TRANSLATE_NOOP("errors", "Password: {min} to {max} characters"),
            min=PASSWORD_MIN,
            max=PASSWORD_MAX,
        )


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise ValidationError(
            "role",
            QT_TRANSLATE_NOOP("errors", "Unknown role {role}; use one of: {roles}"),
            role=role,
            roles=", ".join(ROLES),
        )
    return role


def _new_user(
    session: Session,
    username: str,
    display_name: str,
    role: str,
    password: str | None,
    creator: Actor | None = None,
) -> User:
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise ValidationError(
            "username", QT_TRANSLATE_NOOP("errors", "User {name} exists already"), name=username
        )
    user = User(
        username=username,
        display_name=display_name,
        role=role,
        password_hash=_hasher.hash(password) if password else None,
        active=True,
        created_at=utcnow(),
    )
    session.add(user)
    session.flush()
    stores.add_user_to_stores(session, user.id, creator)
    return user


def ensure_default_manager(db: Database) -> Actor:
    """The first account, created by `init`: a manager called "manager" with no password."""
    with db.write() as session:
        existing = session.scalar(select(User).where(User.username == DEFAULT_MANAGER))
        if existing is not None:
            return _actor(existing)
        if session.scalar(select(func.count(User.id))):
            first = session.scalar(select(User).where(User.role == "manager").order_by(User.id))
            if first is not None:
                return _actor(first)
        user = _new_user(session, DEFAULT_MANAGER, "Manager", "manager", None)
        audit(session, None, "user_created", "user", user.username, "manager")
        return _actor(user)


def create_user(
    db: Database,
    actor: Actor,
    username: str,
    display_name: str,
    role: str,
    password: str | None = None,
) -> Actor:
    """Add a staff account (manager only). Validates the name and role."""
    require_role(actor, "manager")
    username = _check_username(username)
    display_name = clean_name(display_name, "display_name")
    role = _check_role(role)
    if password is not None:
        _check_password(password)
    with db.write() as session:
        user = _new_user(session, username, display_name, role, password, actor)
        audit(session, actor, "user_created", "user", username, role)
        return _actor(user)


def set_password(db: Database, actor: Actor, username: str, password: str) -> None:
    """A user changes their own password; a manager may set anyone's."""
    username = (username or "").strip().lower()
    if actor.username != username:
        require_role(actor, "manager")
    _check_password(password)
    with db.write() as session:
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No user {name}"), name=username)
        user.password_hash = _hasher.hash(password)
        user.failed_sign_ins = 0
        user.locked_until = None
        audit(session, actor, "password_set", "user", username)


def get_actor(db: Database, username: str) -> Actor:
    """The acting user by name; raises NotFound for an unknown or disabled account."""
    with db.read() as session:
        user = session.scalar(select(User).where(User.username == (username or "").lower()))
        if user is None or not user.active:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No user {name}"), name=username)
        return _actor(user)


def default_username(db: Database) -> str:
    """The account a command runs as when none is named: "manager", else the first manager.
    Only a shop without any account yet gets one written (the manager that init makes)."""
    with db.read() as session:
        if session.scalar(select(User.id).where(User.username == DEFAULT_MANAGER)) is not None:
            return DEFAULT_MANAGER
        first = session.scalar(
            select(User.username)
            .where(User.role == "manager", User.active.is_(True))
            .order_by(User.id)
        )
        if first is not None:
            return first
        if session.scalar(select(func.count(User.id))):
            return DEFAULT_MANAGER  # accounts but no manager: sign-in refuses it below
    return ensure_default_manager(db).username


def has_accounts(db: Database) -> bool:
    """Whether the shop has any account yet (a new shop has none until init or sign-in)."""
    with db.read() as session:
        return session.scalar(select(User.id).limit(1)) is not None


def has_password(db: Database, username: str) -> bool:
    """Whether signing in as ``username`` needs a password. An unknown name answers True,
    like a real account with a password: asking tells nothing about which accounts exist."""
    with db.read() as session:
        row = session.execute(
            select(User.password_hash, User.active).where(
                User.username == (username or "").strip().lower()
            )
        ).first()
    return row is None or not row.active or row.password_hash is not None


_dummy_hash: dict[int, str] = {}


def _verify_for_nobody(password: str | None) -> None:
    """As long as checking a real password: an unknown account is not answered faster."""
    key = id(_hasher)  # tests may swap the hasher for a cheap one
    if key not in _dummy_hash:
        _dummy_hash[key] = _hasher.hash("no such account")
    with contextlib.suppress(VerificationError, InvalidHashError):
        _hasher.verify(_dummy_hash[key], password or "")


def _locked(actor: Actor) -> NotAllowed:
    """The lockout, naming the person (never the login name a stranger could try)."""
    return NotAllowed(
        QT_TRANSLATE_NOOP(
            "errors", "Too many wrong passwords: {name} is locked; try again in a minute"
        ),
        name=actor.display_name,
    )


def sign_in(db: Database, username: str, password: str | None) -> Actor:
    """Check the password of an active account. An account without a password is entered
    with an empty one. Unknown user and wrong password give the same NotAllowed, after the
    same work. Every attempt is counted (one conditional UPDATE) before its password is
    checked, so guesses made in parallel count too: after 5 in a row the account is locked
    for a minute (NotAllowed), and no more than 5 are ever checked."""
    name = (username or "").strip().lower()
    with db.read() as session:
        user = session.scalar(select(User).where(User.username == name))
        if user is None or not user.active:
            user = None
        else:
            actor, hashed = _actor(user), user.password_hash
    if user is None:
        _verify_for_nobody(password)
        raise NotAllowed(WRONG_SIGN_IN)
    if hashed is None:
        if password:
            _verify_for_nobody(password)
            raise NotAllowed(WRONG_SIGN_IN)
        return actor
    attempt = _count_attempt(db, actor.id)
    if attempt is None:
        _lock(db, actor, only_if_unlocked=True)  # a count left full by a crash expires too
        raise _locked(actor)
    try:
        _hasher.verify(hashed, password or "")
    except (VerificationError, InvalidHashError):
        if attempt >= LOCK_AFTER_FAILURES:
            _lock(db, actor)
        raise NotAllowed(WRONG_SIGN_IN) from None
    with db.write() as session:
        session.execute(update(User).where(User.id == actor.id).values(failed_sign_ins=0))
    return actor


def _count_attempt(db: Database, user_id: int) -> int | None:
    """Count one sign-in attempt in one conditional UPDATE; the attempt's number in the
    current run, or None when the account is locked (or this attempt is one too many)."""
    now = utcnow()
    with db.write() as session:
        counted = session.execute(
            update(User)
            .where(
                User.id == user_id,
                or_(User.locked_until.is_(None), User.locked_until <= now),
                User.failed_sign_ins < LOCK_AFTER_FAILURES,
            )
            .values(failed_sign_ins=User.failed_sign_ins + 1, locked_until=None)
            .returning(User.failed_sign_ins)
        ).scalar()
    return counted


def _lock(db: Database, actor: Actor, only_if_unlocked: bool = False) -> None:
    """The fifth wrong password in a row locks the account for a minute (with
    ``only_if_unlocked``: only an account whose count is full but that has no lock)."""
    now = utcnow()
    with db.write() as session:
        query = update(User).where(User.id == actor.id)
        if only_if_unlocked:
            query = query.where(
                or_(User.locked_until.is_(None), User.locked_until <= now),
                User.failed_sign_ins >= LOCK_AFTER_FAILURES,
            )
        locked = session.execute(
            query.values(failed_sign_ins=0, locked_until=now + LOCK_DURATION).returning(User.id)
        ).scalar()
        if locked is not None:
            audit(session, None, "user_locked", "user", actor.username)


def list_users(db: Database, role: str | None = None) -> list[Actor]:
    with db.read() as session:
        query = select(User).where(User.active.is_(True)).order_by(User.display_name)
        if role:
            query = query.where(User.role == role)
        return [_actor(user) for user in session.scalars(query)]


def _password_matches(hashed: str | None, password: str | None) -> bool:
    """An account without a password is entered with an empty one; else Argon2id."""
    if hashed is None:
        return not password
    try:
        return bool(_hasher.verify(hashed, password or ""))
    except (VerificationError, InvalidHashError):
        return False


def check_manager(db: Database, username: str, password: str | None) -> str:
    """The schema upgrade's sign-in: a manager's password checked on a schema that may be
    older than this program (only the columns every version has are read; the lockout
    counters are left to the ordinary sign-in). Returns the user name; NotAllowed else."""
    name = (username or "").strip().lower()
    with db.lookup() as conn:
        row = conn.execute(
            text("SELECT role, active, password_hash FROM users WHERE username = :name"),
            {"name": name},
        ).first()
    if row is None or not row.active or not _password_matches(row.password_hash, password):
        raise NotAllowed(WRONG_SIGN_IN)
    if row.role != "manager":
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Only a manager upgrades the shop's database"))
    return name
