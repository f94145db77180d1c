"""Rows into an .xlsx workbook, every cell as text (xlsxwriter).

Why xlsxwriter: it writes the file itself in constant memory (one row at a time,
like the CSV export), is pure Python and well kept, and ``write_string`` stores a
cell as a string, so nothing is run as a formula (no apostrophe trick needed),
badge ids such as ``00123`` keep their zeros and ``1E5`` never becomes 100000.
The text number format on every column keeps it that way when a person edits a
cell in Excel or LibreOffice.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from showfloor.domain.errors import RefusedError

# Excel refuses longer cells; the CSV export has no such limit.
MAX_CELL = 32_767
# Excel's sheet height; a longer export would need a second sheet no importer reads.
MAX_ROWS = 1_048_576
SHEET = "Leads"


class XlsxRows:
    """A ``csv.writer``-like sink: ``writerow(cells)``; the file is complete on close."""

    def __init__(self, path: Path) -> None:
        self._book = xlsxwriter.Workbook(
            str(path), {"constant_memory": True, "strings_to_numbers": False}
        )
        self._sheet = self._book.add_worksheet(SHEET)
        self._text = self._book.add_format({"num_format": "@"})
        self._header = self._book.add_format({"num_format": "@", "bold": True})
        self._row = 0

    def writerow(self, cells: Sequence[str]) -> None:
        if self._row >= MAX_ROWS:
            raise RefusedError(
                f"An .xlsx sheet holds at most {MAX_ROWS - 1} leads; export a class or a "
                "rating at a time, or use CSV."
            )
        if self._row == 0:
            self._sheet.set_column(0, max(len(cells) - 1, 0), 18, self._text)
            self._sheet.freeze_panes(1, 0)
        style = self._header if self._row == 0 else self._text
        write = self._sheet.write_string
        row = self._row
        for col, cell in enumerate(cells):
            if cell:
                text = cell if len(cell) <= MAX_CELL else cell[: MAX_CELL - 1] + "…"
                write(row, col, text, style)
        self._row += 1

    def __enter__(self) -> XlsxRows:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self._book.close()
        except FileCreateError as error:  # the folder went away or filled up meanwhile
            if exc is None:
                raise RefusedError(f"Could not write the .xlsx file: {error}") from error
