"""`report`: the post-show debrief as an HTML page or a PDF (docs/cli.md)."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import tzinfo
from pathlib import Path
from types import ModuleType

from showfloor.cli.common import Context, print_line, subcommand
from showfloor.domain.errors import RefusedError
from showfloor.services.catalog import LANGUAGES, debrief_language
from showfloor.services.events import require_current_event
from showfloor.services.export import atomic_text_file
from showfloor.services.report import build_debrief
from showfloor.services.report_html import render_html
from showfloor.services.time_zones import event_zone, zone_named


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subcommand(sub, "report", "write the post-show debrief as HTML or PDF")
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE.html|FILE.pdf", help="the file to write"
    )
    p.add_argument(
        "--tz",
        metavar="ZONE",
        help="time zone for the visits-per-hour chart, e.g. Europe/Berlin or UTC "
        "(default: the event's, else this computer's)",
    )
    p.add_argument(
        "--language",
        choices=tuple(LANGUAGES),
        help="the debrief's language (default: the Language setting, else this "
        "computer's); this command's own messages stay English",
    )
    p.set_defaults(handler=run)


def parse_timezone(name: str | None) -> tzinfo:
    """The named zone, UTC, or this computer's zone when no name is given."""
    return zone_named(name)


def load_qt_pdf() -> ModuleType:
    """Qt's PDF writer, imported only now: it is the one CLI path that needs Qt.

    Imported here, not at the top, so that no other command loads PySide6; this one
    import from the command line into Qt is declared in the import-linter contracts
    (pyproject.toml, ``ignore_imports``) rather than hidden from them. Without a
    display, Qt is told to draw offscreen.
    """
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from showfloor.qt import pdf

        return pdf
    except ImportError as exc:
        raise RefusedError(
            f"PDF output needs Qt, which could not be loaded ({exc}). "
            "Write .html instead, or install the system libraries in the README."
        ) from exc


def output_kind(path: Path, allowed: tuple[str, ...]) -> str:
    kind = path.suffix.lower().lstrip(".")
    kind = "html" if kind == "htm" else kind
    if kind not in allowed:
        choices = " or ".join(f".{a}" for a in allowed)
        raise RefusedError(
            f"Cannot tell the format of '{path.name}'; give a file ending in {choices}."
        )
    return kind


def run(ctx: Context, args: argparse.Namespace) -> int:
    path = Path(args.output)
    kind = output_kind(path, ("html", "pdf"))
    with ctx.db.session() as session:
        event_id = require_current_event(session).id
        tz = parse_timezone(args.tz) if args.tz else event_zone(session, event_id)
        language = args.language or debrief_language(session)
    debrief = build_debrief(ctx.db, event_id, tz, language=language)
    if kind == "pdf":
        pages = load_qt_pdf().write_report_pdf(debrief, path)
        detail = f"{pages} pages"
    else:
        with atomic_text_file(path) as stream:
            stream.write(render_html(debrief))
        detail = "HTML"
    print_line(f"wrote the debrief of {debrief.leads} leads to {args.output} ({detail})")
    return 0
