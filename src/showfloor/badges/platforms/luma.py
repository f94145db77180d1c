"""Luma: what its badges carry and how its export names them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import parse_qsl

from showfloor.badges.platforms.rule import EXTRA, Composition, Platform, column_targets, header_set

# Check-in QR codes are links: https://luma.com/check-in/<event-id>?pk=<key> (also the
# older lu.ma host). Public docs: help.luma.com/p/check-in-guests-for-in-person-events
# ("Understanding QR Code Formats"): the QR code on the ticket Luma emails a guest holds
# the guest key ("g-abc123"); the CSV export's qr_code_url holds one ticket key per
# ticket ("xyz789"), "be aware that the CSV export contains ticket keys while the
# actual tickets sent to guests contain guest keys". Luma's own scanner knows both;
# offline, nothing in the CSV export leads from a guest key to its row (the key is no
# function of api_id). A list that carries the guest's own check-in link, as Luma's
# API returns it (a guest's "check_in_qr_code", Luma API reference at docs.luma.com),
# resolves guest keys too: that link's pk becomes the row's badge id. Without one, the
# preview warns before the show that emailed tickets will not be found.
_LUMA_HOSTS = frozenset({"lu.ma", "www.lu.ma", "luma.com", "www.luma.com"})
_BARE_KEY = re.compile(r"^g-[A-Za-z0-9]{4,40}$")


def _luma_url(host: str, path: str, query: Mapping[str, str]) -> tuple[str, ...] | None:
    if host.lower() not in _LUMA_HOSTS or not path.lower().startswith("/check-in/"):
        return None
    key = query.get("pk", "").strip()
    return (key,) if key else None


def _luma_pk(url: str) -> str | None:
    """The pk of a check-in link in the export (qr_code_url, check_in_qr_code)."""
    url = url.strip()
    if _BARE_KEY.match(url):
        return url  # the key alone, as some API-built lists hold it
    _, _, query = url.partition("?")
    for name, value in parse_qsl(query.split("#", 1)[0]):
        if name == "pk" and value.strip():
            return value.strip()
    return None


def _luma_caveat(keys: frozenset[str], resolvable: bool) -> str | None:
    if "checkinqrcode" in keys:
        return None
    return (
        "Luma's CSV export holds ticket keys only, while the QR code Luma emails each "
        "guest holds their guest key (pk=g-...): those tickets will not find anyone here. "
        "Ask for a list with each guest's check_in_qr_code, or type the name."
    )


LUMA = Platform(
    "luma",
    "Luma",
    signatures=(
        header_set("api_id", "qr_code_url"),
        header_set("api_id", "approval_status"),
        header_set("api_id", "check_in_qr_code"),
    ),
    # The API's guest fields (user_name, user_email...) for lists built from it.
    columns=column_targets(
        {
            "qr_code_url": EXTRA,
            "check_in_qr_code": EXTRA,
            "api_id": "badge_id",
            "user_name": "full_name",
            "user_first_name": "first_name",
            "user_last_name": "last_name",
            "user_email": "email",
        }
    ),
    compositions=(
        Composition(
            "badge_id", ("checkinqrcode",), "check_in_qr_code (its pk)", _luma_pk, overrides=True
        ),
        Composition("ticket_code", ("qrcodeurl",), "qr_code_url (its pk)", _luma_pk),
    ),
    url_keys=_luma_url,
    badge_note="check-in link luma.com/check-in/...?pk=KEY",
    composed_first=True,
    caveat=_luma_caveat,
)
