"""Parts of the capture form: the big class and rating toggles, one answer field.

Layout only, like the capture view that places them (``capture_view.py``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QSizePolicy

from showfloor.domain.questions import Question
from showfloor.qt.domain_text import choice_label, question_text
from showfloor.qt.theme import on_colour, readable, themed


def big_toggle(text: str, colour: str) -> QPushButton:
    """A large checkable button in a class's or rating's colour, filled when chosen."""
    button = QPushButton(text)
    button.setCheckable(True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setMinimumHeight(40)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    themed(button, lambda colours: toggle_css(colour, colours))
    return button


def toggle_css(colour: str, colours: QPalette) -> str:
    """A big toggle: the palette's button with the hue as a border; filled when checked."""
    back = colours.color(QPalette.ColorRole.Button)
    text = readable(colours.color(QPalette.ColorRole.ButtonText), back).name()
    return (
        f"QPushButton {{ font-size: 11pt; font-weight: 600; border: 2px solid {colour};"
        f" border-radius: 8px; padding: 6px; background: {back.name()}; color: {text}; }}"
        f"QPushButton:checked {{ background: {colour}; color: {on_colour(colour)}; }}"
    )


class QuestionField:
    """One answer widget: a line edit, or a combo box for fixed choices."""

    def __init__(self, question: Question) -> None:
        self.question = question
        self.widget: QLineEdit | QComboBox
        if question.choices:
            combo = QComboBox()
            combo.addItem("—", "")
            for choice in question.choices:
                combo.addItem(choice_label(choice).replace("_", " "), choice)
            self.widget = combo
        else:
            edit = QLineEdit()
            edit.setPlaceholderText(question_text(question.hint))
            self.widget = edit
        self.widget.setObjectName(f"answer_{question.key}")

    def value(self) -> str:
        if isinstance(self.widget, QComboBox):
            return str(self.widget.currentData() or "")
        return self.widget.text()

    def set_value(self, value: str) -> None:
        if isinstance(self.widget, QComboBox):
            index = self.widget.findData(value)
            self.widget.setCurrentIndex(max(0, index))
        else:
            self.widget.setText(value)
