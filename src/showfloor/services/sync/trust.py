"""Whether this laptop trusts the laptop that wrote a bundle (keys.py, signing.py).

Trusted: this laptop's own bundle; a laptop of the team (the bundle proves it holds
a team key this laptop holds: both joined through the team setup file); a laptop
the booth lead accepted before. Anything else is a new laptop (signed, so it can be
remembered once accepted) or an unsigned file (an older Showfloor's, or forged).

A bundle can never speak for this laptop: one naming this laptop's device id, or a
remembered laptop's, under another key is refused whatever else it holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from showfloor.domain.errors import RefusedError
from showfloor.services.events import this_device
from showfloor.services.sync.bundle import Bundle
from showfloor.services.sync.keys import (
    TrustedLaptop,
    fingerprint,
    laptop_key,
    public_text,
    team_keys,
    trusted_laptops,
)
from showfloor.services.sync.signing import Signer, proves_team
from showfloor.store.settings import THIS_DEVICE, get_setting


@dataclass(frozen=True)
class Me:
    """What this laptop knows of itself and its team."""

    device_id: str
    public: str
    team_keys: list[bytes]
    known: dict[str, TrustedLaptop]


def local_identity(session: Session, *, create_device: bool = True) -> Me:
    """This laptop's identity (its device row and keys are made on first use; without
    ``create_device`` a laptop that saved nothing yet stays without a device row, as
    team sync wants: a new row would be a change to send)."""
    if create_device:
        device_id = this_device(session).id
    else:
        device_id = str(get_setting(session, THIS_DEVICE) or "")
    return Me(
        device_id,
        public_text(laptop_key(session)),
        team_keys(session),
        trusted_laptops(session),
    )


class How(StrEnum):
    SELF = "this laptop"
    TEAM = "a laptop of the team"
    KNOWN = "a laptop trusted before"
    NEW = "a laptop not trusted yet"
    UNSIGNED = "unsigned"


@dataclass(frozen=True)
class Trust:
    signer: Signer
    how: How
    name: str  # the writing laptop's name, as it calls itself

    @property
    def trusted(self) -> bool:
        return self.how in (How.SELF, How.TEAM, How.KNOWN)

    def laptop_label(self) -> str:
        key = f"key {fingerprint(self.signer.public)}" if self.signer.public else "unsigned"
        return f"'{self.name}' ({key})"


def judge(name: str, manifest: Mapping[str, Any], signer: Signer, me: Me) -> Trust:
    """How far this laptop trusts the writer of a verified bundle.

    Raises:
        RefusedError: the bundle claims to be this laptop, or a remembered laptop,
            under another key.
    """
    laptop = signer.device_name or "another laptop"
    if me.device_id and signer.device_id == me.device_id and signer.public != me.public:
        raise RefusedError(
            f"{name} claims to come from this laptop, but this laptop did not sign it; "
            "nothing was merged."
        )
    for known in me.known.values():
        if known.device_id == signer.device_id and known.public != signer.public:
            raise RefusedError(
                f"{name} claims to come from '{known.name}', but is not signed by that "
                "laptop's key; nothing was merged."
            )
    if not signer.signed:
        how = How.UNSIGNED
    elif signer.public == me.public:
        how = How.SELF
    elif proves_team(name, manifest, me.team_keys):
        how = How.TEAM
    elif signer.public in me.known:
        how = How.KNOWN
    else:
        how = How.NEW
    return Trust(signer, how, laptop)


def judge_bundle(bundle: Bundle, me: Me) -> Trust:
    return judge(bundle.path.name, bundle.manifest, bundle.signer, me)
