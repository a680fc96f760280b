"""python -m bench [--scale 10000,100000,1000000] [--repeat N] [--only NAME] [--json FILE]

Builds (or reuses, from bench/results/) a synthetic shop per scale, then times every case
through our code and through its hand-written baseline in the same run, and prints our
time, the baseline, the ratio per scale, with the DESIGN §9 targets checked.
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.harness import CASES, RESULTS, Result, open_shop, run_case

CASE_MODULES = (
    "bench.cases",
    "bench.case_parts",
    "bench.case_reports",
    "bench.case_printing",
    "bench.case_startup",
    "bench.case_aftercare",
    "bench.case_appointments",
    "bench.case_import",
    "bench.case_warranty",
)


def load_cases() -> None:
    for name in CASE_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--scale",
        default="10000,100000,1000000",
        help="ticket counts, comma-separated (default 10000,100000,1000000)",
    )
    parser.add_argument("--repeat", type=int, help="calls per measurement (default per case)")
    parser.add_argument(
        "--only", help="run only cases whose name contains this (several: comma-separated)"
    )
    parser.add_argument("--json", type=Path, default=RESULTS / "latest.json")
    args = parser.parse_args(argv)
    scales = [int(s.replace("_", "")) for s in args.scale.split(",") if s.strip()]
    load_cases()
    wanted = [part.strip() for part in (args.only or "").split(",") if part.strip()]
    cases = [c for c in CASES if not wanted or any(part in c.name for part in wanted)]
    results: list[Result] = []
    for scale in scales:
        started = time.perf_counter()
        shop = open_shop(scale)
        print(
            f"shop of {scale:,} tickets ready in {time.perf_counter() - started:.0f} s",
            file=sys.stderr,
        )
        for c in cases:
            if c.scales is not None and scale not in c.scales:
                continue
            result = run_case(c, shop, args.repeat)
            results.append(result)
            print(
                f"  {c.name:<34} ours {result.ours_ms:9.3f} ms  raw {result.baseline_ms:9.3f} ms"
                f"  x{result.ratio:5.2f}",
                file=sys.stderr,
            )
        shop.db.close()
        shop.raw.close()
    print(render_table(results, scales))
    write_json(args.json, results, scales)
    return 0


def _shutdown_qt() -> None:
    """Cases that used Qt leave a QApplication; destroy it before the interpreter does,
    which PySide does not survive at finalisation."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        app.processEvents()
        app.shutdown()


def render_table(results: list[Result], scales: list[int]) -> str:
    names = list(dict.fromkeys(r.case for r in results))
    header = f"{'case':<34}" + "".join(f" | {f'{s:,} tickets':^32}" for s in scales)
    sub = f"{'':<34}" + "".join(f" | {'ours ms':>9} {'raw ms':>9} {'ratio':>6}   " for _ in scales)
    lines = [header, sub, "-" * len(sub)]
    for name in names:
        row = f"{name:<34}"
        for scale in scales:
            match = next((r for r in results if r.case == name and r.scale == scale), None)
            if match is None:
                row += f" | {'—':^32}"
                continue
            flag = (
                "" if match.ratio <= 2 and (not match.interactive or match.ours_ms < 50) else " !"
            )
            row += f" | {match.ours_ms:9.3f} {match.baseline_ms:9.3f} {match.ratio:6.2f}{flag:<3}"
        lines.append(row)
    lines.append(
        "ratio = ours / raw baseline; ! = outside DESIGN §9 targets "
        "(ratio ≤ 2, interactive lookups < 50 ms)"
    )
    return "\n".join(lines)


def write_json(path: Path, results: list[Result], scales: list[int]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
        },
        "scales": scales,
        "results": [
            {
                "case": r.case,
                "scale": r.scale,
                "ours_ms": round(r.ours_ms, 4),
                "baseline_ms": round(r.baseline_ms, 4),
                "ratio": round(r.ratio, 3),
                "interactive": r.interactive,
            }
            for r in results
        ],
    }
    path.write_text(json.dumps(payload, indent=2), encoding="utf-8")


if __name__ == "__main__":
    code = main()
    _shutdown_qt()  # only for the bench's own process: tests call main() in theirs
    sys.exit(code)
