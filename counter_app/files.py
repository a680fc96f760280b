"""Files the app writes, whole or not at all, and the shop's database files nobody but SQLite opens.

Every writer (PDF, xlsx, CSV, JSON, backups) goes through ``write_file``: the target is
checked up front (a device, folder or symlink is refused: ``ValidationError``, exit 2), the
content goes to a temporary file beside it, is flushed and fsynced, then renamed over the
target; a failed write (disk full, read-only disk) leaves the earlier file untouched and is
one translated line (``WriteFailed``, exit 1).

Closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's
too: ``protect`` registers an open shop database and its ``-wal``/``-shm``/``-journal``
companions, and ``check_target``/``check_source`` refuse them, so our own code never opens
them (only SQLite does).
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

from counter_app.errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError

logger = logging.getLogger(__name__)

PARTIAL = ".partial"  # the temporary file's suffix: `.<name>.<random>.partial`
COMPANIONS = ("", "-wal", "-shm", "-journal")

_protected: set[str] = set()


class WriteFailed(ServiceError):
    """A file could not be written (disk full, read-only, no permission); the earlier file,
    if any, is as it was."""


def protect(database: Path) -> None:
    """Mark an open SQLite database's files as SQLite's alone (see the module docstring)."""
    base = os.path.abspath(database)
    for suffix in COMPANIONS:
        _protected.add(base + suffix)
        with suppress(OSError):
            _protected.add(os.path.realpath(base + suffix))


def is_protected(path: Path) -> bool:
    """Is ``path`` (or what it points to) one of an open database's files?"""
    if not _protected:
        return False
    text = os.path.abspath(path)
    return text in _protected or os.path.realpath(text) in _protected


def _refuse(path: Path, template: str) -> ValidationError:
    return ValidationError("file", template, path=str(path))


def check_target(path: Path) -> Path:
    """Refuse, before anything is written, a target that is not a regular file (a device
    such as /dev/full, a folder, a symlink) or a database file of the open shop: raises
    ValidationError. A missing folder is an OSError ("No such folder"). Never opens the target."""
    path = Path(path)
    if is_protected(path):
        raise _refuse(
            path, QT_TRANSLATE_NOOP("errors", "{path} is the shop's database: choose another file")
        )
    try:
        found = os.lstat(path)
    except FileNotFoundError:
        found = None
    except OSError as exc:
        raise _refuse(path, QT_TRANSLATE_NOOP("errors", "Cannot use {path}")) from exc
    if found is not None:
        if stat.S_ISLNK(found.st_mode):
            raise _refuse(
                path,
                QT_TRANSLATE_NOOP("errors", "{path} is a link: give the file itself, not a link"),
            )
        if stat.S_ISDIR(found.st_mode):
            raise _refuse(path, QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a file"))
        if not stat.S_ISREG(found.st_mode):
            raise _refuse(
                path,
                QT_TRANSLATE_NOOP(
                    "errors", "{path} is not a regular file (a device?); nothing was written"
                ),
            )
    if not path.parent.is_dir():
        raise OSError(errno.ENOENT, "No such folder", str(path.parent))
    return path


def check_source(path: Path) -> Path:
    """Refuse reading a database file of the open shop, or something that is not a regular
    file (a device such as /dev/zero never ends). Raises ValidationError."""
    path = Path(path)
    if is_protected(path):
        raise _refuse(
            path, QT_TRANSLATE_NOOP("errors", "{path} is the shop's database: choose another file")
        )
    if path.exists() and not path.is_file():
        raise _refuse(path, QT_TRANSLATE_NOOP("errors", "{path} is not a regular file"))
    return path


def failure(path: Path, exc: OSError) -> WriteFailed:
    """What to tell the user about a failed write: one line naming the cause."""
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        template = QT_TRANSLATE_NOOP(
            "errors", "The disk is full: {path} was not written (an earlier file is unchanged)"
        )
    elif code == errno.EROFS:
        template = QT_TRANSLATE_NOOP(
            "errors", "The disk is read-only: {path} was not written (an earlier file is unchanged)"
        )
    elif code in (errno.EACCES, errno.EPERM):
        template = QT_TRANSLATE_NOOP("errors", "No permission to write {path}; nothing was written")
    else:
        return WriteFailed(
            QT_TRANSLATE_NOOP(
                "errors", "Cannot write {path} ({detail}); an earlier file is unchanged"
            ),
            path=str(path),
            detail=exc.strerror or type(exc).__name__,
        )
    return WriteFailed(template, path=str(path))


def _sync_folder(folder: Path) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # not every system can open a folder (Windows): the rename is still atomic
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def temporary_beside(path: Path) -> Path:
    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}{PARTIAL}")


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` for a writer that needs a file name (SQLite,
    openpyxl); on success it is fsynced and renamed over ``path``. Any failure removes it
    and leaves ``path`` as it was; an OSError becomes ``WriteFailed``."""
    path = check_target(Path(path))
    partial = temporary_beside(path)
    try:
        yield partial
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        check_target(path)  # still not a link or a device (it could have changed meanwhile)
        os.replace(partial, path)
        _sync_folder(path.parent)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise failure(path, exc) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


@contextmanager
def writing(
    path: Path, mode: str = "w", *, private: bool = False, **kwargs: Any
) -> Iterator[IO[Any]]:
    """``open(path, mode)`` of a temporary file beside ``path``, replaced whole on success
    (text mode: UTF-8 unless ``encoding`` says otherwise). ``private``: the file is made
    readable by its owner only (0600) from its first byte, for files of personal data."""
    if "b" not in mode:
        kwargs.setdefault("encoding", "utf-8")
    with replacing(path) as partial:
        target: Any = partial
        if private:
            target = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with open(target, mode, **kwargs) as handle:
            yield handle
            handle.flush()


def write_bytes(path: Path, data: bytes) -> None:
    with writing(path, "wb") as handle:
        handle.write(data)


def write_text(path: Path, text: str, *, private: bool = False) -> None:
    with writing(path, "w", newline="", private=private) as handle:
        handle.write(text)


def clean_partials(
    folder: Path, matches: Callable[[Path], bool] | None = None, older_than: float = 0
) -> list[Path]:
    """Remove temporary files a killed writer left in ``folder`` (``*.partial``, and the
    journal SQLite may have left beside one) last changed more than ``older_than`` seconds
    ago (a writer still at work keeps its file fresh); returns them."""
    removed = []
    now = time.time()
    try:
        candidates = list(Path(folder).glob(f"*{PARTIAL}"))
    except OSError:
        return []
    for candidate in candidates:
        if matches is not None and not matches(candidate):
            continue
        try:
            found = os.lstat(candidate)
            if stat.S_ISREG(found.st_mode) and now - found.st_mtime >= older_than:
                candidate.unlink()
                Path(f"{candidate}-journal").unlink(missing_ok=True)
                removed.append(candidate)
        except OSError as exc:
            logger.warning("could not remove %s: %s", candidate, exc)
    return removed
