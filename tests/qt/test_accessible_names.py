"""A screen reader can name every widget Tab reaches, on every screen.

The name is what Qt's accessibility layer hands to the screen reader (through
AT-SPI over D-Bus on Linux, UI Automation on Windows): an accessible name, a
button's text, or the text of the label whose buddy the widget is. Placeholder text
does not count: it is gone as soon as something is typed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

from showfloor.qt.app import Booth

from helpers.screens import each_screen


def focus_chain(top: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``top``, in order, each once."""
    chain: list[QWidget] = []
    widget = top.nextInFocusChain()
    while widget is not None and widget is not top and widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    # The line edit inside a spin box or an editable combo box is its owner's focus
    # proxy: the screen reader speaks of the owner.
    owners = [w.parentWidget() if _proxy_of_parent(w) else w for w in chain]
    return [
        w
        for w in owners
        if w is not None
        and w.window() is top
        and w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def _proxy_of_parent(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractSpinBox | QComboBox) or (
        parent is not None and parent.focusProxy() is widget
    )


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or '(no object name)'}"


def test_every_focusable_widget_has_a_name(booth: Booth, tmp_path: Path) -> None:
    unnamed = []
    walked = 0
    for name, screen in each_screen(booth, tmp_path):
        for widget in focus_chain(screen):
            walked += 1
            if not spoken_name(widget):
                unnamed.append(f"{name}: {describe(widget)}")
    assert walked > 50  # the walk really went through the screens
    assert not unnamed, "\n".join(unnamed)


def test_a_capture_field_is_named_by_what_it_holds(booth: Booth) -> None:
    view = booth.capture.view
    view.person_edits["email"].setText("grace@navy.example")  # the placeholder is gone
    assert spoken_name(view.person_edits["email"]) == "Email"
