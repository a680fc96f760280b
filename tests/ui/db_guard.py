"""A watch on the database's entry points: which calls were made on the GUI thread.

``watch_ui_thread(db)`` wraps Database.read / lookup / write and listens to the engine's
connect, so any query a widget makes outside the background runner (on the GUI thread,
with counter_app/ui on the stack) is recorded, with the place it came from."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event

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
        ours = [
            f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}"
            for f in traceback.extract_stack()[:-2]
            if "/counter_app/" in f.filename
        ]
        if not any("/counter_app/ui/" in f.filename for f in traceback.extract_stack()):
            return
        self.calls.append(f"{entry} from " + " <- ".join(reversed(ours[-6:])))


@contextmanager
def watch_ui_thread(db: Database, monkeypatch: Any) -> Iterator[UiThreadCalls]:
    seen = UiThreadCalls()

    def wrap(name: str) -> Callable[..., Any]:
        original = getattr(Database, name)

        def entry(self: Database, *args: Any, **kwargs: Any) -> Any:
            seen.record(f"Database.{name}()")
            return original(self, *args, **kwargs)

        return entry

    for name in ("read", "lookup", "write"):
        monkeypatch.setattr(Database, name, wrap(name))

    def on_connect(_conn: Any) -> None:
        seen.record("engine.connect()")

    event.listen(db.engine, "engine_connect", on_connect)
    try:
        yield seen
    finally:
        event.remove(db.engine, "engine_connect", on_connect)
