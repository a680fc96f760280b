"""The After-care page's calls due, a page at a time: the first page is read in the
background when the page refreshes, more as the view scrolls to the end (also in the
background, through the runner), from ``followups.due_page``."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QWidget

from counter_app.db import Database
from counter_app.services.aftercare import followups
from counter_app.services.base.dto import Actor
from counter_app.ui.models.table_model import Column, Index, RowsModel
from counter_app.ui.operations import run_task

PAGE = 200  # calls read at a time


class DueCallsModel(RowsModel):
    """Rows are DueCall; ``total``/``overdue`` count the whole list, not just what is read."""

    more_loaded = Signal()

    def __init__(
        self,
        columns: Sequence[Column],
        context: str,
        db: Database,
        actor: Actor,
        owner: QWidget,
        page_size: int = PAGE,
    ) -> None:
        super().__init__(columns, context, owner)
        self.db, self.actor, self.owner, self.page_size = db, actor, owner, page_size
        self.total = 0
        self.overdue = 0
        self._after: str | None = None
        self._fetching = False
        self._generation = 0  # a reload makes pages still being read stale

    def reload(
        self,
        on_done: Callable[[followups.DuePage], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Read the most urgent page again (in the background); ``on_done`` once shown."""
        self._generation += 1
        generation = self._generation

        def show(page: followups.DuePage) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            self._take(page)
            self.set_rows(page.calls)
            on_done(page)

        run_task(
            self.owner,
            followups.due_page,
            self.db,
            self.actor,
            limit=self.page_size,
            on_done=show,
            on_error=on_error,
        )

    def _take(self, page: followups.DuePage) -> None:
        self.total, self.overdue, self._after = page.total, page.overdue, page.next_after

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._after is not None and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        self._fetching = True  # the view asks again while the page is on its way: wait
        generation = self._generation

        def show(page: followups.DuePage) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            self._take(page)
            self.append_rows(page.calls)
            self.more_loaded.emit()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._fetching = False

        run_task(
            self.owner,
            followups.due_page,
            self.db,
            self.actor,
            limit=self.page_size,
            after=self._after,
            on_done=show,
            on_error=failed,
        )
