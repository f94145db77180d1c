"""The one start-up path: args → paths → logging → CLI command or the window."""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections.abc import Sequence

from showfloor.config import Paths, resolve_paths
from showfloor.domain.errors import ShowfloorError

log = logging.getLogger("showfloor")


def setup_logging(paths: Paths) -> None:
    """Log to a rotating file in the data dir. Logs never carry names, emails or payloads."""
    from logging.handlers import RotatingFileHandler

    root = logging.getLogger()
    root.setLevel(logging.INFO)
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            paths.log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def fail(message: str) -> int:
    sys.stderr.write(f"showfloor: {message}\n")
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    from showfloor.cli import build_parser
    from showfloor.cli.common import Context

    args = build_parser().parse_args(argv)
    paths = resolve_paths(args.data_dir)
    setup_logging(paths)
    if args.command is None:
        from showfloor.qt.app import run_app

        return run_app(paths, camera=args.camera)

    ctx = Context(paths)
    try:
        return int(args.handler(ctx, args))
    except ShowfloorError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the user gets one line; the log keeps the traceback
        from sqlalchemy.exc import DBAPIError

        from showfloor.store.database import describe_db_error

        log.exception("command %s failed", args.command)
        if isinstance(exc, DBAPIError | sqlite3.Error):
            return fail(describe_db_error(exc, paths.database))
        return fail(f"unexpected error: {exc}. Details are in {paths.log_file}.")
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
