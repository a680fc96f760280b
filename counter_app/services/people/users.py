"""Staff accounts: roles, Argon2id password hashes, the acting user of every service call."""

from __future__ import annotations

import re
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update
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


def has_password(db: Database, username: str) -> bool:
    """Whether signing in as ``username`` needs a password (False for an unknown name)."""
    with db.read() as session:
        hashed = session.scalar(
            select(User.password_hash).where(User.username == (username or "").strip().lower())
        )
    return hashed is not None


def sign_in(db: Database, username: str, password: str | None) -> Actor:
    """Check the password of an active account. An account without a password is entered
    with an empty one. Unknown user and wrong password give the same NotAllowed; after 5
    wrong passwords in a row the account is locked for a minute (NotAllowed)."""
    now = utcnow()
    with db.read() as session:
        user = session.scalar(select(User).where(User.username == (username or "").strip().lower()))
        if user is None or not user.active:
            raise NotAllowed(WRONG_SIGN_IN)
        actor, hashed, failures = _actor(user), user.password_hash, user.failed_sign_ins
        locked_until = user.locked_until
    if locked_until is not None and locked_until > now:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors", "Too many wrong passwords: {name} is locked; try again in a minute"
            ),
            name=actor.display_name,  # the person, not the login name
        )
    if hashed is None:
        if password:
            raise NotAllowed(WRONG_SIGN_IN)
        return actor
    try:
        _hasher.verify(hashed, password or "")
    except (VerificationError, InvalidHashError):
        _record_failure(db, actor.id)
        raise NotAllowed(WRONG_SIGN_IN) from None
    if failures:
        with db.write() as session:
            session.execute(update(User).where(User.id == actor.id).values(failed_sign_ins=0))
    return actor


def _record_failure(db: Database, user_id: int) -> None:
    """Count a wrong password; the fifth in a row locks the account for a minute."""
    with db.write() as session:
        user = session.get(User, user_id)
        assert user is not None
        user.failed_sign_ins = (user.failed_sign_ins or 0) + 1
        if user.failed_sign_ins >= LOCK_AFTER_FAILURES:
            user.failed_sign_ins = 0
            user.locked_until = utcnow() + LOCK_DURATION
            audit(session, None, "user_locked", "user", user.username)


def list_users(db: Database, role: str | None = None) -> list[Actor]:
    with db.read() as session:
        query = select(User).where(User.active.is_(True)).order_by(User.display_name)
        if role:
            query = query.where(User.role == role)
        return [_actor(user) for user in session.scalars(query)]
