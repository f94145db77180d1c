"""The one start-up path: args → paths → logging → CLI command or the window."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path

from showfloor.config import APP_NAME, Paths, resolve_paths
from showfloor.domain.errors import ShowfloorError

log = logging.getLogger("showfloor")


PRIVATE_UMASK = 0o077  # files 0600, folders 0700: leads are personal data


def private_files() -> None:
    """Everything this process creates is readable by its user only (POSIX): the
    database and its WAL/SHM, backups, bundles, exports, reports, logs. SQLite, Qt
    and Python all create files through the process umask, so one setting covers
    every writer, including ones added later."""
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)


class QuietFileHandler(RotatingFileHandler):
    """A log that fails (full disk, drive gone) goes quiet instead of printing
    logging's own traceback ("--- Logging error ---") on the user's terminal."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        pass


def setup_logging(paths: Paths) -> Path | None:
    """Log to a rotating file in the data dir. Logs never carry names, emails or payloads.

    Nothing is ever logged to the terminal: when the data dir cannot take a log (a
    read-only folder) the log goes to the platform's log folder, else nowhere.

    Returns:
        The log file in use, or None.
    """
    from platformdirs import user_log_dir

    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for folder in (paths.logs, Path(user_log_dir(APP_NAME, appauthor=False))):
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            handler: logging.Handler = QuietFileHandler(
                folder / paths.log_file.name, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        except OSError:
            continue
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        return folder / paths.log_file.name
    root.addHandler(logging.NullHandler())
    return None


def fail(message: str) -> int:
    sys.stderr.write(f"showfloor: {message}\n")
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    from showfloor.cli import build_parser, window_arguments

    private_files()
    given = sys.argv[1:] if argv is None else list(argv)
    args = window_arguments(given) or build_parser().parse_args(given)
    paths = resolve_paths(args.data_dir)
    log_file = setup_logging(paths)
    if args.command is None:
        from showfloor.qt.core_first import import_core

        import_core()  # before PySide6, which reads every module imported after it
        from showfloor.qt.app import run_app

        return run_app(paths, camera=args.camera)

    from showfloor.cli.common import Context, print_warning

    ctx = Context(paths)
    try:
        code = int(args.handler(ctx, args))
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        for note in ctx.notes:
            print_warning(note)
        return code
    except ShowfloorError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return closed_pipe()
    except Exception as exc:  # the user gets one line; the log keeps the traceback
        from sqlalchemy.exc import DBAPIError

        from showfloor.store.database import describe_db_error

        if isinstance(exc, OSError) and exc.errno == errno.EPIPE:
            return closed_pipe()
        log.exception("command %s failed", args.command)
        if isinstance(exc, DBAPIError | sqlite3.Error):
            return fail(describe_db_error(exc, paths.database))
        details = f" Details are in {log_file}." if log_file else ""
        return fail(f"unexpected error: {exc}.{details}")
    finally:
        ctx.close()


def closed_pipe() -> int:
    """``showfloor leads list | head``: the reader has what it wanted; a normal end.

    stdout is pointed at /dev/null so the interpreter's final flush of what is still
    buffered does not fail (and print) again on the way out.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass  # stdout is not a real file (tests capture it): nothing will flush there
    return 0


if __name__ == "__main__":
    sys.exit(main())
