"""`demo` fills only a new, empty shop (or one demo made): a real shop is refused whole."""

from __future__ import annotations

from tests.conftest import snapshot
from tests.hardening.helpers import INTAKE, run_main


def test_demo_refuses_a_shop_with_one_ticket_and_writes_nothing(capsys, db_path):
    db = str(db_path)
    assert run_main(capsys, *INTAKE, "--db", db).code == 0
    before = snapshot(db_path)
    for extra in ([], ["--stores", "2"]):
        refused = run_main(capsys, "demo", "--tickets", "5", *extra, "--db", db)
        assert refused.code == 2 and "real records" in refused.err, refused.err
        assert refused.err.count("\n") == 1
    assert snapshot(db_path) == before  # no staff accounts, no shop name, no payments


def test_demo_fills_a_new_shop_and_marks_it_as_its_own(capsys, tmp_path):
    from counter_app.db import Database
    from counter_app.demo import shop

    db = str(tmp_path / "sample.sqlite3")
    assert run_main(capsys, "init", "--db", db).code == 0
    assert run_main(capsys, "demo", "--tickets", "3", "--db", db).code == 0
    database = Database(f"sqlite:///{db}")
    try:
        shop.check_may_fill(database)  # demo's own shop: more sample data may go in
    finally:
        database.close()
