"""The team passphrase of an event: bundles of that event are written sealed with it.

Kept in this data dir's settings (which never travel in a bundle or to a server),
by event id. Every laptop of the team sets the same one (``sync passphrase``), so
their sealed bundles open here with no question; a bundle sealed with another
passphrase asks for it (sealed.py).

The command line (``sync passphrase``) and the window (Settings > Team sync) both
set it through ``change_event_passphrase``: one set of rules and one wording.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from showfloor.domain.errors import RefusedError
from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.services.events import current_event
from showfloor.services.sync.sealed import NONE, Passphrases
from showfloor.store.database import Database, storage_errors
from showfloor.store.settings import get_setting, set_setting

SETTING = "bundle_passphrases"
MIN_LENGTH = 8


def _stored(session: Session) -> dict[str, str]:
    value = get_setting(session, SETTING)
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, str) and v}


def event_passphrase(session: Session) -> str | None:
    """The current event's team passphrase, or None (bundles are written plain)."""
    event = current_event(session)
    return None if event is None else _stored(session).get(event.id)


def set_event_passphrase(session: Session, passphrase: str | None) -> str:
    """Set (or with None, clear) the current event's passphrase; returns its name.

    Raises:
        RefusedError: no current event, or a passphrase too short to protect anything.
    """
    event = current_event(session)
    if event is None:
        raise RefusedError("No current event: create or choose one first (event use NAME).")
    if passphrase is not None and len(passphrase) < MIN_LENGTH:
        raise RefusedError(
            f"A team passphrase needs at least {MIN_LENGTH} characters; nothing was changed."
        )
    stored = _stored(session)
    if passphrase is None:
        stored.pop(event.id, None)
    else:
        stored[event.id] = passphrase
    set_setting(session, SETTING, stored)
    return event.name


DIFFER = "The two passphrases differ; nothing was changed."
# Where the passphrase is used, as the window says it next to the field.
USED_FOR = QT_TRANSLATE_NOOP(
    "SettingsController",
    "Bundle files this laptop writes for '{event}' (showfloor sync bundle) are sealed "
    "with it (AES-256-GCM), and File > Merge from file… opens a teammate's sealed bundle "
    "with it without asking. Set the same one on every laptop of the team. It is kept "
    "in this data folder only: never in a bundle, the setup file or on the team server.",
)


@dataclass(frozen=True)
class PassphraseState:
    """What the window shows: the current event, and whether it has a passphrase."""

    event: str | None  # None: no current event (nothing to set a passphrase for)
    kept: bool


def passphrase_state(session: Session) -> PassphraseState:
    event = current_event(session)
    if event is None:
        return PassphraseState(None, False)
    return PassphraseState(event.name, event.id in _stored(session))


def change_event_passphrase(
    session: Session, passphrase: str | None, again: str | None = None
) -> str:
    """Set the current event's passphrase, typed twice (``again``, when it was asked
    twice), or clear it with None; returns the line to show.

    Raises:
        RefusedError: the two differ, it is too short, or there is no current event.
    """
    if passphrase is not None and again is not None and passphrase != again:
        raise RefusedError(DIFFER)
    event = set_event_passphrase(session, passphrase)
    if passphrase is None:
        return f"bundles of '{event}' are written unsealed from now on"
    return f"bundles of '{event}' are sealed with the team passphrase from now on"


def with_stored(session: Session, given: Passphrases) -> Passphrases:
    """``given``, with every passphrase kept here tried after the ones given."""
    stored = tuple(p for p in _stored(session).values() if p not in given.known)
    return Passphrases((*given.known, *stored), given.ask)


def kept_passphrases(db: Database) -> Passphrases:
    """The passphrases kept in this data dir (the window tries them before asking)."""
    with storage_errors(db.path), db.session() as session:
        return with_stored(session, NONE)
