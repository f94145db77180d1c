"""The lead dialog's corrections: a visit's answers and notes, and the follow-up.

Kept beside the leads controller: it fills the dialog's visit editor, keeps what was
typed for each visit while the picker moves between them, and hands back only what
changed, with the values the dialog started from (services/visit_edit.py writes
those and stamps them, so they merge by the newest edit).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from PySide6.QtCore import QCoreApplication

from showfloor.domain.questions import VisitorClass
from showfloor.qt import locale_text
from showfloor.qt.domain_text import class_label
from showfloor.qt.views.lead_dialog import LeadDialog
from showfloor.services.leads import LeadRecord, VisitRecord
from showfloor.services.visit_edit import VisitEdit, edit_visits, set_follow_up


class LeadDialogEdits:
    def __init__(self, dialog: LeadDialog, record: LeadRecord, staff: list[str]) -> None:
        self.dialog = dialog
        self.record = record
        self.visits: list[VisitRecord] = [v for v in reversed(record.history) if v.id]
        self.bases = {v.id: VisitEdit(v.id, dict(v.answers), v.notes) for v in self.visits}
        self.edits = dict(self.bases)
        self._shown: str | None = None
        for visit in self.visits:
            when = locale_text.day_clock(visit.at)
            cls = _label(visit.visitor_class)
            with_staff = f", {visit.staff}" if visit.staff else ""
            dialog.visit_picker.addItem(
                QCoreApplication.translate(
                    "LeadDialogEdits", "Visit {number} — {when}{with_staff} ({cls})"
                ).format(number=visit.number, when=when, with_staff=with_staff, cls=cls),
                visit.id,
            )
        dialog.visit_picker.currentIndexChanged.connect(lambda _i: self._show_picked())
        dialog.visit_picker.setEnabled(bool(self.visits))
        self._show_picked()
        dialog.owner_combo.addItem("")
        for name in staff:
            dialog.owner_combo.addItem(name)
        dialog.owner_combo.setCurrentText(record.follow_up_owner or "")
        dialog.done_check.setChecked(record.follow_up_done_at is not None)

    def _show_picked(self) -> None:
        self._keep_typed()
        visit_id = self.dialog.visit_picker.currentData()
        visit = next((v for v in self.visits if v.id == visit_id), None)
        self._shown = visit_id
        if visit is None:
            return
        classes = [c.value for c in VisitorClass]
        cls = visit.visitor_class if visit.visitor_class in classes else classes[0]
        self.dialog.answer_pages.setCurrentIndex(classes.index(cls))
        edit = self.edits[visit.id]
        for key, line in self.dialog.answer_edits[cls].items():
            line.setText(edit.answers.get(key, ""))
        self.dialog.visit_notes.setPlainText(edit.notes or "")

    def _keep_typed(self) -> None:
        """What is typed for the visit on screen, kept while another one is shown."""
        if self._shown is None or self._shown not in self.edits:
            return
        visit = next(v for v in self.visits if v.id == self._shown)
        lines = self.dialog.answer_edits.get(visit.visitor_class, {})
        answers = dict(self.edits[self._shown].answers)
        for key, line in lines.items():
            answers[key] = line.text()
        notes = self.dialog.visit_notes.toPlainText() or None
        self.edits[self._shown] = VisitEdit(self._shown, answers, notes)

    def save(self, session: Session, lead_id: str) -> None:
        """Write the corrected visits and the follow-up (inside the dialog's save)."""
        self._keep_typed()
        changed = [e for vid, e in self.edits.items() if _differs(e, self.bases[vid])]
        if changed:
            edit_visits(session, lead_id, changed, [self.bases[e.visit_id] for e in changed])
        owner = self.dialog.owner_combo.currentText().strip()
        done = self.dialog.done_check.isChecked()
        set_follow_up(
            session,
            lead_id,
            owner=owner if owner != (self.record.follow_up_owner or "") else None,
            done=done if done != (self.record.follow_up_done_at is not None) else None,
        )


def _differs(edit: VisitEdit, base: VisitEdit) -> bool:
    def clean(answers: object) -> dict[str, str]:
        return {k: v.strip() for k, v in dict(answers).items() if v and v.strip()}  # type: ignore[call-overload]

    return clean(edit.answers) != clean(base.answers) or (edit.notes or "") != (base.notes or "")


def _label(value: str) -> str:
    try:
        return class_label(VisitorClass(value))
    except ValueError:
        return value
