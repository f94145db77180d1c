"""Real file-system faults for tests: a small tmpfs that fills up, a read-only mount.

Why real mounts: an injected SQLite error only shows what the database layer does;
a full or read-only disk also fails the log, the backup's temporary files, the
WAL's shared memory and every export, which is what staff actually meet. Mounting
needs root and mount(8) (CI runs as root on Debian 12); elsewhere the tests skip
and say why.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import pytest


@cache
def _why_no_mounts() -> str | None:
    if os.name != "posix" or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "needs root to mount a tmpfs (CI runs as root on Debian 12)"
    if shutil.which("mount") is None:
        return "needs mount(8)"
    return None


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, timeout=30)


def require_mounts() -> None:
    reason = _why_no_mounts()
    if reason is not None:
        pytest.skip(reason)


@contextmanager
def tmpfs(where: Path, size_kib: int) -> Iterator[Path]:
    """A ``size_kib`` tmpfs mounted at ``where`` (created), unmounted afterwards."""
    require_mounts()
    where.mkdir(parents=True, exist_ok=True)
    done = _run("mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0755", "tmpfs", str(where))
    if done.returncode != 0:
        pytest.skip(f"this runner does not allow mounts: {done.stderr.strip()}")
    try:
        yield where
    finally:
        _run("umount", "-l", str(where))


@contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """``folder`` seen read-only (a bind mount of itself), writable again afterwards."""
    require_mounts()
    done = _run("mount", "--bind", str(folder), str(folder))
    if done.returncode != 0:
        pytest.skip(f"this runner does not allow mounts: {done.stderr.strip()}")
    try:
        remount = _run("mount", "-o", "remount,bind,ro", str(folder))
        if remount.returncode != 0:
            pytest.skip(f"this runner cannot remount read-only: {remount.stderr.strip()}")
        yield folder
    finally:
        _run("umount", "-l", str(folder))


def fill_up(folder: Path) -> Path:
    """Write a filler file until the disk holding ``folder`` is full; returns it."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 20, 4096, 1):  # big steps, then the last bytes
            chunk = b"\0" * size
            try:
                while True:
                    os.write(fd, chunk)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
    finally:
        os.close(fd)
    return filler
