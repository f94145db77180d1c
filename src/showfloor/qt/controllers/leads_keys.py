"""The Leads view's own keys: Enter opens the lead, Delete deletes the selection, Enter
or Down in the search box goes to the matches, Esc clears the search, Ctrl+Z undoes a
delete. The controller's event filter asks this which action a key means."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

if TYPE_CHECKING:
    from showfloor.qt.controllers.leads_controller import LeadsController

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_DELETE = (Qt.Key.Key_Delete,)


def key_action(
    leads: LeadsController, watched: QObject, event: QKeyEvent
) -> Callable[[], None] | None:
    """What a key pressed in the table, the search box or the view does (None: not ours)."""
    key, mods = event.key(), event.modifiers()
    plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
    v = leads.view
    if watched is v.table and plain:
        if key in _ENTER:
            return lambda: leads.open_lead(v.table.currentIndex().row())
        if key in _DELETE:
            return leads.delete_selected
    if watched is v.search and plain:
        if key in (*_ENTER, Qt.Key.Key_Down):
            return leads.focus_table
        if key == Qt.Key.Key_Escape and v.search.text():
            return leads.clear_search
    if watched is v:
        if event.matches(QKeySequence.StandardKey.Undo) and leads.deleted_pending:
            return leads.undo_delete
        if key == Qt.Key.Key_Escape and plain and v.search.text():
            return leads.clear_search
    return None
