"""The command line (docs/cli.md). Imports no Qt: only `showfloor` with no command
starts the window, and that import happens in __main__.

Each command group lives in its own module with a ``register(subparsers)`` function.
The command modules are imported only when a command line has a command: opening
the window does not pay for them (``window_arguments``).
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence

from showfloor import __version__
from showfloor.cli.common import add_common

COMMAND_MODULES = (
    "events",
    "attendees",
    "capture",
    "leads",
    "demo",
    "badges",
    "scan",
    "selftest",
    "export",
    "report",
    "qr",
    "backup",
    "sync",
    "team_server",
)
_HELP = ("-h", "--help")


def _top_level(*, add_help: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="showfloor",
        description="Capture, classify and debrief trade-show booth visitors, offline. "
        "With no command, opens the booth window.",
        add_help=add_help,
    )
    parser.add_argument("--version", action="version", version=f"showfloor {__version__}")
    add_common(parser, top_level=True)
    parser.add_argument(
        "--camera",
        metavar="SOURCE",
        help="camera for the window: a device index (0), a video file, or an image "
        "pattern such as frames/%%03d.png",
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _top_level()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"showfloor.cli.{name}").register(sub)
    return parser


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of a command line that opens the window (no command, no help);
    None for any other, which ``build_parser`` then reads."""
    if any(arg in _HELP for arg in argv):
        return None
    args, rest = _top_level(add_help=False).parse_known_args(list(argv))
    if rest:
        return None
    args.command = None
    return args
