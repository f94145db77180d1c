"""Staff > Staff and emails: give each staff member the email the CRM knows them by."""

from __future__ import annotations

from PySide6.QtCore import QObject

from showfloor.domain.errors import ShowfloorError
from showfloor.qt.context import AppContext
from showfloor.qt.main_window import MainWindow
from showfloor.qt.views.staff_dialog import StaffDialog
from showfloor.services.events import add_staff, list_staff, set_staff_email


class StaffController(QObject):
    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.context, self.window = context, window
        self.dialog: StaffDialog | None = None
        window.add_action("&Staff", self.tr("Staff and &emails…"), "Ctrl+Shift+O", self.open)

    def open(self) -> StaffDialog:
        """Show the dialog (non-modal in tests: call ``save`` to press Save)."""
        with self.context.db.session() as session:
            staff = [(s.name, s.email) for s in list_staff(session)]
        dialog = StaffDialog(staff, self.window)
        dialog.add_button.clicked.connect(lambda: self._add_row(dialog))
        dialog.buttons.accepted.connect(lambda: self.save(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    @staticmethod
    def _add_row(dialog: StaffDialog) -> None:
        row = dialog.add_row()
        dialog.table.setCurrentCell(row, 0)
        item = dialog.table.item(row, 0)
        if item is not None:
            dialog.table.editItem(item)

    def save(self, dialog: StaffDialog) -> bool:
        """Store every row in one transaction; on a bad email say which, keep the dialog."""
        try:
            with self.context.db.session() as session:
                for row, (name, email) in enumerate(dialog.rows()):
                    if row < dialog.fixed_rows:
                        set_staff_email(session, name, email or None)
                    elif name:
                        add_staff(session, name, email or None)
                    elif email:
                        raise ShowfloorError(
                            self.tr("Row {arg0}: give {email} a name.").format(
                                arg0=row + 1, email=email
                            )
                        )
        except ShowfloorError as exc:
            dialog.show_error(str(exc))
            return False
        dialog.accept()
        self.window.statusBar().showMessage(self.tr("Staff saved."), 5000)
        return True
