"""Before the show: one laptop sets the event up, the others join it (issue 13).

``event share`` writes a team setup file: a bundle holding the event, the staff, the
organiser's attendee list and no leads, with the settings every laptop should share
in its manifest (consent texts, so a consent's text version means the same text on
every laptop; the phone country; question labels; the CRM lead source; the team
server's address, never its password, so a laptop that joins syncs live once the
password is typed in Settings > Team sync). A laptop
that joins from it has the same event id, so its leads merge with no question.

The setup file also carries the sharer's team key (services/sync/keys.py): laptops
that joined from it trust each other's bundles with no question, and key erased
people's hashes alike. So it is the team's secret: hand it to the team's laptops
only. It is signed like any bundle; a changed one is refused.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from showfloor.domain.errors import RefusedError
from showfloor.domain.settings_registry import TEAM_SERVER_URL
from showfloor.domain.shows import SUGGEST_FROM, dates_agree, likeness, same_show
from showfloor.services.events import require_current_event, this_device, use_event
from showfloor.services.preferences import load_preferences, save_preferences
from showfloor.services.sync.bundle import open_bundle, read_bundle_events, write_bundle
from showfloor.services.sync.keys import (
    TEAM_KEY_BYTES,
    b64,
    join_team,
    laptop_key,
    remember_laptop,
    team_keys,
    unb64,
)
from showfloor.services.sync.merge import merge_snapshot
from showfloor.services.sync.server_settings import check_server_url, read_server
from showfloor.services.sync.snapshot import TABLES, Snapshot, mergeable_rows
from showfloor.services.sync.trust import judge_bundle, local_identity
from showfloor.store.database import Database, storage_errors
from showfloor.store.models import Event, EventAlias
from showfloor.store.settings import CONSENT_TEXTS, get_setting, set_setting

SETUP_KIND = "team-setup"
TEAM_KEY = "team_key"  # manifest key of the sharer's team key
# Settings a laptop takes from the setup file (key in the settings table).
_SHARED_SETTINGS = (CONSENT_TEXTS, "export_lead_source", "retention_days")


@dataclass(frozen=True)
class SetupInfo:
    event: str
    staff: int
    attendees: int


def share_event(db: Database, path: Path) -> SetupInfo:
    """Write the current event's team setup file to ``path``."""
    with storage_errors(db.path):
        with db.session() as session:
            event = require_current_event(session)
            event_id, name = event.id, event.name
            device = this_device(session)
            device_id, device_name = device.id, device.name
            settings = _shared_settings(session)
            signer, keys = laptop_key(session), team_keys(session)
        with db.engine.connect() as conn, conn.begin():
            snap = Snapshot()
            events = TABLES["events"]
            snap.tables["events"] = mergeable_rows(conn, events, events.c.id == event_id)
            snap.tables["staff"] = mergeable_rows(conn, TABLES["staff"])  # PINs stay here
            attendees = TABLES["attendees"]
            snap.tables["attendees"] = mergeable_rows(
                conn, attendees, attendees.c.event_id == event_id
            )
            aliases = TABLES["event_aliases"]
            snap.tables["event_aliases"] = mergeable_rows(
                conn, aliases, aliases.c.event_id == event_id
            )
    extra = {"kind": SETUP_KIND, "settings": settings, TEAM_KEY: b64(keys[0])}
    write_bundle(
        path, snap, device_id, extra, signer=signer, team_keys=keys, device_name=device_name
    )
    return SetupInfo(name, len(snap["staff"]), len(snap["attendees"]))


