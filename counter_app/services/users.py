"""Staff accounts: roles, Argon2id password hashes, the acting user of every service call."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotAllowed, NotFound, ValidationError
from counter_app.models import ROLES, User
from counter_app.services.common import audit, require_role
from counter_app.services.dto import Actor
from counter_app.timeutil import utcnow
from counter_app.validation import clean_name

DEFAULT_MANAGER = "manager"
_hasher = PasswordHasher()


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
    session: Session, username: str, display_name: str, role: str, password: str | None
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
    if password is not None and len(password) < 4:
        raise ValidationError(
            "password", QT_TRANSLATE_NOOP("errors", "Password: at least 4 characters")
        )
    with db.write() as session:
        user = _new_user(session, username, display_name, role, password)
        audit(session, actor, "user_created", "user", username, role)
        return _actor(user)


def set_password(db: Database, actor: Actor, username: str, password: str) -> None:
    """A user changes their own password; a manager may set anyone's."""
    if actor.username != username:
        require_role(actor, "manager")
    if len(password or "") < 4:
        raise ValidationError(
            "password", QT_TRANSLATE_NOOP("errors", "Password: at least 4 characters")
        )
    with db.write() as session:
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No user {name}"), name=username)
        user.password_hash = _hasher.hash(password)
        audit(session, actor, "password_set", "user", username)


def get_actor(db: Database, username: str) -> Actor:
    """The acting user by name; raises NotFound for an unknown or disabled account."""
    with db.read() as session:
        user = session.scalar(select(User).where(User.username == (username or "").lower()))
        if user is None or not user.active:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No user {name}"), name=username)
        return _actor(user)


def sign_in(db: Database, username: str, password: str) -> Actor:
    """Check a password (an account without one signs in with an empty password)."""
    actor = get_actor(db, username)
    with db.read() as session:
        stored = session.get(User, actor.id)
        assert stored is not None
        hashed = stored.password_hash
    if hashed is None:
        if password:
            raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Wrong user name or password"))
        return actor
    try:
        _hasher.verify(hashed, password or "")
    except (VerificationError, InvalidHashError):
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Wrong user name or password")) from None
    return actor


def list_users(db: Database, role: str | None = None) -> list[Actor]:
    with db.read() as session:
        query = select(User).where(User.active.is_(True)).order_by(User.display_name)
        if role:
            query = query.where(User.role == role)
        return [_actor(user) for user in session.scalars(query)]
