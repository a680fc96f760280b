"""The window makes a new shop only after asking; a mistyped path is not a new shop."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from counter_app.services.people import users
from counter_app.ui import app


def test_the_window_asks_before_creating_a_shop(qapp, tmp_path, monkeypatch):
    asked: list[str] = []

    def answer(choice):  # type: ignore[no-untyped-def]
        def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
            asked.append(text)
            return choice

        return question

    path = tmp_path / "typo" / "shop.sqlite3"
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    with pytest.raises(app.NoShop):
        app.open_database(str(path), demo=False)
    assert asked == [f"There is no shop database at {path}. Create a new, empty shop there?"]
    assert not path.parent.exists()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    db = app.open_database(str(path), demo=False)
    try:
        assert path.exists() and users.default_username(db) == "manager"
    finally:
        db.close()
