"""GUI fixtures: a main window on the test database, signed in as a given role."""

from __future__ import annotations

import pytest

from counter_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, db, staff):
    """The main window as the manager (may do everything)."""
    main = MainWindow(db, staff.manager)
    qtbot.addWidget(main)
    main.board.poll.stop()
    main.show()
    qtbot.waitExposed(main)
    return main


class FakeClock:
    """Scanner timing under test control: each key 5 ms after the previous."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        self.now += 0.005
        return self.now


@pytest.fixture(autouse=True)
def _till_offer_asks_afresh():
    """The till offer remembers, per PC and day, a clerk's "without a till": not between tests."""
    from counter_app.ui.dialogs import till_offer

    till_offer.forget()
    yield
    till_offer.forget()
