"""Files are written whole or not at all (counter_app/files.py): a full disk leaves the
earlier file byte for byte and says so in one line; a device, a folder or a symlink is
refused up front (exit 2) and left as it was; a read-only disk is called read-only."""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from counter_app import files
from counter_app.errors import ValidationError
from tests.hardening.helpers import INTAKE, digest, run_main


def _mount(folder: Path, options: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    return done.returncode == 0


def _umount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A file system of 2 MB (a tmpfs; needs root to mount)."""
    folder = tmp_path / "disk"
    if not _mount(folder, "size=2m,mode=0755"):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield folder
    finally:
        _umount(folder)


def _fill(folder: Path) -> None:
    """Take every free byte of the disk ``folder`` is on."""
    handle = (folder / "filler").open("wb", buffering=0)
    try:
        while True:
            handle.write(b"\0" * 4096)
    except OSError:
        pass
    finally:
        handle.close()
    assert os.statvfs(folder).f_bavail == 0


def _ticket(capsys: pytest.CaptureFixture[str], db_path: Path) -> str:
    run = run_main(capsys, *INTAKE, "--db", str(db_path), "--user", "manager")
    assert run.code == 0, run.err
    return run.out.strip().split()[0]


WRITERS = {
    "intake pdf": lambda no, target: ["print", "intake", no, "--pdf", str(target)],
    "label pdf": lambda no, target: ["print", "label", no, "--pdf", str(target)],
    "daily report pdf": lambda no, target: ["report", "daily", "--pdf", str(target)],
    "daily report xlsx": lambda no, target: ["report", "daily", "--xlsx", str(target)],
    "ords csv": lambda no, target: ["export", "ords", str(target)],
    "parts xlsx": lambda no, target: ["parts", "export", str(target)],
}


@pytest.mark.parametrize("writer", list(WRITERS))
def test_a_full_disk_keeps_the_earlier_file(capsys, db_path, small_disk, writer):
    no = _ticket(capsys, db_path)
    target = small_disk / "out.file"
    args = [*WRITERS[writer](no, target), "--db", str(db_path), "--user", "manager"]
    first = run_main(capsys, *args)
    assert first.code == 0, first.err
    earlier = digest(target)
    _fill(small_disk)
    again = run_main(capsys, *args)
    assert again.code == 1, again.out
    lines = again.err.strip().splitlines()
    assert len(lines) == 1 and "disk is full" in lines[0], again.err
    assert digest(target) == earlier  # byte for byte
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "out.file"]


def test_a_full_disk_keeps_the_customer_json(capsys, db_path, small_disk):
    _ticket(capsys, db_path)
    target = small_disk / "customer.json"
    args = ["customer", "export", "13912345678", "--json", str(target), "--db", str(db_path)]
    assert run_main(capsys, *args).code == 0
    earlier = digest(target)
    _fill(small_disk)
    again = run_main(capsys, *args)
    assert again.code == 1 and "disk is full" in again.err
    assert digest(target) == earlier


def test_a_full_disk_fails_a_backup_cleanly(capsys, db_path, small_disk):
    _fill(small_disk)
    run = run_main(capsys, "backup", str(small_disk), "--db", str(db_path))
    assert run.code == 1 and len(run.err.strip().splitlines()) == 1, run.err
    assert "disk is full" in run.err
    assert [p.name for p in small_disk.iterdir()] == ["filler"]


@pytest.mark.parametrize("writer", list(WRITERS))
def test_a_device_is_refused_up_front(capsys, db_path, writer):
    no = _ticket(capsys, db_path)
    before = os.stat("/dev/full")
    args = [*WRITERS[writer](no, Path("/dev/full")), "--db", str(db_path), "--user", "manager"]
    run = run_main(capsys, *args)
    assert run.code == 2, run.err
    assert "not a regular file" in run.err and len(run.err.strip().splitlines()) == 1
    after = os.stat("/dev/full")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


def test_a_symlink_onto_the_database_is_refused(capsys, db_path, tmp_path):
    no = _ticket(capsys, db_path)
    link = tmp_path / "label.pdf"
    link.symlink_to(db_path)
    before = digest(db_path)
    run = run_main(capsys, "print", "label", no, "--pdf", str(link), "--db", str(db_path))
    assert run.code == 2 and "link" in run.err
    assert link.is_symlink() and digest(db_path) == before


def test_a_folder_is_refused(capsys, db_path, tmp_path):
    run = run_main(capsys, "export", "ords", str(tmp_path), "--db", str(db_path))
    assert run.code == 2 and "folder" in run.err


def test_the_open_database_is_never_a_target(tmp_path):
    shop = tmp_path / "shop.db"
    files.protect(shop)
    for name in ("shop.db", "shop.db-wal", "shop.db-shm"):
        with pytest.raises(ValidationError):
            files.check_target(tmp_path / name)
        with pytest.raises(ValidationError):
            files.check_source(tmp_path / name)


def test_a_killed_backups_leftovers_are_cleaned(capsys, db_path, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    leftovers = [
        folder / "counter-backup-20250101-120000.partial",  # the old naming
        folder / ".counter-backup-20250102-120000.sqlite3.0a1b2c3d.partial",
    ]
    for leftover in leftovers:
        leftover.write_bytes(b"half a copy")
        os.utime(leftover, (1_700_000_000, 1_700_000_000))  # killed long ago
    fresh = folder / ".counter-backup-20990101-120000.sqlite3.99999999.partial"
    fresh.write_bytes(b"a backup at work right now")
    run = run_main(capsys, "backup", str(folder), "--db", str(db_path))
    assert run.code == 0, run.err
    names = sorted(p.name for p in folder.iterdir())
    assert fresh.name in names and not any(p.name in names for p in leftovers)
    assert len([n for n in names if n.endswith(".sqlite3")]) == 1


def test_a_read_only_disk_is_called_read_only(capsys, db_path, tmp_path):
    folder = tmp_path / "ro"
    if not _mount(folder, "size=8m"):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        shop = folder / "shop.sqlite3"
        shop.write_bytes(db_path.read_bytes())
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        run = run_main(capsys, "parts", "list", "--db", str(shop))
        assert run.code == 1
        assert "read-only" in run.err and "damaged" not in run.err and "backup" not in run.err
    finally:
        _umount(folder)
