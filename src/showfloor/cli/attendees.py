"""`attendees import`: load the organiser's attendee list into the current event."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from showfloor.cli.common import Context, print_line, subcommand
from showfloor.domain.errors import RefusedError
from showfloor.services.attendees import (
    FIELDS,
    IGNORE,
    ImportPreview,
    ImportReport,
    import_attendees,
    preview_attendees,
)
from showfloor.services.events import require_current_event

SHOWN_ISSUES = 10
PROGRESS_FROM_ROWS = 20_000  # smaller lists import in about a second: no progress line


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    attendees = subcommand(sub, "attendees", "the organiser's attendee list")
    attendees_sub = attendees.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = subcommand(
        attendees_sub,
        "import",
        "load an attendee list (CSV) into the current event; a re-import updates it",
    )
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=f"read COLUMN as FIELD ({', '.join(FIELDS)}), or skip it with "
        f"COLUMN={IGNORE}; repeatable",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="show the platform recognised, how each column is read, sample rows and "
        "what resolves badges; change nothing",
    )
    p.set_defaults(handler=run_import)


def parse_mapping(pairs: list[str]) -> dict[str, str]:
    """--map values as {column: field}. A column name may itself hold '='."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        column, sep, target = pair.rpartition("=")
        if not sep or not column.strip() or not target.strip():
            raise RefusedError(
                f"--map '{pair}' is not COLUMN=FIELD, e.g. --map \"Badge Number=badge_id\"."
            )
        mapping[column.strip()] = target.strip()
    return mapping


def run_import(ctx: Context, args: argparse.Namespace) -> int:
    mapping = parse_mapping(args.map)
    path = Path(args.file)
    if path.is_dir():
        raise RefusedError(f"{args.file} is a folder; give the attendee list's CSV file.")
    if not path.is_file():
        raise RefusedError(f"There is no file {args.file}; check its name and folder.")
    if args.dry_run:
        print_preview(preview_attendees(path, mapping))
        return 0
    with ctx.db.session() as session:
        event_id = require_current_event(session).id
    progress = TerminalProgress(sys.stderr)
    try:
        report = import_attendees(ctx.db, event_id, path, mapping, progress)
    finally:
        progress.close()
    print_report(report)
    return 0


def print_preview(preview: ImportPreview) -> None:
    """The dry run: what the import would read, and whether badges will resolve."""
    delimiter = {"\t": "tab", ",": "comma", ";": "semicolon"}.get(preview.delimiter, "")
    print_line(f"file: {preview.file} ({preview.encoding}, {delimiter or preview.delimiter})")
    if preview.platform:
        print_line(f"platform: {preview.platform} (badges carry: {preview.platform_badge})")
    else:
        print_line("platform: not recognised (read by the usual column names)")
    print_line("columns:")
    for header, target in preview.columns.items():
        print_line(f"  {header} -> {target}")
    if preview.extras:
        shown = ", ".join(preview.extras[:SHOWN_ISSUES])
        more = len(preview.extras) - SHOWN_ISSUES
        print_line(f"  kept as extra: {shown}" + (f" and {more} more" if more > 0 else ""))
    if preview.badge_columns:
        print_line(f"badge column: {', then '.join(preview.badge_columns)}")
    else:
        print_line("badge column: none")
    print_line(f"sample rows (of about {preview.rows:,}):")
    for n, sample in enumerate(preview.samples, 1):
        values = " | ".join(f"{k}={v}" for k, v in sample.items() if v)
        print_line(f"  {n}. {values}")
    for note in preview.notes:
        print_line(f"note: {note}")
    for warning in preview.warnings:
        print_line(f"warning: {warning}")
    print_line("dry run: nothing was imported")


def print_report(report: ImportReport) -> None:
    print_line(f"imported {report.imported}, updated {report.updated}, rejected {report.rejected}")
    _print_issues(report.rejects, "", "rejected rows")
    # Kept rows with a problem get a prefix, so a line starting "row N:" is a reject.
    _print_issues(report.warnings, "note: ", "notes")


def _print_issues(issues: Sequence[tuple[int, str]], prefix: str, noun: str) -> None:
    for row, reason in issues[:SHOWN_ISSUES]:
        print_line(f"{prefix}row {row}: {reason}")
    if len(issues) > SHOWN_ISSUES:
        print_line(f"{prefix}... and {len(issues) - SHOWN_ISSUES} more {noun}")


class TerminalProgress:
    """A one-line counter on a terminal's stderr for big lists; silent otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if total < PROGRESS_FROM_ROWS or not self.stream.isatty():
            return
        self.stream.write(f"\rimporting: {done:,} of about {total:,} rows")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")  # clear the line for the summary
            self.stream.flush()
