"""Each event keeps the show's clock; typed zone names are checked."""

from __future__ import annotations

from datetime import UTC

import pytest

from showfloor.domain.errors import RefusedError
from showfloor.services import events
from showfloor.services.events import create_event
from showfloor.services.stats import event_stats
from showfloor.services.time_zones import event_zone, set_event_zone
from showfloor.store.database import Database

from helpers.builders import capture


def test_a_new_event_takes_the_laptops_zone(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(events, "laptop_zone_name", lambda: "America/Chicago")
    with db.session() as session:
        event = create_event(session, "Expo")
        assert event.time_zone == "America/Chicago"
        other = create_event(session, "Fair", time_zone="Asia/Kolkata")
        assert other.time_zone == "Asia/Kolkata"


def test_a_zone_that_is_no_zone_is_refused_with_one_line(db: Database) -> None:
    with db.session() as session:
        event = create_event(session, "Expo")
        with pytest.raises(RefusedError, match="Unknown time zone 'Mars/Olympus'"):
            set_event_zone(session, event.id, "Mars/Olympus")
        set_event_zone(session, event.id, "utc")
        assert event_zone(session, event.id) is UTC
        set_event_zone(session, event.id, "")
        assert event_zone(session, event.id) is None  # the laptop's


def test_the_dashboard_names_the_clock_it_counts_on(db: Database) -> None:
    from zoneinfo import ZoneInfo

    with db.session() as session:
        event_id = create_event(session, "Expo", time_zone="Asia/Kolkata").id
    capture(db, "mentor", first_name="Ada")
    with db.session() as session:
        stats = event_stats(session, event_id, ZoneInfo("Asia/Kolkata"))
    assert stats.by_hour.title == "Visits per hour (IST (UTC+05:30))"
    assert "local time" not in stats.by_hour.title
