"""The capture form's keys: one keystroke per action, and none of a person's lost.

Outside the text fields (the form itself has the focus): 1/2/3 choose the class
(the top-row or keypad key with that digit, on any layout: AZERTY types "&" on
the 1 key), H/W/C rate a visitor already on the form, and any other letter starts
the first name with that letter. On an empty form every letter starts the name,
so a name beginning with c, h or w is typed, not taken for a rating. Inside the
text fields letters are text. Enter saves from any field except the notes
(Ctrl+Enter there), once: the key is taken before the field reacts to it, so the
line edit's own Enter handling never runs a second save.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from showfloor.domain.questions import Rating, VisitorClass
from showfloor.qt.domain_text import class_label, rating_label
from showfloor.qt.views.capture_view import (
    CLASS_KEYS,
    CONSENT_KEY,
    RATING_FKEYS,
    RATING_KEYS,
    SAVE_BADGE_ONLY_KEY,
)
from showfloor.qt.wedge import layout_digit

if TYPE_CHECKING:
    from showfloor.qt.controllers.capture_controller import CaptureController
    from showfloor.qt.main_window import MainWindow

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_CTRL_ALT_META = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
CLASS_BY_DIGIT = {digit: cls for cls, digit in CLASS_KEYS.items()}
RATING_BY_LETTER = {letter.lower(): rating for rating, letter in RATING_KEYS.items()}


@dataclass(frozen=True)
class FormActions:
    """What the keys do; the capture controller provides each."""

    choose_class: Callable[[VisitorClass], None]
    toggle_rating: Callable[[Rating], None]
    save: Callable[[], object]
    clear: Callable[[], None]
    start_name: Callable[[str], None]
    has_visitor: Callable[[], bool]


class CaptureKeys(QObject):
    """Event filter over the form and its input widgets."""

    def __init__(
        self, form: QWidget, notes: QWidget, fields: list[QWidget], actions: FormActions
    ) -> None:
        super().__init__(form)
        self.form = form
        self.notes = notes
        self.actions = actions
        for widget in (form, notes, *fields):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key, mods = event.key(), event.modifiers()
        if key in _ENTER:
            if watched is self.notes and not mods & Qt.KeyboardModifier.ControlModifier:
                return False  # a new line in the notes
            if mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier):
                return False
            self.actions.save()
            return True
        alt_only = (mods & _CTRL_ALT_META) == Qt.KeyboardModifier.AltModifier
        if alt_only and layout_digit(event) in CLASS_BY_DIGIT:
            # Alt+1/2/3 from any field; AZERTY's Alt+"é" matches no Alt+2 shortcut.
            self.actions.choose_class(CLASS_BY_DIGIT[layout_digit(event) or ""])
            return True
        if watched is not self.form:
            return False  # text fields take their keys
        if key == Qt.Key.Key_Escape:
            self.actions.clear()
            return True
        if mods & _CTRL_ALT_META:
            return False
        digit = layout_digit(event)
        if digit in CLASS_BY_DIGIT:
            self.actions.choose_class(CLASS_BY_DIGIT[digit])
            return True
        text = event.text()
        if len(text) != 1 or not text.isprintable() or text.isspace():
            return False
        rating = RATING_BY_LETTER.get(text.lower())
        if rating is not None and self.actions.has_visitor():
            self.actions.toggle_rating(rating)
            return True
        self.actions.start_name(text)
        return True


def add_capture_actions(w: MainWindow, c: CaptureController) -> None:
    """The capture view's menu entries with their shortcuts, and its own keys listed in
    Help > Shortcuts."""
    # (The words were the capture controller's: their catalog entries keep its context.)
    w.add_action(
        "&File",
        QCoreApplication.translate("CaptureController", "&Undo last save"),
        "Ctrl+Z",
        c.undo,
        object_name="undo",
    )
    w.add_action(
        "&View",
        QCoreApplication.translate("CaptureController", "Type a visitor by hand"),
        "Ctrl+N",
        c.start_typing,
    )
    w.add_action(
        "&View",
        QCoreApplication.translate("CaptureController", "Earlier visits of this visitor"),
        "F4",
        c.show_history,
    )
    for cls, key in CLASS_KEYS.items():
        w.add_action(
            "&View",
            QCoreApplication.translate("CaptureController", "Class: {label}").format(
                label=class_label(cls)
            ),
            f"Alt+{key}",
            partial(c.choose_class, cls, focus_question=True),
        )
    for rating, fkey in RATING_FKEYS.items():
        w.add_action(
            "&View",
            QCoreApplication.translate("CaptureController", "Rating: {label}").format(
                label=rating_label(rating)
            ),
            fkey,
            partial(c.toggle_rating, rating),
        )
    w.add_action(
        "&View",
        QCoreApplication.translate("CaptureController", "Agrees to be contacted"),
        CONSENT_KEY,
        c.view.consent.toggle,
        object_name="toggle_consent",
    )
    w.add_action(
        "&View",
        QCoreApplication.translate(
            "CaptureController", "Save the next waiting badge with its badge only"
        ),
        SAVE_BADGE_ONLY_KEY,
        c.save_next_badge_only,
        object_name="save_badge_only",
    )
    w.document_shortcut(
        "1 / 2 / 3",
        QCoreApplication.translate(
            "CaptureController", "Customer / mentor / KOL (outside text fields)"
        ),
    )
    w.document_shortcut(
        "H / W / C",
        QCoreApplication.translate("CaptureController", "Hot / warm / cold (outside text fields)"),
    )
    w.document_shortcut(
        "Enter",
        QCoreApplication.translate(
            "CaptureController", "Save the visitor (Ctrl+Enter inside notes)"
        ),
    )
    w.document_shortcut("Esc", QCoreApplication.translate("CaptureController", "Clear the form"))
