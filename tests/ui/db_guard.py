"""A watch on the database and on argon2: which calls were made on the GUI thread.

``watch_ui_thread(db, monkeypatch)`` wraps Database.__init__ / read / lookup / write and
argon2's hash and verify, and listens to every engine's connect and statements (the
Engine class, so a database the start-up opens itself is watched too): any such call made
on the GUI thread on behalf of the GUI (counter_app/ui on the stack), outside the
background runner, is recorded with the place it came from. ``seen.watching = True``
before the window is made covers the start, every page built and every dialog opened."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import event
from sqlalchemy.engine import Engine

from counter_app.db import Database


@dataclass
class UiThreadCalls:
    watching: bool = False
    calls: list[str] = field(default_factory=list)

    def record(self, entry: str) -> None:
        """Note ``entry`` when it runs on the GUI thread on behalf of the GUI (a frame of
        counter_app/ui on the stack); the test's own set-up and checks are not the GUI's."""
        if not self.watching or threading.current_thread() is not threading.main_thread():
            return
        stack = traceback.extract_stack()[:-2]
        if not any("/counter_app/ui/" in f.filename for f in stack):
            return
        ours = [
            f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}"
            for f in stack
            if "/counter_app/" in f.filename
        ]
        self.calls.append(f"{entry} from " + " <- ".join(reversed(ours[-6:])))


@contextmanager
def watch_ui_thread(db: Database | None, monkeypatch: Any) -> Iterator[UiThreadCalls]:
    """``db`` is kept for the callers' sake: every engine is watched."""
    seen = UiThreadCalls()

    def wrap(owner: type, name: str, label: str) -> None:
        original = getattr(owner, name)

        def entry(self: Any, *args: Any, **kwargs: Any) -> Any:
            seen.record(label)
            return original(self, *args, **kwargs)

        monkeypatch.setattr(owner, name, entry)

    for name in ("read", "lookup", "write"):
        wrap(Database, name, f"Database.{name}()")
    wrap(Database, "__init__", "Database() (opening the shop)")
    wrap(PasswordHasher, "hash", "argon2 hash()")
    wrap(PasswordHasher, "verify", "argon2 verify()")

    def on_connect(_conn: Any) -> None:
        seen.record("engine.connect()")

    def on_statement(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.record(f"SQL {statement.split(None, 1)[0] if statement.strip() else ''}")

    event.listen(Engine, "engine_connect", on_connect)
    event.listen(Engine, "before_cursor_execute", on_statement)
    try:
        yield seen
    finally:
        event.remove(Engine, "engine_connect", on_connect)
        event.remove(Engine, "before_cursor_execute", on_statement)


def no_calls(seen: UiThreadCalls) -> None:
    assert seen.calls == [], "calls on the GUI thread:\n" + "\n".join(seen.calls)


def _widget_getters() -> list[tuple[type, str]]:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QDateTimeEdit,
        QDoubleSpinBox,
        QLineEdit,
        QPlainTextEdit,
        QSpinBox,
        QTextEdit,
    )

    return [
        (QLineEdit, "text"),
        (QComboBox, "currentData"),
        (QComboBox, "currentText"),
        (QComboBox, "currentIndex"),
        (QPlainTextEdit, "toPlainText"),
        (QTextEdit, "toPlainText"),
        (QAbstractButton, "isChecked"),
        (QSpinBox, "value"),
        (QDoubleSpinBox, "value"),
        (QDateTimeEdit, "date"),
        (QDateTimeEdit, "dateTime"),
    ]


@contextmanager
def watch_widget_reads(monkeypatch: Any) -> Iterator[list[str]]:
    """What a background task read from a widget (a field's text, a box's choice): it
    must be captured on the GUI thread before the task starts, never read from the worker
    (the clerk may be typing into it meanwhile, and Qt's widgets belong to the GUI thread)."""
    seen: list[str] = []

    def wrap(owner: type, name: str) -> None:
        original = getattr(owner, name)
        label = f"{owner.__name__}.{name}()"

        def entry(self: Any, *args: Any, **kwargs: Any) -> Any:
            if threading.current_thread() is not threading.main_thread():
                ours = [
                    f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}"
                    for f in traceback.extract_stack()[:-1]
                    if "/counter_app/" in f.filename
                ]
                seen.append(f"{label} in a worker, from " + " <- ".join(reversed(ours[-4:])))
            return original(self, *args, **kwargs)

        monkeypatch.setattr(owner, name, entry)

    for owner, name in _widget_getters():
        wrap(owner, name)
    yield seen
