"""A returning visitor as the capture form shows them: the banner and earlier visits.

Layout and wording only; the controller passes the lead's record (a domain value).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from showfloor.domain.questions import QUESTIONS, VisitorClass
from showfloor.domain.records import LeadRecord


def local_time(value: datetime | None) -> str:
    return "" if value is None else value.astimezone().strftime("%H:%M")


def visit_banner(known: LeadRecord, here: str | None = None) -> str:
    """'Visit 2 — last seen 10:42 by Anna on laptop-2, mentor'.

    ``here``: this laptop's device id; a last visit captured elsewhere (it came by
    team sync or a bundle) names the laptop it was captured on.
    """
    last = known.history[-1] if known.history else None
    when = local_time(known.last_seen)
    by = f" by {last.staff}" if last and last.staff else ""
    elsewhere = last is not None and last.device and last.device_id != here
    on = f" on {last.device}" if last is not None and elsewhere else ""
    cls = f", {VisitorClass(last.visitor_class).label.lower()}" if last else ""
    return f"Visit {known.visits + 1} — last seen {when}{by}{on}{cls}"


def earlier_consent(known: LeadRecord) -> str | None:
    """A returning visitor's consent, with its time and text version; None if not given."""
    if not known.consent:
        return None
    when = known.consent_at.astimezone().strftime("%d %b %H:%M") if known.consent_at else ""
    version = known.consent_text_version
    text = f", consent text v{version}" if version else ""
    return f"Agreed on an earlier visit ({when}{text}); kept as given."


def show_visit_history(known: LeadRecord, parent: QWidget) -> QMessageBox:
    """Their earlier visits (answers and notes), in a box that does not block the form."""
    parts = []
    for visit in known.history:
        labels = {q.key: q.label for q in QUESTIONS[VisitorClass(visit.visitor_class)]}
        answers = "".join(
            f"<br>&nbsp;&nbsp;{labels.get(k, k)}: {_esc(v)}" for k, v in visit.answers.items()
        )
        notes = f"<br>&nbsp;&nbsp;<i>{_esc(visit.notes)}</i>" if visit.notes else ""
        parts.append(
            f"<p><b>Visit {visit.number}</b> — {visit.at.astimezone():%a %H:%M}, "
            f"{_esc(visit.staff or 'unknown staff')}, {visit.visitor_class}"
            f"{notes}{answers}</p>"
        )
    box = QMessageBox(parent)
    box.setObjectName("history_dialog")
    box.setWindowTitle(f"Earlier visits of {known.display_name}")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText("".join(parts))
    box.open()
    return box


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
