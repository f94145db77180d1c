"""Fill a camera combo box with the cameras found, keeping what staff chose."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox

Choice = tuple[str, str | None]  # (label, spec); spec None means "no camera"


def fill_camera_picker(combo: QComboBox, choices: Sequence[Choice], current: str | None) -> bool:
    """Replace the entries with `choices` and select `current` (else the first entry).

    Nothing is emitted (a refresh is not a choice), and nothing changes when the
    entries are the same already, so an open drop-down stays open.

    Returns:
        True when the entries changed.
    """
    wanted = list(choices)
    same = combo.count() == len(wanted) and all(
        combo.itemText(i) == label and combo.itemData(i) == spec
        for i, (label, spec) in enumerate(wanted)
    )
    with QSignalBlocker(combo):
        if not same:
            combo.clear()
            for label, spec in wanted:
                combo.addItem(label, spec)
        index = next((i for i, (_, spec) in enumerate(wanted) if spec == current), 0)
        combo.setCurrentIndex(index)
    return not same
