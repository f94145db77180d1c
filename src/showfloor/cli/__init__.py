"""The command line (docs/cli.md). Imports no Qt: only `showfloor` with no command
starts the window, and that import happens in __main__.

Each command group lives in its own module with a ``register(subparsers)`` function.
"""

from __future__ import annotations

import argparse

from showfloor import __version__
from showfloor.cli import (
    attendees,
    backup,
    badges,
    capture,
    demo,
    events,
    export,
    leads,
    qr,
    report,
    scan,
    selftest,
    sync,
    team_server,
)
from showfloor.cli.common import add_common

COMMAND_MODULES = (
    events,
    attendees,
    capture,
    leads,
    demo,
    badges,
    scan,
    selftest,
    export,
    report,
    qr,
    backup,
    sync,
    team_server,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="showfloor",
        description="Capture, classify and debrief trade-show booth visitors, offline. "
        "With no command, opens the booth window.",
    )
    parser.add_argument("--version", action="version", version=f"showfloor {__version__}")
    add_common(parser, top_level=True)
    parser.add_argument(
        "--camera",
        metavar="SOURCE",
        help="camera for the window: a device index (0), a video file, or an image "
        "pattern such as frames/%%03d.png",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser
