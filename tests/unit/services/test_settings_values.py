"""The settings registry: one definition per setting, read with its type, saved in bounds."""

from __future__ import annotations

import pytest

from showfloor.domain.errors import RefusedError
from showfloor.domain.settings_registry import (
    BACKUP_KEEP,
    BACKUP_SECOND_DIR,
    IDLE_LOCK_MINUTES,
    RETENTION_DAYS,
    SETTINGS,
)
from showfloor.services.backup import load_backup_settings
from showfloor.services.privacy import retention_days
from showfloor.services.settings_values import read_values, write_values
from showfloor.store.database import Database
from showfloor.store.settings import get_setting, set_setting


def test_every_key_is_declared_once() -> None:
    keys = [spec.key for spec in SETTINGS]
    assert len(keys) == len(set(keys))


def test_values_written_are_what_the_services_read(db: Database) -> None:
    with db.session() as session:
        write_values(
            session,
            {
                BACKUP_KEEP.key: 7,
                BACKUP_SECOND_DIR.key: "  ",
                IDLE_LOCK_MINUTES.key: 0,
                RETENTION_DAYS.key: 0,
            },
        )
    with db.session() as session:
        assert load_backup_settings(session).keep == 7
        assert load_backup_settings(session).second_dir is None
        assert get_setting(session, IDLE_LOCK_MINUTES.key) == 0.0
        assert retention_days(session) is None
        assert read_values(session)[RETENTION_DAYS.key] == 0


def test_a_value_of_the_wrong_type_reads_as_the_default(db: Database) -> None:
    with db.session() as session:
        set_setting(session, BACKUP_KEEP.key, "lots")
        set_setting(session, IDLE_LOCK_MINUTES.key, 7.6)
    with db.session() as session:
        values = read_values(session)
    assert values[BACKUP_KEEP.key] == BACKUP_KEEP.default
    assert values[IDLE_LOCK_MINUTES.key] == 8


@pytest.mark.parametrize("value", [0, 501, True, "3"])
def test_out_of_bounds_is_refused_with_the_label(db: Database, value: object) -> None:
    with db.session() as session, pytest.raises(RefusedError, match="Backups kept"):
        write_values(session, {BACKUP_KEEP.key: value})  # type: ignore[dict-item]
