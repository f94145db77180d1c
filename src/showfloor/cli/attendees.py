"""`attendees import`: load the organiser's attendee list into the current event."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from showfloor.cli.common import Context, print_line, subcommand
from showfloor.domain.errors import RefusedError
from showfloor.services.attendees import FIELDS, IGNORE, ImportReport, import_attendees
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
    with ctx.db.session() as session:
        event_id = require_current_event(session).id
    progress = TerminalProgress(sys.stderr)
    try:
        report = import_attendees(ctx.db, event_id, path, mapping, progress)
    finally:
        progress.close()
    print_report(report)
    return 0


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
