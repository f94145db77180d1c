"""Files that appear whole or not at all: the exports, the debrief, the PDFs.

A target is written to a temporary file next to it and renamed at the end, so a
failed or cancelled write never leaves half a file, and an existing file is only
replaced by a complete one.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from showfloor.domain.errors import RefusedError


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary file next to ``path`` that replaces ``path`` only if the block succeeds.

    The temporary file exists (empty) when the block starts, so a folder that cannot
    be written is reported before any work is done. Used for the CSV and the PDFs.

    Raises:
        RefusedError: the file cannot be written; the message says what to do.
    """
    _check_target(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        temp.open("x").close()
    except OSError as exc:
        raise RefusedError(describe_write_error(exc, path)) from exc
    try:
        yield temp
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise RefusedError(describe_write_error(exc, path)) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_text_file(path: Path) -> Iterator[TextIO]:
    """A UTF-8 text stream (``newline=""``, for csv) that becomes ``path`` on success."""
    with atomic_path(path) as temp:
        try:
            stream = temp.open("w", encoding="utf-8", newline="")
        except OSError as exc:
            raise RefusedError(describe_write_error(exc, path)) from exc
        with stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())


def _check_target(path: Path) -> None:
    if path.is_dir():
        raise RefusedError(f"{path} is a folder; give a file name such as leads.csv.")
    if not path.parent.is_dir():
        raise RefusedError(f"The folder {path.parent} does not exist; create it or choose another.")


def describe_write_error(exc: OSError, path: Path) -> str:
    """One line a booth lead can act on, for a file that could not be written."""
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"Cannot write {path}: permission denied (is it open in another program?). "
            "Close it or choose another folder."
        )
    if exc.errno == errno.ENOSPC:
        return f"Cannot write {path}: the disk is full. Free some space or choose another disk."
    if exc.errno == errno.ENOENT:
        return f"Cannot write {path}: the folder does not exist. Create it or choose another."
    return f"Cannot write {path}: {exc.strerror or exc}."
