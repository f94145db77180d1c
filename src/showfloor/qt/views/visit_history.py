"""A returning visitor as the capture form shows them: the banner and earlier visits.

Layout and wording only; the controller passes the lead's record (a domain value).
Times are on the event's clock and in the window's language (``qt/locale_text.py``).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from showfloor.domain.questions import QUESTIONS, VisitorClass
from showfloor.domain.records import LeadRecord
from showfloor.qt import locale_text, translations
from showfloor.qt.domain_text import class_label, question_label

# The words were the capture controller's before they moved here: their catalog
# entries keep its context ("CaptureController").


def local_time(value: datetime | None) -> str:
    return "" if value is None else locale_text.clock(value)


def _in_a_sentence(label: str) -> str:
    """A class label inside a sentence: lower case, except in German, where nouns keep
    their capital ("Kunde")."""
    return label if translations.current_language() == "de" else label.lower()


def visit_banner(known: LeadRecord, here: str | None = None) -> str:
    """'Visit 2 — last seen 10:42 by Anna on laptop-2, mentor'.

    ``here``: this laptop's device id; a last visit captured elsewhere (it came by
    team sync or a bundle) names the laptop it was captured on.
    """
    last = known.history[-1] if known.history else None
    when = local_time(known.last_seen)
    by = (
        QCoreApplication.translate("CaptureController", " by {staff}").format(staff=last.staff)
        if last and last.staff
        else ""
    )
    elsewhere = last is not None and last.device and last.device_id != here
    on = (
        QCoreApplication.translate("CaptureController", " on {device}").format(device=last.device)
        if last is not None and elsewhere
        else ""
    )
    cls = f", {_in_a_sentence(class_label(last.visitor_class))}" if last else ""
    return QCoreApplication.translate(
        "CaptureController", "Visit {number} — last seen {when}{by}{on}{cls}"
    ).format(number=known.visits + 1, when=when, by=by, on=on, cls=cls)


def earlier_consent(known: LeadRecord) -> str | None:
    """A returning visitor's consent, with its time and text version; None if not given."""
    if not known.consent:
        return None
    when = locale_text.day_clock(known.consent_at) if known.consent_at else ""
    version = known.consent_text_version
    text = (
        QCoreApplication.translate("CaptureController", ", consent text v{version}").format(
            version=version
        )
        if version
        else ""
    )
    return QCoreApplication.translate(
        "CaptureController", "Agreed on an earlier visit ({when}{text}); kept as given."
    ).format(when=when, text=text)


def show_visit_history(known: LeadRecord, parent: QWidget) -> QMessageBox:
    """Their earlier visits (answers and notes), in a box that does not block the form."""
    parts = []
    for visit in known.history:
        labels = {q.key: question_label(q) for q in QUESTIONS[VisitorClass(visit.visitor_class)]}
        answers = "".join(
            f"<br>&nbsp;&nbsp;{labels.get(k, k)}: {_esc(v)}" for k, v in visit.answers.items()
        )
        notes = f"<br>&nbsp;&nbsp;<i>{_esc(visit.notes)}</i>" if visit.notes else ""
        parts.append(
            QCoreApplication.translate(
                "CaptureController",
                "<p><b>Visit {number}</b> — {when}, {staff}, {visitor_class}{notes}{answers}</p>",
            ).format(
                number=visit.number,
                when=locale_text.weekday_clock(visit.at),
                staff=_esc(
                    visit.staff or QCoreApplication.translate("CaptureController", "unknown staff")
                ),
                visitor_class=visit.visitor_class,
                notes=notes,
                answers=answers,
            )
        )
    box = QMessageBox(parent)
    box.setObjectName("history_dialog")
    box.setWindowTitle(
        QCoreApplication.translate("CaptureController", "Earlier visits of {display_name}").format(
            display_name=known.display_name
        )
    )
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText("".join(parts))
    box.open()
    return box


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
