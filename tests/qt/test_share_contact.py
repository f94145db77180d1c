"""The full-screen "share our contact" window shows a scannable vCard and closes on Esc."""

from __future__ import annotations

import pytest
import zxingcpp
from PIL import Image
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from showfloor.domain.errors import RefusedError
from showfloor.qt.controllers.share_contact_controller import booth_contact_window
from showfloor.services.qrcodes import BoothContact, contact_vcard, set_booth_contact
from showfloor.store.database import Database

CONTACT = BoothContact(name="Anna Berg", company="Showfloor", email="anna@showfloor.example")


def test_window_shows_a_code_that_decodes_to_the_vcard(qtbot: QtBot, db: Database) -> None:
    with db.session() as session:
        set_booth_contact(session, CONTACT)
    window = booth_contact_window(db)
    qtbot.addWidget(window)
    window.resize(900, 900)
    window.show()
    qtbot.waitExposed(window)
    image = window.qr.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    raw = bytes(image.constBits())[: image.bytesPerLine() * image.height()]
    pil = Image.frombuffer("RGB", (image.width(), image.height()), raw, "raw", "RGB",
                           image.bytesPerLine(), 1)  # fmt: skip
    assert [r.text for r in zxingcpp.read_barcodes(pil)] == [contact_vcard(CONTACT)]
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_no_contact_yet_is_refused(qtbot: QtBot, db: Database) -> None:
    with pytest.raises(RefusedError, match="Set the booth contact first"):
        booth_contact_window(db)
