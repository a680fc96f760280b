"""`counter-app upgrade`: a manager upgrades the shop's schema deliberately, after a backup."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from counter_app.cli.common import ENV_USER, Context, emit


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "upgrade",
        parents=[parent],
        help="upgrade the shop's database to this version (manager; backs it up first)",
    )
    p.add_argument(
        "--backup-to",
        dest="backup_to",
        metavar="DIR",
        help="folder for the backup taken first (default: the daily backups' folder)",
    )
    p.set_defaults(handler=cmd_upgrade)


def cmd_upgrade(ctx: Context) -> int:
    from counter_app.services.data_io import schema_upgrade
    from counter_app.services.people import users

    # Signed in without the ORM's sign-in: the accounts table may be an older schema's.
    name = getattr(ctx.args, "user", None) or os.environ.get(ENV_USER) or users.DEFAULT_MANAGER
    password = ctx.password_for(name, users.has_password(ctx.db, name))
    folder = Path(ctx.args.backup_to) if ctx.args.backup_to else None
    done = schema_upgrade.upgrade(ctx.db, name, password, folder)
    if done.from_revision is None:
        text = f"{done.database} is already at schema {done.to_revision}: nothing to do"
    else:
        text = (
            f"Backup written: {done.backup}\n"
            f"Upgraded {done.database} from schema {done.from_revision} to {done.to_revision}: "
            f"every counter now needs Service Counter {done.version} or newer"
        )
    emit(
        ctx,
        {
            "database": done.database,
            "from_revision": done.from_revision,
            "to_revision": done.to_revision,
            "version": done.version,
            "backup": str(done.backup) if done.backup else None,
        },
        text,
    )
    return 0
