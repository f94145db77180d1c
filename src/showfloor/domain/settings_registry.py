"""Every plain setting of a data dir, declared once: key, default, type, label, group.

The Settings dialog builds its rows from this list (in the style of Vorta's settings
list), the services that use a setting read its key and default from here, and
``services/settings_values.py`` reads and writes the values with these types and
bounds. Settings with a shape of their own (the preferences object, consent texts,
question labels, the booth contact) keep their own service and their own page.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Kind(Enum):
    NUMBER = "number"  # a whole number in [minimum, maximum]
    FOLDER = "folder"  # a path, or "" for none
    TEXT = "text"  # one line of text


@dataclass(frozen=True)
class SettingSpec:
    """One setting.

    Attributes:
        key: its key in the settings table.
        stored_as_float: numbers kept as floats (minutes that may be fractional when
            written by a script); shown and typed as whole numbers.
        zero_is_off: 0 is stored as no value (``None``) and shown as ``special``.
        special: what the spin box shows at its minimum ("never").
    """

    key: str
    label: str
    group: str
    kind: Kind
    default: int | str
    minimum: int = 0
    maximum: int = 0
    suffix: str = ""
    special: str = ""
    placeholder: str = ""
    hint: str = ""
    stored_as_float: bool = False
    zero_is_off: bool = False


BACKUPS_AND_PRIVACY = "Backups and privacy"
TEAM_SYNC = "Team sync"

BACKUP_INTERVAL = SettingSpec(
    "backup_interval_minutes", "Back up every", BACKUPS_AND_PRIVACY, Kind.NUMBER, 5,
    minimum=1, maximum=240, suffix=" min", stored_as_float=True,
)  # fmt: skip
BACKUP_KEEP = SettingSpec(
    "backup_keep", "Backups kept", BACKUPS_AND_PRIVACY, Kind.NUMBER, 20, minimum=1, maximum=500
)
BACKUP_SECOND_DIR = SettingSpec(
    "backup_second_dir", "Second backup folder", BACKUPS_AND_PRIVACY, Kind.FOLDER, "",
    placeholder="e.g. a USB stick — a second copy of every backup",
)  # fmt: skip
IDLE_LOCK_MINUTES = SettingSpec(
    "lock_idle_minutes", "Lock after idle", BACKUPS_AND_PRIVACY, Kind.NUMBER, 10,
    minimum=0, maximum=240, suffix=" min", special="never", stored_as_float=True,
)  # fmt: skip
RETENTION_DAYS = SettingSpec(
    "retention_days", "Delete leads after", BACKUPS_AND_PRIVACY, Kind.NUMBER, 0,
    minimum=0, maximum=3650, suffix=" days", special="keep until erased", zero_is_off=True,
    hint="Leads older than the retention period are deleted only after you confirm, "
    "when Showfloor starts.",
)  # fmt: skip
TEAM_SERVER_URL = SettingSpec(
    "sync_server_url", "Team server", TEAM_SYNC, Kind.TEXT, "",
    placeholder="postgresql://USER@HOST/DB — empty: no background sync",
    hint="The team's PostgreSQL database. The address is kept here without its password.",
)  # fmt: skip
TEAM_PULL_SECONDS = SettingSpec(
    "sync_pull_seconds", "Fetch changes every", TEAM_SYNC, Kind.NUMBER, 30,
    minimum=5, maximum=3600, suffix=" s",
    hint="This laptop's leads are sent a moment after each save; other laptops' leads "
    "arrive at this interval.",
)  # fmt: skip

SETTINGS: tuple[SettingSpec, ...] = (
    BACKUP_INTERVAL,
    BACKUP_KEEP,
    BACKUP_SECOND_DIR,
    IDLE_LOCK_MINUTES,
    RETENTION_DAYS,
    TEAM_SERVER_URL,
    TEAM_PULL_SECONDS,
)


def in_group(group: str) -> tuple[SettingSpec, ...]:
    return tuple(spec for spec in SETTINGS if spec.group == group)
