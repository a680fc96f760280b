"""The devices due for their regular maintenance (``outreach.maintenance.due``, the same
query as `counter-app maintenance due`), read in the background when the list refreshes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget

from counter_app.db import Database
from counter_app.services.base.dto import Actor
from counter_app.services.outreach import maintenance
from counter_app.ui.models.table_model import Column, RowsModel
from counter_app.ui.operations import run_task


class MaintenanceDueModel(RowsModel):
    """Rows are MaintenanceDue, the longest overdue first (the service's order)."""

    def __init__(
        self, columns: Sequence[Column], context: str, db: Database, actor: Actor, owner: QWidget
    ) -> None:
        super().__init__(columns, context, owner)
        self.db, self.actor, self.owner = db, actor, owner
        self._generation = 0  # a later reload makes an answer still on its way stale

    def reload(
        self,
        on_done: Callable[[list[maintenance.MaintenanceDue]], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._generation += 1
        generation = self._generation

        def show(rows: list[maintenance.MaintenanceDue]) -> None:
            if generation != self._generation:
                return
            self.set_rows(rows)
            on_done(rows)

        run_task(self.owner, maintenance.due, self.db, self.actor, on_done=show, on_error=on_error)
