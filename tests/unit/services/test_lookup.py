"""Resolving badges against the attendee list: exact first, cheap variants, indexes only."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from showfloor.badges import BadgeResult
from showfloor.domain.person import PersonFields
from showfloor.services.lookup import find_attendee, key_variants, resolve_badge
from showfloor.store.database import Database
from showfloor.store.models import Attendee

from helpers.builders import make_event


@pytest.fixture
def event_id(db: Database) -> str:
    return make_event(db)


@pytest.fixture
def session(db: Database, event_id: str) -> Iterator[Session]:
    rows = [
        ("B-1", "AbCdEf", "Ada", "ada@example.org"),
        ("B-2", "abcdef", "Grace", "grace@example.org"),
        ("B-3", "123", "Alan", None),
        ("B-4", "XYZ9", "Mei", None),
        ("B-5", "xyz9", "Priya", None),
        ("B-6", "gst-Q1w2E3", "Kofi", None),
    ]
    with db.session() as s:
        for badge_id, ticket, first, email in rows:
            s.add(
                Attendee(
                    event_id=event_id,
                    badge_id=badge_id,
                    ticket_code=ticket,
                    first_name=first,
                    full_name=first,
                    email=email,
                )
            )
    with db.session() as s:
        yield s


def id_badge(*keys: str, fmt: str = "id") -> BadgeResult:
    return BadgeResult(fmt, badge_id=keys[0] if fmt == "id" else None, lookup_keys=keys)


def who(session: Session, event_id: str, badge: BadgeResult) -> str | None:
    found = find_attendee(session, event_id, badge)
    return None if found is None else found.first_name


def test_ticket_secrets_match_case_sensitively_first(session: Session, event_id: str) -> None:
    assert who(session, event_id, id_badge("AbCdEf")) == "Ada"
    assert who(session, event_id, id_badge("abcdef")) == "Grace"


def test_a_variant_matches_only_when_it_points_at_one_person(
    session: Session, event_id: str
) -> None:
    assert who(session, event_id, id_badge("b-1")) == "Ada"  # upper-cased variant
    assert who(session, event_id, id_badge(" B-2 ")) == "Grace"  # trimmed
    assert who(session, event_id, id_badge("000123")) == "Alan"  # zeros a sheet dropped
    assert who(session, event_id, id_badge("GST-q1W2e3")) == "Kofi"  # typed with Caps Lock
    assert who(session, event_id, id_badge("Xyz9")) is None  # Mei or Priya: neither
    assert who(session, event_id, id_badge("aBcDeF")) is None  # Ada or Grace: neither


def test_the_most_specific_key_wins(session: Session, event_id: str) -> None:
    # the URL's first key is Grace's ticket, its second Ada's badge id
    badge = id_badge("abcdef", "B-1", fmt="url")
    assert who(session, event_id, badge) == "Grace"
    assert who(session, event_id, id_badge("nobody", "B-3", fmt="url")) == "Alan"


def test_email_is_the_last_resort(session: Session, event_id: str) -> None:
    vcard = BadgeResult("vcard", PersonFields(first_name="G", email="Grace@Example.org"))
    resolved = resolve_badge(session, event_id, vcard)
    assert resolved.person.first_name == "G"  # the badge's own fields win
    assert resolved.source == "badge" and resolved.attendee_id is not None


def test_an_id_badge_is_filled_from_the_list(session: Session, event_id: str) -> None:
    resolved = resolve_badge(session, event_id, id_badge("XYZ9"))
    assert (resolved.person.first_name, resolved.source) == ("Mei", "attendee_list")
    assert resolved.badge_id == "XYZ9"
    missing = resolve_badge(session, event_id, id_badge("nobody"))
    assert missing.unidentified and missing.source == "badge"


def test_another_event_is_not_searched(db: Database, session: Session) -> None:
    other = make_event(db, "Other fair")
    assert who(session, other, id_badge("B-1")) is None


def test_variants_are_few_and_never_the_key_itself() -> None:
    assert key_variants(["Ab-1"]) == ["AB-1", "ab-1", "aB-1"]
    assert key_variants(["00123"]) == ["123"]


def test_every_lookup_query_uses_an_index(session: Session, event_id: str) -> None:
    """No full scan, even on a fresh database SQLite has no statistics for."""
    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, sql: str, params: Any, *_: Any) -> None:
        if "FROM attendees" in sql:
            statements.append((sql, params))

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", record)
    try:
        for badge in (
            id_badge("nothing-matches"),  # exact, then variants
            id_badge("abcdef", "B-1", fmt="url"),
            BadgeResult("vcard", PersonFields(email="ada@example.org")),
        ):
            find_attendee(session, event_id, badge)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert len(statements) >= 5
    for sql, params in statements:
        plan = " ".join(
            str(row[-1])
            for row in session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)
        )
        assert "USING INDEX ix_attendees_event_" in plan, plan
        assert "SCAN" not in plan, plan


@pytest.mark.parametrize("keys", [(), ("",)])
def test_a_badge_without_keys_or_email_finds_nobody(
    session: Session, event_id: str, keys: tuple[str, ...]
) -> None:
    assert find_attendee(session, event_id, BadgeResult("id", lookup_keys=keys)) is None
