"""A dialog grown to what its contents need after they changed.

Qt sizes a window to its layout's minimum but not to word-wrapped labels' height for
the window's width, and not again once rows were added: a summary shown in a dialog
sized for its progress bar is squeezed until its lines overlap.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def grow_to_fit(window: QWidget) -> None:
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = max(window.width(), layout.minimumSize().width())
    wanted = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
    height = max(window.height(), wanted, layout.minimumSize().height(),
                 window.sizeHint().height())  # fmt: skip
    screen = window.screen()
    if screen is not None:  # never taller than the screen: the layout then squeezes
        height = min(height, screen.availableGeometry().height() - 40)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
