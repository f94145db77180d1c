"""The debrief's save dialog proposes a file in the home folder, whatever the event's
name: "../../x" must not point it at another folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel

from showfloor.qt.controllers.after_show_controller import AfterShowController
from showfloor.qt.controllers.capture_controller import CaptureController
from showfloor.services.events import create_event


@pytest.mark.parametrize("event_name", ["../../x", "Expo / Hall 4", "CON", "..\\..\\y"])
def test_the_debrief_default_path_stays_home(
    capture: CaptureController, monkeypatch: pytest.MonkeyPatch, event_name: str
) -> None:
    context = capture.context
    with context.db.session() as session:
        event = create_event(session, event_name)
        context.set_event(event.id, event.name)
    proposed: list[str] = []

    def dialog(_parent: object, _title: str, default: str, _filter: str) -> tuple[str, str]:
        proposed.append(default)
        return "", ""  # cancelled

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    AfterShowController(context, capture.window).debrief()
    (default,) = proposed
    path = Path(default)
    assert path.parent == Path.home()
    assert path.name.endswith("-debrief.pdf") and ".." not in path.name
    assert "/" not in path.name and "\\" not in path.name


def test_saving_the_debrief_says_where_it_went(
    capture: CaptureController, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A laptop with no PDF viewer: the window still says the file was saved, and where."""
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    target = tmp_path / "expo-debrief.pdf"
    AfterShowController(capture.context, capture.window).write_debrief(target)
    assert target.stat().st_size > 1000 and target.read_bytes().startswith(b"%PDF")
    window = capture.window
    assert window.status("saved") == "Debrief saved: expo-debrief.pdf"
    saved = window.findChild(QLabel, "status_saved")
    assert saved is not None
    assert saved.toolTip() == str(target)
    assert "No program on this computer opens it" in window.statusBar().currentMessage()
