"""The benchmark harness runs end to end at a tiny scale (speed is not asserted here)."""

import json

import bench.harness as harness
from bench.__main__ import main


def test_bench_smoke_run_reports_every_case(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(harness, "RESULTS", tmp_path)
    out = tmp_path / "result.json"
    assert main(["--scale", "300", "--repeat", "2", "--json", str(out)]) == 0
    table = capsys.readouterr().out
    payload = json.loads(out.read_text())
    names = {r["case"] for r in payload["results"]}
    assert {
        "device history by IMEI",
        "ticket by number",
        "customer search by phone tail",
        "job board first screen",
        "tickets by status",
    } <= names
    for result in payload["results"]:
        assert result["scale"] == 300
        assert result["ours_ms"] > 0 and result["baseline_ms"] > 0 and result["ratio"] > 0
        assert result["case"] in table
    assert (tmp_path / "shop-300.db").exists()
