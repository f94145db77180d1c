"""The debrief's save dialog proposes a file in the home folder, whatever the event's
name: "../../x" must not point it at another folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import QFileDialog

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
