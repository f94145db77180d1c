"""A default file name made from an event's name never leaves its folder, and every
file system can create it."""

from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from showfloor.domain.file_names import MAX_STEM, file_stem


@pytest.mark.parametrize(
    ("typed", "stem"),
    [
        ("../../x", "x"),
        ("..", "event"),
        ("/etc/passwd", "etc-passwd"),
        ("C:\\Windows\\System32", "c-windows-system32"),
        ("CON", "con-event"),
        ("lpt1", "lpt1-event"),
        ("Messe Köln / Hall 4", "messe-koln-hall-4"),
        ("展示会", "event"),
        ("   ", "event"),
        ("a\x00b", "a-b"),
        ("x" * 200, "x" * MAX_STEM),
    ],
)
def test_hostile_event_names(typed: str, stem: str) -> None:
    assert file_stem(typed, "event") == stem


@given(st.text())
def test_any_text_gives_one_plain_name(typed: str) -> None:
    stem = file_stem(typed, "event")
    name = f"{stem}-debrief.pdf"
    for flavour in (PurePosixPath, PureWindowsPath):
        path = flavour(name)
        assert path.name == name and len(path.parts) == 1
    assert stem and not stem.startswith((".", "-")) and len(stem) <= MAX_STEM
    assert set(stem) <= set("abcdefghijklmnopqrstuvwxyz0123456789-")
