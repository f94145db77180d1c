"""QR codes the booth shows or prints: our own contact card, and test badges.

"Share our contact" turns the booth's vCard into a code a visitor scans with a
phone camera: quicker than a business card, and it works with no network. The
test badges hold one payload of every badge format the scanner understands, plus
a Wi-Fi code it must refuse, so staff can rehearse the scanner before doors open.

Codes are made with the ``qrcode`` library; images need Pillow (``qrcode[pil]``),
and the window and the PDF draw the module matrix themselves for sharp edges.
"""

from __future__ import annotations

import io
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from sqlalchemy.orm import Session

from showfloor.domain.booth_contact import BoothContact as BoothContact  # (re-exported)
from showfloor.domain.errors import RefusedError
from showfloor.domain.validation import (
    MAX_FIELD,
    MAX_NAME,
    check_email,
    check_length,
    clean_text,
)
from showfloor.services.export import atomic_path
from showfloor.store.settings import get_setting, set_setting

BOOTH_CONTACT = "booth_contact"
QUIET_ZONE = 4  # modules of white around the code, as ISO/IEC 18004 asks


def get_booth_contact(session: Session) -> BoothContact:
    stored = get_setting(session, BOOTH_CONTACT) or {}
    known = {f.name for f in fields(BoothContact)}
    return BoothContact(**{k: v for k, v in dict(stored).items() if k in known})


def set_booth_contact(session: Session, contact: BoothContact) -> BoothContact:
    """Check, clean and store the booth's contact; returns what was stored.

    Raises:
        RefusedError: a malformed email or an oversized field.
    """
    clean = BoothContact(
        name=check_length("The name", clean_text(contact.name), MAX_NAME),
        company=check_length("The company", clean_text(contact.company), MAX_FIELD),
        email=check_email(contact.email),
        phone=check_length("The phone", clean_text(contact.phone), 50),
        url=check_length("The web address", clean_text(contact.url), MAX_FIELD),
    )
    if clean.is_empty():
        raise RefusedError("The booth contact needs at least a name, company or email.")
    set_setting(session, BOOTH_CONTACT, asdict(clean))
    return clean


def _escape(value: str) -> str:
    """vCard text escaping (RFC 6350 3.4): backslash, comma, semicolon, line breaks."""
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def contact_vcard(contact: BoothContact) -> str:
    """The contact as a vCard 3.0, the version every phone's camera app reads."""
    if contact.is_empty():
        raise RefusedError(
            "Set the booth contact first (name, company, email, phone, web address)."
        )
    display = contact.name or contact.company or contact.email or ""
    if contact.name:
        words = contact.name.split()
        family, given = words[-1], " ".join(words[:-1])
        structured = f"{_escape(family)};{_escape(given)};;;"
    else:
        structured = ";;;;"
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{structured}", f"FN:{_escape(display)}"]
    if contact.company:
        lines.append(f"ORG:{_escape(contact.company)}")
    if contact.email:
        lines.append(f"EMAIL;TYPE=INTERNET:{contact.email}")
    if contact.phone:
        lines.append(f"TEL;TYPE=WORK,VOICE:{_escape(contact.phone)}")
    if contact.url:
        lines.append(f"URL:{contact.url.replace(chr(10), '')}")
    lines.append("END:VCARD")
    return "\r\n".join(lines)


def _code(payload: str) -> qrcode.QRCode:
    if not payload:
        raise RefusedError("A QR code needs some text to hold.")
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(payload.encode("utf-8"))
    try:
        code.make(fit=True)
    except Exception as exc:  # qrcode raises DataOverflowError (an Exception) when too long
        raise RefusedError(
            f"The text is too long for a QR code ({len(payload)} characters)."
        ) from exc
    return code


def qr_matrix(payload: str) -> list[list[bool]]:
    """The code's modules, quiet zone included; True is a dark module."""
    return [list(row) for row in _code(payload).get_matrix()]


