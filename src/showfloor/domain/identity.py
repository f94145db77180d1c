"""Who is the same person: the one definition capture, merge, erasure and the
attendee list all use.

Within one event, two records are the same person when they share a badge id or,
failing that, an email address (compared trimmed and case-insensitively). The badge
id comes first: two people may share an address (a team inbox), never a badge. A
record of the organiser's list also has a ticket code, and a list row with neither
id nor email is known by its name and company, so that re-importing a list of names
does not double it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Literal

Kind = Literal["badge", "email"]
BADGE: Kind = "badge"
EMAIL: Kind = "email"


def email_key(email: str | None) -> str | None:
    """The address as identities compare it (trimmed, lower case), or None."""
    mail = (email or "").strip().lower()
    return mail or None


def identity_keys(badge_id: str | None, email: str | None) -> Iterator[tuple[Kind, str]]:
    """The keys of a person at one event, the strongest first: badge id, then email."""
    if badge_id:
        yield BADGE, str(badge_id)
    if (mail := email_key(email)) is not None:
        yield EMAIL, mail


class PersonIndex:
    """Rows of one event by badge id, ticket code and email (and name, for rows with
    nothing better), to find the row a new one is the same person as.

    Kept in step with every row added, so a row repeated later in the same file
    updates the earlier one. ``values`` hold ``badge_id``, ``ticket_code``,
    ``email``, ``full_name`` and ``company``.
    """

    def __init__(self) -> None:
        self.by_badge: dict[str, str] = {}
        self.by_ticket: dict[str, str] = {}
        self.by_email: dict[str, str] = {}
        self.by_name: dict[tuple[str, str], str] = {}
        self.ids: dict[str, tuple[str | None, str | None]] = {}

    def match(self, values: Mapping[str, str | None]) -> str | None:
        badge, ticket, email = values["badge_id"], values["ticket_code"], values["email"]
        if badge and badge in self.by_badge:
            return self.by_badge[badge]
        if ticket and ticket in self.by_ticket:
            return self.by_ticket[ticket]
        if email and email in self.by_email:
            found = self.by_email[email]
            known_badge, known_ticket = self.ids[found]
            if (badge and known_badge and badge != known_badge) or (
                ticket and known_ticket and ticket != known_ticket
            ):
                return None  # same address, different ticket: two people
            return found
        name = _name_key(values)
        return None if name is None else self.by_name.get(name)

    def add(self, row_id: str, values: Mapping[str, str | None]) -> None:
        """Index what this row now holds (a matched row's keys merge into it)."""
        badge, ticket, email = values["badge_id"], values["ticket_code"], values["email"]
        known_badge, known_ticket = self.ids.get(row_id, (None, None))
        if known_badge and badge and badge != known_badge:
            self._forget(self.by_badge, known_badge, row_id)
        if known_ticket and ticket and ticket != known_ticket:
            self._forget(self.by_ticket, known_ticket, row_id)
        if badge:
            self.by_badge.setdefault(badge, row_id)
        if ticket:
            self.by_ticket.setdefault(ticket, row_id)
        if email:
            self.by_email.setdefault(email, row_id)
        name = _name_key(values)
        if name is not None:
            self.by_name.setdefault(name, row_id)
        self.ids[row_id] = (badge or known_badge, ticket or known_ticket)

    @staticmethod
    def _forget(index: dict[str, str], key: str, row_id: str) -> None:
        """Drop a key the row no longer holds (its id changed on re-import)."""
        if index.get(key) == row_id:
            del index[key]


def _name_key(values: Mapping[str, str | None]) -> tuple[str, str] | None:
    """Name and company, for a row with nothing better to match on; else None."""
    full = values["full_name"]
    if not full or values["badge_id"] or values["ticket_code"] or values["email"]:
        return None
    return full.casefold(), (values["company"] or "").casefold()
