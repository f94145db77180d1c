"""`backup now / list / restore / config`.

These commands read the backup settings straight from the database file and never
open it through the store: ``restore`` must work when the database is damaged or
gone, and opening it would create (or migrate) the very file being replaced.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from showfloor.cli.common import Context, print_json, print_line, print_warning, subcommand
from showfloor.domain.errors import RefusedError
from showfloor.services.backup import (
    BackupInfo,
    BackupSettings,
    find_backup,
    list_backups,
    load_backup_settings,
    make_backup,
    read_backup_settings,
    save_backup_settings,
)
from showfloor.services.backup import backup_folders as service_backup_folders
from showfloor.services.restore import backup_from_file, restore_backup
from showfloor.store.read_only import can_write


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = subcommand(sub, "backup", "backups of the local database")
    actions = backup.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = subcommand(actions, "now", "back the database up now (safe while the window runs)")
    p.add_argument("--to", metavar="DIR", type=Path, help="also copy it to DIR (a USB stick)")
    p.set_defaults(handler=backup_now)

    p = subcommand(actions, "list", "list the backups, oldest first")
    p.add_argument("--from", dest="source", metavar="DIR", type=Path, help="also look in DIR")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(handler=backup_list)

    p = subcommand(actions, "restore", "replace the database with a backup (window closed)")
    p.add_argument(
        "backup_id",
        metavar="ID",
        help="the id shown by backup list, or the path of a database file (one kept aside)",
    )
    p.add_argument("--from", dest="source", metavar="DIR", type=Path, help="also look in DIR")
    p.set_defaults(handler=backup_restore)

    p = subcommand(actions, "config", "show or change where and how often backups are made")
    p.add_argument("--second-dir", metavar="DIR", help="a second folder; '' to stop using one")
    p.add_argument("--keep", type=int, metavar="N", help="backups kept in each folder")
    p.add_argument("--every", type=float, metavar="MINUTES", help="minutes between backups")
    p.set_defaults(handler=backup_config)


def backup_folders(ctx: Context) -> list[Path]:
    """Where this data dir's backups go (its own folder, and the second one if set)."""
    return _folders(ctx, None)


def _folders(ctx: Context, extra: Path | None) -> list[Path]:
    folders = service_backup_folders(ctx.paths.database)
    return [*folders, extra] if extra is not None else folders


def _describe(info: BackupInfo) -> str:
    leads = "damaged" if info.leads is None else f"{info.leads} leads"
    when = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    return f"{info.id}  {when}  {info.size / 1024:,.0f} KB  {leads}  {info.where}"


def backup_now(ctx: Context, args: argparse.Namespace) -> int:
    settings = read_backup_settings(ctx.paths.database)
    folders = _folders(ctx, args.to)
    if ctx.paths.database.exists() and not can_write(ctx.paths.database):
        folders.remove(ctx.paths.backups)  # cannot be written; the others still can
        if not folders:
            raise RefusedError(
                f"The data folder {ctx.paths.data_dir} is read-only: back up to another "
                "folder with: showfloor backup now --to DIR"
            )
        print_warning(f"the data folder {ctx.paths.data_dir} is read-only: backing up elsewhere.")
    report = make_backup(ctx.paths.database, folders, keep=settings.keep)
    for info in report.made:
        print_line(f"Backed up {info.leads} leads to {info.path}")
    if not report.made:
        raise RefusedError(" ".join(report.errors) or "No backup could be made.")
    if report.errors:
        raise RefusedError(" ".join(report.errors))
    return 0


def backup_list(ctx: Context, args: argparse.Namespace) -> int:
    infos = list_backups(_folders(ctx, args.source))
    if args.json:
        for info in infos:
            print_json(info.to_json_dict())
        return 0
    if not infos:
        print_line("No backups yet. Make one with: showfloor backup now")
    for info in infos:
        print_line(_describe(info))
    return 0


def backup_restore(ctx: Context, args: argparse.Namespace) -> int:
    if _is_path(args.backup_id):
        info = backup_from_file(Path(args.backup_id).expanduser())
    else:
        info = find_backup(_folders(ctx, args.source), args.backup_id)
    aside = restore_backup(ctx.paths.database, info)
    kept = f" The previous database was kept as {aside}." if aside else ""
    print_line(f"Restored backup {info.id} ({info.leads} leads).{kept}")
    return 0


def _is_path(text: str) -> bool:
    """A backup id never holds a folder separator; a file name given as is exists."""
    separators = {os.sep, os.altsep or os.sep}
    return any(sep in text for sep in separators) or Path(text).is_file()


def backup_config(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.db.session() as session:
        current = load_backup_settings(session)
        second = current.second_dir
        if args.second_dir is not None:
            second = Path(args.second_dir).expanduser() if args.second_dir.strip() else None
        settings = BackupSettings(
            second_dir=second,
            keep=args.keep if args.keep is not None else current.keep,
            interval_minutes=args.every if args.every is not None else current.interval_minutes,
        )
        save_backup_settings(session, settings)
    where = f" and {settings.second_dir}" if settings.second_dir else ""
    print_line(
        f"Backups every {settings.interval_minutes:g} min, the last {settings.keep} kept, "
        f"in {ctx.paths.backups}{where}."
    )
    return 0
