"""`parts` subcommands through the real CLI."""

from tests.conftest import snapshot


def test_parts_from_the_command_line(cli, tmp_path, db_path):
    assert (
        cli(
            "parts",
            "add",
            "BAT-P60",
            "--name",
            "Huawei P60 电池",
            "--cost",
            "80",
            "--price",
            "199",
            "--low",
            "3",
            user="kai",
        ).returncode
        == 0
    )
    received = cli("parts", "receive", "BAT-P60", "5", "--cost", "75.50", "--json", user="kai")
    assert received.returncode == 0 and received.json()["on_hand"] == 5
    assert received.json()["cost"] == "75.50"
    listed = cli("parts", "list", "--json").json()
    assert listed["parts"][0]["sku"] == "BAT-P60" and listed["count"] == 1
    assert cli("parts", "list", "--low", "--json").json()["count"] == 0
    assert cli("parts", "adjust", "BAT-P60", "-3", "--reason", "count", user="kai").returncode == 0
    assert cli("parts", "list", "--low", "--json").json()["count"] == 1
    out = tmp_path / "parts.xlsx"
    assert cli("parts", "export", str(out)).returncode == 0
    before = snapshot(db_path)
    assert cli("parts", "import", str(out), user="kai").returncode == 0
    assert snapshot(db_path)["stock_movements"] == before["stock_movements"]


def test_parts_errors_exit_2_and_write_nothing(cli, db_path, tmp_path):
    cli("parts", "add", "BAT-P60", "--name", "x", "--cost", "1", "--price", "2", user="kai")
    before = snapshot(db_path)
    for args, fragment in (
        (["parts", "receive", "NOPE", "1"], "No part NOPE"),
        (["parts", "receive", "BAT-P60", "0"], "at least 1"),
        (["parts", "adjust", "BAT-P60", "-1", "--reason", "x"], "stock cannot go negative"),
        (["parts", "import", str(tmp_path / "none.xlsx")], "No file"),
    ):
        result = cli(*args, user="kai")
        assert result.returncode == 2 and fragment in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(db_path) == before
    clerk = cli("parts", "receive", "BAT-P60", "1", user="amy")
    assert clerk.returncode == 2 and "may not" in clerk.stderr
