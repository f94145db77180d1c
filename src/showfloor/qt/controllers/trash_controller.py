"""Event > Deleted leads: the show's Trash, with Restore (beyond the 10 s undo)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from showfloor.domain.errors import ShowfloorError
from showfloor.qt.context import AppContext
from showfloor.qt.main_window import MainWindow
from showfloor.qt.views.trash_dialog import TrashDialog
from showfloor.services.lead_edit import restore_lead
from showfloor.services.lead_trash import deleted_leads
from showfloor.store.database import storage_errors


class TrashController(QObject):
    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.dialog: TrashDialog | None = None
        window.add_action(
            "&Event", self.tr("&Deleted leads (Trash)…"), "Ctrl+Shift+D", self.open,
            object_name="open_trash",
        )  # fmt: skip

    def open(self) -> TrashDialog:
        dialog = TrashDialog(self.window)
        dialog.restore_button.clicked.connect(self.restore_selected)
        dialog.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.dialog = dialog
        self._fill()
        dialog.open()
        return dialog

    def _fill(self) -> None:
        assert self.dialog is not None
        db = self.context.db
        with storage_errors(db.path, "trash"), db.session() as session:
            found = deleted_leads(session, self.context.event_id)
        rows = [
            (lead.name, lead.company, f"{lead.deleted_at.astimezone():%H:%M, %d %b}")
            for lead in found
        ]
        self.dialog.show_rows(rows, [lead.id for lead in found])

    def restore_selected(self) -> None:
        if self.dialog is None or (lead_id := self.dialog.selected_id()) is None:
            return
        db = self.context.db
        try:
            with storage_errors(db.path, "trash"), db.session() as session:
                record = restore_lead(session, lead_id)
        except ShowfloorError as exc:
            self.window.statusBar().showMessage(str(exc), 8000)
            return
        self.context.lead_saved.emit(record.id)  # lists show it again
        self.context.leads_changed.emit()  # and the lead count is counted again
        self.window.statusBar().showMessage(
            self.tr("Restored {name}.").format(name=record.display_name), 6000
        )
        self._fill()
