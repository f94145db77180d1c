"""Table column widths that never clip their header, in any language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QTableView


def set_column_widths(table: QTableView, widths: Sequence[int]) -> None:
    """Each column ``widths[i]`` wide, or as wide as its header needs when that is more
    ("Bewertung" and "Zuletzt gesehen" are longer than "Rating" and "Last seen")."""
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
