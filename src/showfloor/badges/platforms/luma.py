"""Luma: what its badges carry and how its export names them."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import parse_qsl

from showfloor.badges.platforms.rule import EXTRA, Composition, Platform, column_targets, header_set

# Check-in QR codes are links: https://luma.com/check-in/<event-id>?pk=<key> (also the
# older lu.ma host). Guest keys start with "g-"; the CSV export's qr_code_url holds
# the ticket key of each ticket. Public docs: help.luma.com/p/check-in-guests-for-
# in-person-events ("Understanding QR Code Formats"). A guest-key code resolves only
# if the list holds that key (guests with one ticket: Luma accepts both; this list
# only knows the ticket key).
_LUMA_HOSTS = frozenset({"lu.ma", "www.lu.ma", "luma.com", "www.luma.com"})


def _luma_url(host: str, path: str, query: Mapping[str, str]) -> tuple[str, ...] | None:
    if host.lower() not in _LUMA_HOSTS or not path.lower().startswith("/check-in/"):
        return None
    key = query.get("pk", "").strip()
    return (key,) if key else None


def _luma_pk(url: str) -> str | None:
    """The pk of a check-in link in the export (qr_code_url)."""
    _, _, query = url.partition("?")
    for name, value in parse_qsl(query.split("#", 1)[0]):
        if name == "pk" and value.strip():
            return value.strip()
    return None


LUMA = Platform(
    "luma",
    "Luma",
    signatures=(header_set("api_id", "qr_code_url"), header_set("api_id", "approval_status")),
    columns=column_targets({"qr_code_url": EXTRA, "api_id": "badge_id"}),
    compositions=(Composition("ticket_code", ("qrcodeurl",), "qr_code_url (its pk)", _luma_pk),),
    url_keys=_luma_url,
    badge_note="check-in link luma.com/check-in/...?pk=KEY",
    composed_first=True,
)
