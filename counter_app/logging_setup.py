"""A rotating log file in the user's log folder; nothing on stderr but our one-line messages."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from counter_app.config import log_dir

ENV_LOG_DIR = "COUNTER_LOG_DIR"


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to <user log dir>/counter-app.log (5 × 1 MB). Returns the file, or None if the
    folder cannot be written (the program then runs without a log rather than failing)."""
    root = logging.getLogger()
    if any(getattr(h, "_counter_app", False) for h in root.handlers):
        return None
    folder = Path(os.environ.get(ENV_LOG_DIR) or log_dir())
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "counter-app.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        path: Path | None = folder / "counter-app.log"
    except OSError:
        handler = logging.NullHandler()
        path = None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._counter_app = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path


def log_file() -> Path | None:
    """The file this process logs to (None when it runs without a log)."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_counter_app", False) and isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None
