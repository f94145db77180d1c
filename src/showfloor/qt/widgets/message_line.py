"""The one-line message above a list: red for a problem, green for what was done."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from showfloor.qt.theme import banner_css, themed


def show_message_line(label: QLabel, text: str, *, error: bool = True) -> None:
    """Show ``text`` in ``label`` in the colours of a problem or a success; "" hides it."""
    tone = "error" if error else "success"
    themed(label, lambda c: banner_css(tone, c, extra="font-weight: 600;"))
    label.setText(text)
    label.setVisible(bool(text))
