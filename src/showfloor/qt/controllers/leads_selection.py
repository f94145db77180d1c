"""The Leads table's selection and scroll position, kept across a re-read of its rows.

A refresh (a save, a merge, a sync) re-reads the page of rows; the leads that were
selected stay selected where they now are, and the view does not jump.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QTableView

from showfloor.qt.models.leads_model import LeadsModel

REMEMBER_SELECTED = 50


@dataclass(frozen=True)
class ViewState:
    """Selection and scroll position, to put back after the rows were re-read."""

    ids: tuple[str, ...]
    rows: tuple[int, ...]
    current: int
    scroll: int


def remember(table: QTableView, model: LeadsModel) -> ViewState:
    rows = sorted(i.row() for i in table.selectionModel().selectedRows())
    pairs = [(i, r) for r in rows[:REMEMBER_SELECTED] if (i := model.lead_id(r))]
    return ViewState(
        tuple(i for i, _r in pairs),
        tuple(r for _i, r in pairs),
        table.currentIndex().row(),
        table.verticalScrollBar().value(),
    )


def restore(table: QTableView, model: LeadsModel, state: ViewState) -> None:
    table.verticalScrollBar().setValue(state.scroll)
    found = [
        row
        for lead_id, near in zip(state.ids, state.rows, strict=True)
        if (row := model.find_row(lead_id, near)) is not None
    ]
    if not found and state.current >= 0 and model.count:
        found = [min(state.current, model.count - 1)]  # the row that took its place
    if found:
        select_rows(table, model, found, found[0], scroll=False)


def select_rows(
    table: QTableView, model: LeadsModel, rows: list[int], current: int, *, scroll: bool = True
) -> None:
    selection = QItemSelection()
    last = model.columnCount() - 1
    for row in rows:
        selection.select(model.index(row, 0), model.index(row, last))
    flags = QItemSelectionModel.SelectionFlag
    chooser = table.selectionModel()
    chooser.setCurrentIndex(model.index(current, 0), flags.NoUpdate)
    chooser.select(selection, flags.ClearAndSelect | flags.Rows)
    if scroll:
        table.scrollTo(model.index(current, 0))
