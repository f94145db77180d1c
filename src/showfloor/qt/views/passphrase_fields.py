"""The team passphrase rows of Settings > Team sync: typed twice, masked, or cleared.

Layout only: the settings controller fills the rows and saves what was typed
through the same service as ``showfloor sync passphrase`` (services/sync/passphrase.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from showfloor.qt.theme import muted_css, themed


@dataclass(frozen=True)
class PassphraseForm:
    """What the rows show (``fill``) and what was typed (``read``)."""

    event: str | None = None  # the current event's name; None: no event yet
    kept: bool = False  # the event has a passphrase here
    used_for: str = ""  # where the passphrase is used, said under the rows
    typed: str = ""  # "" keeps what is kept
    again: str = ""
    cleared: bool = False  # Clear was pressed: bundles are written unsealed on Save


class PassphraseFields:
    """Adds its rows to a form layout; ``fill``/``read`` in plain values."""

    def __init__(self, form: QFormLayout) -> None:
        heading = QLabel(
            QCoreApplication.translate(
                "PassphraseFields", "<b>Team passphrase for bundle files</b>"
            )
        )
        self.passphrase = self._masked(
            "settings_passphrase", QCoreApplication.translate("PassphraseFields", "Team passphrase")
        )
        self.again = self._masked(
            "settings_passphrase_again",
            QCoreApplication.translate("PassphraseFields", "Team passphrase, once more"),
        )
        self.again.setPlaceholderText(
            QCoreApplication.translate("PassphraseFields", "the same once more")
        )
        self.clear_button = QPushButton(QCoreApplication.translate("PassphraseFields", "Clear"))
        self.clear_button.setObjectName("settings_passphrase_clear")
        self.clear_button.setAutoDefault(False)
        self.clear_button.setToolTip(
            QCoreApplication.translate(
                "PassphraseFields", "Write this event's bundles unsealed again (on Save)"
            )
        )
        self.clear_button.clicked.connect(self._clear)
        self.note = QLabel()
        self.note.setObjectName("settings_passphrase_note")
        self.note.setWordWrap(True)
        themed(self.note, muted_css)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.passphrase, 1)
        line.addWidget(self.clear_button)
        form.addRow(heading)
        form.addRow(QCoreApplication.translate("PassphraseFields", "Passphrase"), row)
        form.addRow(QCoreApplication.translate("PassphraseFields", "Once more"), self.again)
        form.addRow("", self.note)
        self._shown = PassphraseForm()
        self._cleared = False
        self.passphrase.textEdited.connect(self._typing)

    @staticmethod
    def _masked(name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def fill(self, form: PassphraseForm) -> None:
        self._shown, self._cleared = form, False
        self.passphrase.clear()
        self.again.clear()
        for edit in (self.passphrase, self.again):
            edit.setEnabled(form.event is not None)
        self._show_state()

    def _show_state(self) -> None:
        form = self._shown
        kept = form.kept and not self._cleared
        self.passphrase.setPlaceholderText(
            QCoreApplication.translate("PassphraseFields", "kept — type to change")
            if kept
            else QCoreApplication.translate(
                "PassphraseFields", "none — bundles are written unsealed"
            )
        )
        self.clear_button.setEnabled(kept)
        if form.event is None:
            self.note.setText(
                QCoreApplication.translate(
                    "PassphraseFields",
                    "Create or choose an event first: the passphrase is per event.",
                )
            )
        elif self._cleared:
            self.note.setText(
                QCoreApplication.translate(
                    "PassphraseFields",
                    "On Save, bundles of '{event}' are written unsealed again. {used_for}",
                ).format(event=form.event, used_for=form.used_for)
            )
        else:
            self.note.setText(form.used_for)

    def _clear(self) -> None:
        self._cleared = True
        self.passphrase.clear()
        self.again.clear()
        self._show_state()

    def _typing(self, _text: str) -> None:
        if self._cleared:  # typing a new one takes back the Clear
            self._cleared = False
            self._show_state()

    def read(self) -> PassphraseForm:
        return PassphraseForm(
            self._shown.event,
            self._shown.kept,
            self._shown.used_for,
            typed=self.passphrase.text(),
            again=self.again.text(),
            cleared=self._cleared,
        )