def qr_svg(payload: str, *, size: int | None = None) -> str:
    """The code as a small SVG: one rectangle per run of dark modules, on white.

    Vector, so it prints sharp at any size, and Qt draws it in one call
    (QSvgRenderer). Rectangles rather than one path: Qt's PDF engine fills a long
    path of many small squares wrongly (it joins the squares and fills the gaps).
    """
    matrix = qr_matrix(payload)
    n = len(matrix)
    runs = []
    for y, row in enumerate(matrix):
        x = 0
        while x < n:
            if row[x]:
                start = x
                while x < n and row[x]:
                    x += 1
                runs.append(f'<rect x="{start}" y="{y}" width="{x - start}" height="1"/>')
            else:
                x += 1
    dims = f' width="{size}" height="{size}"' if size else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {n} {n}"{dims}>'
        f'<rect width="{n}" height="{n}" fill="#ffffff"/>'
        f'<g fill="#000000">{"".join(runs)}</g></svg>'
    )


def qr_png(payload: str, *, box_size: int = 12) -> bytes:
    """The code as a PNG, ``box_size`` pixels per module, black on white."""
    image = _code(payload).make_image(fill_color="black", back_color="white")
    buffer = io.BytesIO()
    image.resize(
        (image.size[0] * box_size // image.box_size, image.size[1] * box_size // image.box_size)
    ).save(buffer, format="PNG")
    return buffer.getvalue()


def write_qr_png(payload: str, path: Path, *, box_size: int = 12) -> Path:
    """Write the code as a PNG file, atomically; returns the path."""
    data = qr_png(payload, box_size=box_size)
    with atomic_path(path) as temp:
        temp.write_bytes(data)
    return path


@dataclass(frozen=True)
class TestBadge:
    """One rehearsal code: what it is, what it holds, and whether it must be refused."""

    label: str
    format: str
    payload: str
    must_refuse: bool = False


TEST_BADGES: tuple[TestBadge, ...] = (
    TestBadge(
        "vCard 2.1",
        "vcard",
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lovelace;Ada\r\nFN:Ada Lovelace\r\n"
        "ORG:Analytical Engines Ltd\r\nTITLE:Head of Research\r\n"
        "EMAIL;INTERNET:ada@engines.example\r\nTEL;WORK:+44 20 7946 0001\r\nEND:VCARD",
    ),
    TestBadge(
        "vCard 3.0",
        "vcard",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Tanaka;Mei;;;\r\nFN:Mei Tanaka\r\n"
        "ORG:Kaizen Retail\r\nTITLE:Buyer\r\nEMAIL;TYPE=INTERNET:mei.tanaka@kaizen.example\r\n"
        "TEL;TYPE=CELL:+81 3 1234 5678\r\nEND:VCARD",
    ),
    TestBadge(
        "vCard 4.0",
        "vcard",
        "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Álvarez;Tomás;;;\r\nFN:Tomás Álvarez\r\n"
        "ORG:Iberia Freight\r\nTITLE:CTO\r\nEMAIL:tomas@iberiafreight.example\r\n"
        "TEL;VALUE=uri;TYPE=work:tel:+34-91-123-4567\r\nEND:VCARD",
    ),
    TestBadge(
        "MECARD",
        "mecard",
        "MECARD:N:Weber,Jonas;ORG:Weber & Söhne;EMAIL:jonas@weber-soehne.example;"
        "TEL:+4930123456;;",
    ),
    TestBadge(
        "BIZCARD",
        "bizcard",
        "BIZCARD:N:Priya;X:Raman;T:Head of Ops;C:Northwind Labs;"
        "E:priya@northwind.example;B:+1 555 0100;;",
    ),
    TestBadge(
        "JSON",
        "json",
        '{"attendee_id": "A-10021", "first_name": "Fatima", "last_name": "Zahra", '
        '"company": "Open Supply Forum", "job_title": "Editor", "email": "fatima@osf.example"}',
    ),
    TestBadge(
        "Fields joined by ::",
        "fields",
        "100233::Lindqvist::Sofia::Nordic Expo Services::sofia@nordicexpo.example",
    ),
    TestBadge(
        "Link with attendee id",
        "url",
        "https://register.demo-expo.example/attendee/A-10018?utm_source=badge",
    ),
    TestBadge("Opaque ticket id", "id", "T9S6-P4WL"),
    TestBadge(
        "Wi-Fi code: must be refused",
        "wifi",
        "WIFI:T:WPA;S:DemoExpo-Guest;P:booth2026;;",
        must_refuse=True,
    ),
)
