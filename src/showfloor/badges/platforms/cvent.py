"""Cvent: what its badges carry and how its export names them."""

from __future__ import annotations

from showfloor.badges.platforms.rule import Platform, ScanKeys, column_targets, header_set

# Registrant reports carry "Confirmation Number" and "Registration ID"; badge and app
# vendors built on Cvent put a prefix before the confirmation number: SpotMe encodes
# "SB" + confirmation number (support.spotme.com/hc/en-us/articles/7501202920467,
# "Bring your own attendee badge QR codes"). Known prefixes are stripped surely;
# any other short prefix is only a guess.
_CVENT_PREFIXES = ("SB",)
_MIN_CONFIRMATION = 6


def _cvent_scan(code: str) -> ScanKeys:
    strong = tuple(
        code[len(p) :]
        for p in _CVENT_PREFIXES
        if code.upper().startswith(p) and len(code) - len(p) >= _MIN_CONFIRMATION
    )
    weak = tuple(
        code[n:] for n in (1, 2, 3, 4) if len(code) - n >= _MIN_CONFIRMATION and code[n:].isalnum()
    )
    return ScanKeys(strong, weak)


CVENT = Platform(
    "cvent",
    "Cvent",
    signatures=(
        header_set("Confirmation Number", "Registration Type"),
        header_set("Confirmation Number", "Registration ID"),
    ),
    columns=column_targets({"Confirmation Number": "ticket_code", "Registration ID": "badge_id"}),
    scan=_cvent_scan,
    badge_note="confirmation number, often after a vendor prefix (SB...)",
)
