"""The one-line message above a list: red for a problem, green for what was done."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def show_message_line(label: QLabel, text: str, *, error: bool = True) -> None:
    """Show ``text`` in ``label`` in the colours of a problem or a success; "" hides it."""
    fore, back, edge = (
        ("#7f1d1d", "#fee2e2", "#f87171") if error else ("#14532d", "#dcfce7", "#4ade80")
    )
    label.setStyleSheet(
        f"QLabel {{ background: {back}; border: 1px solid {edge}; border-radius: 6px;"
        f" padding: 6px 10px; color: {fore}; font-weight: 600; }}"
    )
    label.setText(text)
    label.setVisible(bool(text))