def join_event(db: Database, path: Path) -> SetupInfo:
    """Take the event, staff, list and shared settings of a setup file; make the event
    current. Leads of this laptop, if any, stay (they merge like any bundle).

    Raises:
        RefusedError: not a setup file, or a damaged one.
    """
    bundle = open_bundle(path)
    manifest, snap = bundle.manifest, bundle.snap
    team_key = unb64(manifest.get(TEAM_KEY), TEAM_KEY_BYTES)
    if manifest.get("kind") != SETUP_KIND or len(snap["events"]) != 1:
        raise RefusedError(
            f"{path.name} is not a team setup file; the booth lead makes one with: "
            "showfloor event share -o FILE"
        )
    event_id = snap["events"][0]["id"]
    info = SetupInfo(str(snap["events"][0]["name"]), len(snap["staff"]), len(snap["attendees"]))
    if not bundle.signer.signed or team_key is None:
        raise RefusedError(
            f"{path.name} is an unsigned setup file (an older Showfloor wrote it); ask the "
            "booth lead for a new one: showfloor event share -o FILE"
        )
    with storage_errors(db.path):
        with db.session() as session:
            me = local_identity(session)
        judge_bundle(bundle, me)  # refuses one that claims to be this laptop
        with db.engine.begin() as conn:
            merge_snapshot(conn, snap)
        with db.session() as session:
            use_event(session, event_id)
            _take_settings(session, manifest.get("settings"))
            join_team(session, team_key)
            signer = bundle.signer
            if signer.public is not None and signer.public != me.public:
                remember_laptop(session, signer.public, signer.device_id, signer.device_name)
    return info


def _shared_settings(session: Session) -> dict[str, Any]:
    settings = {key: get_setting(session, key) for key in _SHARED_SETTINGS}
    server = read_server(session)
    if server is not None:
        settings[TEAM_SERVER_URL.key] = server.url  # never its password
    prefs = load_preferences(session)
    settings["phone_country"] = prefs.phone_country
    settings["question_labels"] = prefs.question_labels
    return {key: value for key, value in settings.items() if value not in (None, {}, [])}


def _take_settings(session: Session, settings: object) -> None:
    if not isinstance(settings, dict):
        return
    for key in _SHARED_SETTINGS:
        if key in settings:
            set_setting(session, key, settings[key])
    server = settings.get(TEAM_SERVER_URL.key)
    if isinstance(server, str) and server.strip() and read_server(session) is None:
        with contextlib.suppress(RefusedError):  # a file edited by hand: no server, then
            set_setting(session, TEAM_SERVER_URL.key, check_server_url(server))
    prefs = load_preferences(session)
    country, labels = settings.get("phone_country"), settings.get("question_labels")
    if isinstance(country, str):
        prefs = replace(prefs, phone_country=country)
    if isinstance(labels, dict):
        prefs = replace(prefs, question_labels=labels)
    save_preferences(session, prefs)


@dataclass(frozen=True)
class EventChoice:
    """A local event the booth lead may merge an incoming one into."""

    event_id: str
    name: str
    likeness: float


@dataclass(frozen=True)
class EventQuestion:
    """An event of a bundle that is no show here: merge it into one of ours, or keep it?"""

    event_id: str
    name: str
    dates: str
    choices: tuple[EventChoice, ...]  # most alike first
    suggested: str | None  # a local event id, when one looks like the same show


def event_questions(db: Database, paths: Sequence[Path]) -> list[EventQuestion]:
    """What to ask before merging ``paths``: their events that no rule joins to one of
    ours while this laptop has events. Unreadable files are left to the merge."""
    with storage_errors(db.path), db.session() as session:
        local = [(e.id, e.name, e.starts_on, e.ends_on) for e in session.scalars(select(Event))]
        known = set(session.scalars(select(EventAlias.alias_id))) | {e[0] for e in local}
    if not local:
        return []
    questions: dict[str, EventQuestion] = {}
    for path in paths:
        try:
            incoming = read_bundle_events(path)
        except RefusedError:
            continue
        for row in incoming:
            if row["id"] in known or row["id"] in questions:
                continue
            name, starts, ends = str(row["name"]), row.get("starts_on"), row.get("ends_on")
            if any(same_show(name, starts, ends, n, s, e) for _i, n, s, e in local):
                continue  # joined with no question
            ranked = sorted(
                (EventChoice(i, n, likeness(name, n)) for i, n, _s, _e in local),
                key=lambda c: (-c.likeness, c.name.casefold()),
            )
            best = ranked[0]
            dates_ok = next(
                dates_agree(starts, ends, s, e) for i, _n, s, e in local if i == best.event_id
            )
            suggested = best.event_id if best.likeness >= SUGGEST_FROM and dates_ok else None
            dates = " to ".join(d for d in (starts, ends) if d) or "no dates"
            questions[row["id"]] = EventQuestion(row["id"], name, dates, tuple(ranked), suggested)
    return list(questions.values())
