"""A badge just read, as the capture form shows it: the person and where each field
came from, and the line that says where the badge was read from.

The texts keep the capture controller's translation context: they were its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from showfloor.domain.person import TYPED_FIELDS
from showfloor.services.lookup import ResolvedBadge


def form_person(resolved: ResolvedBadge) -> tuple[dict[str, str], dict[str, str]]:
    """Each person field's text, and its source: "badge" when the badge itself says
    it, "list" when the attendee list filled it in."""
    badge_person = resolved.badge.person
    person: dict[str, str] = {}
    sources: dict[str, str] = {}
    for key, _label in TYPED_FIELDS:
        person[key] = getattr(resolved.person, key) or ""
        if person[key]:
            sources[key] = "badge" if getattr(badge_person, key) else "list"
    return person, sources


def source_line(resolved: ResolvedBadge) -> str:
    """Where the visitor's details came from, as the line under the queue says it."""
    if resolved.unidentified:
        return QCoreApplication.translate(
            "CaptureController",
            "Unknown badge {arg0}: not on the attendee list. Type the "
            "name; the badge stays attached.",
        ).format(arg0=resolved.badge_id or "")
    if resolved.source == "attendee_list":
        return QCoreApplication.translate(
            "CaptureController", "Badge {badge_id} found on the attendee list"
        ).format(badge_id=resolved.badge_id)
    return QCoreApplication.translate("CaptureController", "Read from the badge ({fmt})").format(
        fmt=resolved.badge.format or "badge"
    )
