"""One write at a time per page, in the background.

    self.writes = OneWrite(self, lambda: [self.save_button, self.delete_button])
    self.writes.run(service.change, db, actor, ..., on_done=..., on_refused=self.say)

While the write runs the page's action widgets are disabled and the pointer shows the
application is busy, so a second click cannot start a second write that would interleave
with the first; when the answer arrives the widgets that were enabled are enabled again.
A refusal (counter_app.errors.ServiceError) goes to ``on_refused`` (``say`` turns it into
the translated text for a label), anything else is logged and shown in a message box (operations.show_error).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import shiboken6
from PySide6.QtWidgets import QDialog, QWidget

from counter_app import i18n
from counter_app.errors import ServiceError
from counter_app.ui.dialog_title import fit_height
from counter_app.ui.operations import run_task, show_error


def say(label: Any) -> Callable[[ServiceError], None]:
    """``on_refused`` that shows the refusal's translated text in ``label``."""

    def show(exc: ServiceError) -> None:
        label.setText(i18n.error_text(exc))
        label.show()
        if isinstance(label.window(), QDialog):  # the whole message, not its first line
            fit_height(label.window())

    return show


class OneWrite:
    def __init__(self, page: QWidget, actions: Callable[[], Iterable[QWidget]]) -> None:
        self.page = page
        self.actions = actions
        self.busy = False

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_refused: Callable[[ServiceError], None] | None = None,
        **kwargs: Any,
    ) -> bool:
        """Start ``fn(*args, **kwargs)`` in the background unless a write of this page is
        still running. Returns whether it was started."""
        if self.busy:
            return False
        self.busy = True
        disabled = [widget for widget in self.actions() if widget.isEnabled()]
        for widget in disabled:
            widget.setEnabled(False)

        def finish() -> None:
            self.busy = False
            for widget in disabled:
                if shiboken6.isValid(widget):
                    widget.setEnabled(True)

        def done(result: Any) -> None:
            finish()
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, ServiceError) and on_refused is not None:
                on_refused(exc)
            else:
                show_error(self.page, exc)

        run_task(self.page, fn, *args, on_done=done, on_error=failed, busy=True, **kwargs)
        return True
