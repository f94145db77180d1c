"""File > Share our contact: the stored booth contact into its full-screen QR window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from showfloor.domain.errors import RefusedError
from showfloor.qt.views.share_contact import ShareContactWindow
from showfloor.services.qrcodes import contact_vcard, get_booth_contact, qr_svg
from showfloor.store.database import Database


def booth_contact_window(db: Database, parent: QWidget | None = None) -> ShareContactWindow:
    """The window for the contact stored in this data dir; show it with ``showFullScreen()``.

    Raises:
        RefusedError: no booth contact was set yet (the message says how).
    """
    with db.session() as session:
        contact = get_booth_contact(session)
    if contact.is_empty():
        raise RefusedError(
            QCoreApplication.translate(
                "ShareContactWindow",
                "Set the booth contact first (showfloor qr contact --name ... --email ...).",
            )
        )
    vcard = contact_vcard(contact)
    return ShareContactWindow(contact, vcard, qr_svg(vcard), parent)
