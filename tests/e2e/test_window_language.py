"""The real program under Xvfb follows the computer's language: a German desktop gets
German dialogs, found by their window titles as the X server holds them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.cli import run_program
from helpers.xwindow import booth_window, xvfb

pytestmark = pytest.mark.e2e


@pytest.fixture
def display() -> Iterator[str]:
    with xvfb() as name:
        yield name


def test_a_german_desktop_gets_a_german_window(
    display: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run_program("event", "create", "Messe 2026").code == 0
    assert run_program("staff", "add", "Anna").code == 0
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.setenv("LANGUAGE", "de")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    with booth_window(display, data_dir) as booth:
        booth.keys("F1")  # Help > Keyboard shortcuts
        found = booth.x("search", "--sync", "--onlyvisible", "--name", "^Tastenkürzel$")
        assert found.strip()
        booth.keys("Escape")
        booth.focus("Showfloor")
        booth.keys("ctrl+comma")  # File > Settings
        found = booth.x("search", "--sync", "--onlyvisible", "--name", "^Einstellungen$")
        assert found.strip()
