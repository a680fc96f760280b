"""Running the CLI in-process (fast: no interpreter start per call) and damaging files."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from counter_app.cli import main

IMEI = "356938035643809"
INTAKE = [
    "intake",
    "--name",
    "Mary Wong",
    "--phone",
    "13912345678",
    "--brand",
    "Samsung",
    "--model",
    "Galaxy S24",
    "--imei",
    IMEI,
    "--fault",
    "No sound",
]


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_main(capsys: pytest.CaptureFixture[str], *args: str) -> Run:
    """`counter-app ARGS` in this process; a usage error's SystemExit counts as its code."""
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def checkpoint(path: Path) -> None:
    """Fold the WAL into the main file, so the file on disk is the whole database."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def damage_pages(path: Path, first: int = 3, count: int = 6) -> None:
    """Flip bytes inside some b-tree pages, leaving the 100-byte header intact."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    for page in range(first, min(first + count, pages)):
        start = page * page_size + 8
        for offset in range(start, start + 400):
            data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
