"""Settings > Team sync > Team passphrase: set, confirmed, cleared, in the real dialog.

The window stores it as ``showfloor sync passphrase`` does (one service): a bundle the
command line writes afterwards is sealed with what was typed in the window, and one
set on the command line shows as kept in the window.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
)

from showfloor.qt.app import Booth
from showfloor.qt.controllers.settings_controller import SettingsController
from showfloor.qt.views.settings_dialog import SettingsDialog
from showfloor.services.sync.passphrase import event_passphrase
from showfloor.services.sync.sealed import MAGIC
from showfloor.store.database import Database

from helpers.cli import run_cli

PHRASE = "expo-team-2026"


def _find(dialog: SettingsDialog, kind: type, name: str):  # type: ignore[no-untyped-def]
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def _team_tab(dialog: SettingsDialog) -> None:
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    tabs.setCurrentIndex([tabs.tabText(i) for i in range(tabs.count())].index("Team sync"))


def _save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def _kept(db: Database) -> str | None:
    with db.session() as session:
        return event_passphrase(session)


def _sealed_bundle(capsys: pytest.CaptureFixture[str], db: Database, path: Path) -> bool:
    assert db.path is not None
    result = run_cli(capsys, "--data-dir", str(db.path.parent), "sync", "bundle", "-o", str(path))
    assert result.code == 0, result
    return path.read_bytes().startswith(MAGIC)


def test_typed_twice_in_the_window_seals_the_bundles_the_command_line_writes(
    qtbot: QtBot, booth: Booth, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[str] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(20, fill_in)
            return
        try:
            _team_tab(dialog)
            first = _find(dialog, QLineEdit, "settings_passphrase")
            again = _find(dialog, QLineEdit, "settings_passphrase_again")
            assert first.echoMode() is QLineEdit.EchoMode.Password
            assert again.echoMode() is QLineEdit.EchoMode.Password
            seen.append(_find(dialog, QLabel, "settings_passphrase_note").text())
            qtbot.keyClicks(first, PHRASE)
            qtbot.keyClicks(again, PHRASE)
            _save(qtbot, dialog)
        finally:  # a failed check must not leave the modal dialog waiting forever
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, fill_in)
    settings = next(a for a in booth.window.actions() if a.text() == "Se&ttings…")
    settings.trigger()  # File > Settings…, modal until Save

    assert seen and "Bundle files this laptop writes for 'Demo Expo 2026'" in seen[0]
    assert "never in a bundle, the setup file or on the team server" in seen[0]
    assert booth.window.status("saved") == (
        "Bundles of 'Demo Expo 2026' are sealed with the team passphrase from now on"
    )
    assert _kept(booth.context.db) == PHRASE
    assert _sealed_bundle(capsys, booth.context.db, tmp_path / "a.sfb")


def test_two_different_passphrases_are_refused_and_nothing_is_kept(
    qtbot: QtBot, booth: Booth
) -> None:
    settings = SettingsController(booth.context.db, booth.window)
    dialog = settings.dialog
    dialog.show()
    _team_tab(dialog)
    qtbot.keyClicks(_find(dialog, QLineEdit, "settings_passphrase"), PHRASE)
    qtbot.keyClicks(_find(dialog, QLineEdit, "settings_passphrase_again"), PHRASE + "!")
    _save(qtbot, dialog)
    assert dialog.isVisible()  # stays open with what was typed
    assert dialog.error.text() == "The two passphrases differ; nothing was changed."
    assert _find(dialog, QLineEdit, "settings_passphrase").text() == PHRASE
    assert _kept(booth.context.db) is None

    _find(dialog, QLineEdit, "settings_passphrase_again").clear()
    first = _find(dialog, QLineEdit, "settings_passphrase")
    first.clear()
    qtbot.keyClicks(first, "short")
    qtbot.keyClicks(_find(dialog, QLineEdit, "settings_passphrase_again"), "short")
    _save(qtbot, dialog)
    assert "at least 8 characters" in dialog.error.text()
    assert _kept(booth.context.db) is None
    dialog.close()


def test_one_set_on_the_command_line_shows_kept_and_clear_unseals(
    qtbot: QtBot,
    booth: Booth,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = booth.context.db
    assert db.path is not None
    phrase_file = tmp_path / "phrase.txt"
    phrase_file.write_text(PHRASE + "\n", encoding="utf-8")
    data = str(db.path.parent)
    result = run_cli(
        capsys, "--data-dir", data, "sync", "passphrase", "--passphrase-file", str(phrase_file)
    )
    assert result.code == 0, result

    settings = SettingsController(db, booth.window)
    dialog = settings.dialog
    dialog.show()
    _team_tab(dialog)
    first = _find(dialog, QLineEdit, "settings_passphrase")
    clear = _find(dialog, QPushButton, "settings_passphrase_clear")
    assert first.placeholderText() == "kept — type to change" and first.text() == ""
    assert clear.isEnabled()
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    note = _find(dialog, QLabel, "settings_passphrase_note").text()
    assert note.startswith("On Save, bundles of 'Demo Expo 2026' are written unsealed again.")
    assert _kept(db) == PHRASE  # only on Save
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert settings.notes == ["bundles of 'Demo Expo 2026' are written unsealed from now on"]
    assert _kept(db) is None
    assert not _sealed_bundle(capsys, db, tmp_path / "b.sfb")


def test_saving_other_settings_keeps_the_passphrase(qtbot: QtBot, booth: Booth) -> None:
    db = booth.context.db
    from showfloor.services.sync.passphrase import change_event_passphrase

    with db.session() as session:
        change_event_passphrase(session, PHRASE)
    settings = SettingsController(db, booth.window)
    dialog = settings.dialog
    dialog.show()
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert settings.notes == [] and _kept(db) == PHRASE
