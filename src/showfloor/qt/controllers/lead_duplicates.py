"""The Leads view's possible duplicate: a hint for the selected lead, and combining
the two when the booth lead says so (never without: a backup is made first).

The look-alike is looked up off the GUI thread (``LeadLookAlike``), a moment after
the selection settles. The texts keep the leads controller's translation context:
they were its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from showfloor.domain.errors import ShowfloorError
from showfloor.qt.controllers.lead_look_alike import LeadLookAlike
from showfloor.services.combine_leads import combine_leads
from showfloor.services.duplicates import Possible

if TYPE_CHECKING:
    from showfloor.qt.controllers.leads_controller import LeadsController

DUPLICATE_DEBOUNCE_MS = 150


class LeadDuplicates(QObject):
    def __init__(self, leads: LeadsController) -> None:
        super().__init__(leads)
        self.leads = leads
        self.current: tuple[str, Possible] | None = None  # (selected lead, its look-alike)
        self._look_alike = LeadLookAlike(leads.context, self)
        self._timer = QTimer(self, singleShot=True, interval=DUPLICATE_DEBOUNCE_MS)
        view = leads.view
        view.table.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self._timer.start()
        )
        view.combine_button.clicked.connect(self.combine)
        self._timer.timeout.connect(self.look)
        self._look_alike.found.connect(self._on_look_alike)

    def _selected(self) -> str | None:
        leads = self.leads
        return leads.model.lead_id(leads.view.table.currentIndex().row())

    def look(self) -> None:
        """Hint when the selected lead may be someone already in the list (never joined
        without the booth lead saying so); looked up off the GUI thread."""
        self._timer.stop()
        lead_id = self._selected()
        self.current = None
        self.leads.view.show_duplicate("")  # (not the previous lead's hint meanwhile)
        if lead_id is None:
            self._look_alike.forget()
            return
        self._look_alike.ask(lead_id)

    def _on_look_alike(self, lead_id: str, other: object) -> None:
        if not isinstance(other, Possible):
            return
        if lead_id != self._selected():
            return  # the selection moved on
        self.current = (lead_id, other)
        visits = self.leads.visits_text(other.visits)
        self.leads.view.show_duplicate(
            QCoreApplication.translate(
                "LeadsController", "Possible duplicate: {who}, {visits} ({reason})."
            ).format(who=other.who, visits=visits, reason=other.reason)
        )

    def combine(self) -> None:
        if self.current is None:
            return
        leads = self.leads
        lead_id, other = self.current
        shown = leads.model.row_at(leads.view.table.currentIndex().row())
        name = (
            shown.name
            if shown is not None
            else QCoreApplication.translate("LeadsController", "this lead")
        )
        if not self._confirm(name, other):
            return
        paths = leads.context.paths
        try:
            result = combine_leads(
                leads.context.db, paths.database, [paths.backups], lead_id, other.lead_id
            )
        except ShowfloorError as exc:
            leads.view.show_message(str(exc))
            return
        self.current = None
        leads.view.show_duplicate("")
        leads.context.leads_changed.emit()
        leads.refresh_now()
        row = leads.model.find_row(result.lead.id, leads.near_row())
        if row is not None:
            leads.select_rows([row], row)
        leads.flash(
            QCoreApplication.translate(
                "LeadsController",
                "Combined into {display_name}: {visits} visits. Undo: backup restore {backup_id}.",
            ).format(
                display_name=result.lead.display_name,
                visits=result.lead.visits,
                backup_id=result.backup_id,
            )
        )

    def _confirm(self, name: str, other: Possible) -> bool:
        answer = QMessageBox.question(
            self.leads.view,
            QCoreApplication.translate("LeadsController", "Combine these two leads"),
            QCoreApplication.translate(
                "LeadsController",
                "Combine {name} and {who} into one lead? Every visit of both "
                "is kept; for each field the newest value stays. A backup is "
                "made first.",
            ).format(name=name, who=other.who),
        )
        return answer == QMessageBox.StandardButton.Yes

    def shutdown(self) -> None:
        self._timer.stop()
        self._look_alike.shutdown()
