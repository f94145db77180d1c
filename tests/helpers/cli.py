"""Run the CLI in-process (fast) or as a real program (for import and crash checks)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from typing import Any

import pytest

from showfloor.__main__ import main


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def json_lines(self) -> list[Any]:
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


def one_line(result: Result) -> str:
    """A refusal as the user meets it: exit 1 and exactly one line on stderr, no traceback."""
    assert result.code == 1, result
    assert "Traceback" not in result.err
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> Result:
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)


def run_program(*args: str, stdin: str | None = None, timeout: float = 60) -> Result:
    proc = subprocess.run(
        [sys.executable, "-m", "showfloor", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)
