"""What every command shares: --data-dir, the lazily opened database, output."""

from __future__ import annotations

import argparse
import json
import sys
from functools import cached_property
from typing import Any

from showfloor.config import Paths
from showfloor.store.database import Database


def add_common(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    # SUPPRESS on subcommands keeps a --data-dir given before the command from being
    # overwritten by the subparser's default.
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=None if top_level else argparse.SUPPRESS,
        help="where the database lives (default: the user data folder; "
        "SHOWFLOOR_DATA_DIR also sets it)",
    )


def subcommand(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    name: str,
    help_text: str,
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
    add_common(parser)
    return parser


class Context:
    """Handed to every command: paths, and the database opened on first use."""

    def __init__(self, paths: Paths) -> None:
        self.paths = paths
        self.notes: list[str] = []  # printed after a command that succeeded


    @cached_property
    def db(self) -> Database:
        from showfloor.services.recovery import open_store

        db = open_store(self.paths)
        if db.read_only:
            # A failing write says "read-only" itself: one line either way.
            self.notes.append(f"{db.read_only}: reading works, nothing can be saved there.")
        return db

    def close(self) -> None:
        if "db" in self.__dict__:
            self.db.close()


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def print_line(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def print_warning(text: str) -> None:
    """Something the user should know that did not stop the command (stderr)."""
    sys.stderr.write(f"showfloor: note: {text}\n")
