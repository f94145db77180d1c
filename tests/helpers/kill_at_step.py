"""Run the showfloor command line and SIGKILL it at file-system step N (a test helper).

    python -m helpers.kill_at_step N showfloor-args...

Steps are the calls that change what is on disk: copying, flushing, renaming,
linking and removing files. Step N is killed *before* it runs, except a copy,
which is killed half-way (half the bytes written), as a power cut would. With N
past the last step the command simply runs to its end.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
from pathlib import Path
from typing import Any

_count = 0
_kill_at = 0


def _step(what: str) -> None:
    global _count
    _count += 1
    if _count == _kill_at:
        sys.stderr.write(f"killed at step {_count}: {what}\n")
        sys.stderr.flush()
        os.kill(os.getpid(), signal.SIGKILL)


def _wrap(owner: Any, name: str) -> None:
    original = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _step(name)
        return original(*args, **kwargs)

    setattr(owner, name, wrapper)


def _half_copy(src: Any, dst: Any, *args: Any, **kwargs: Any) -> Any:
    global _count
    _count += 1
    if _count == _kill_at:
        data = Path(src).read_bytes()
        with open(dst, "wb") as out:
            out.write(data[: len(data) // 2])
        sys.stderr.write(f"killed at step {_count}: half-way through a copy\n")
        os.kill(os.getpid(), signal.SIGKILL)
    return _copyfile(src, dst, *args, **kwargs)


_copyfile = shutil.copyfile


def main() -> int:
    global _kill_at
    _kill_at = int(sys.argv[1])
    for name in ("fsync", "replace", "rename", "link", "unlink", "remove"):
        _wrap(os, name)
    shutil.copyfile = _half_copy
    from showfloor.__main__ import main as showfloor

    code = showfloor(sys.argv[2:])
    sys.stderr.write(f"steps: {_count}\n")
    return code


if __name__ == "__main__":
    sys.exit(main())
