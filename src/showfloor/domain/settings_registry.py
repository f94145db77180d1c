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

from showfloor.domain.texts import QT_TRANSLATE_NOOP


class Kind(Enum):
    NUMBER = "number"  # a whole number in [minimum, maximum]
    FOLDER = "folder"  # a path, or "" for none
    TEXT = "text"  # one line of text
    CHOICE = "choice"  # one of ``choices`` (value, label); "" is a choice too


@dataclass(frozen=True)
class SettingSpec:
    """One setting.

    Attributes:
        key: its key in the settings table.
        stored_as_float: numbers kept as floats (minutes that may be fractional when
            written by a script); shown and typed as whole numbers.
        zero_is_off: 0 is stored as no value (``None``) and shown as ``special``.
        special: what the spin box shows at its minimum ("never").
        choices: for a CHOICE, (stored value, label) in the order offered.

    Labels, hints and texts are English, marked for the catalogs under the context
    "Settings"; the dialog shows them translated.
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
    choices: tuple[tuple[str, str], ...] = ()


GENERAL = QT_TRANSLATE_NOOP("Settings", "General")
BACKUPS_AND_PRIVACY = QT_TRANSLATE_NOOP("Settings", "Backups and privacy")
TEAM_SYNC = QT_TRANSLATE_NOOP("Settings", "Team sync")

BACKUP_INTERVAL = SettingSpec(
    "backup_interval_minutes",
    QT_TRANSLATE_NOOP("Settings", "Back up every"),
    BACKUPS_AND_PRIVACY,
    Kind.NUMBER,
    5,
    minimum=1,
    maximum=240,
    suffix=QT_TRANSLATE_NOOP("Settings", " min"),
    stored_as_float=True,
)
BACKUP_KEEP = SettingSpec(
    "backup_keep",
    QT_TRANSLATE_NOOP("Settings", "Backups kept"),
    BACKUPS_AND_PRIVACY,
    Kind.NUMBER,
    20,
    minimum=1,
    maximum=500,
)
BACKUP_SECOND_DIR = SettingSpec(
    "backup_second_dir",
    QT_TRANSLATE_NOOP("Settings", "Second backup folder"),
    BACKUPS_AND_PRIVACY,
    Kind.FOLDER,
    "",
    placeholder=QT_TRANSLATE_NOOP("Settings", "e.g. a USB stick — a second copy of every backup"),
)
IDLE_LOCK_MINUTES = SettingSpec(
    "lock_idle_minutes",
    QT_TRANSLATE_NOOP("Settings", "Lock after idle"),
    BACKUPS_AND_PRIVACY,
    Kind.NUMBER,
    10,
    minimum=0,
    maximum=240,
    suffix=QT_TRANSLATE_NOOP("Settings", " min"),
    special=QT_TRANSLATE_NOOP("Settings", "never"),
    stored_as_float=True,
)
RETENTION_DAYS = SettingSpec(
    "retention_days",
    QT_TRANSLATE_NOOP("Settings", "Delete leads after"),
    BACKUPS_AND_PRIVACY,
    Kind.NUMBER,
    0,
    minimum=0,
    maximum=3650,
    suffix=QT_TRANSLATE_NOOP("Settings", " days"),
    special=QT_TRANSLATE_NOOP("Settings", "keep until erased"),
    zero_is_off=True,
    hint=QT_TRANSLATE_NOOP(
        "Settings",
        "Leads older than the retention period are deleted only after you "
        "confirm, when Showfloor starts.",
    ),
)
TEAM_SERVER_URL = SettingSpec(
    "sync_server_url",
    QT_TRANSLATE_NOOP("Settings", "Team server"),
    TEAM_SYNC,
    Kind.TEXT,
    "",
    placeholder=QT_TRANSLATE_NOOP(
        "Settings", "postgresql://USER@HOST/DB — empty: no background sync"
    ),
    hint=QT_TRANSLATE_NOOP(
        "Settings", "The team's PostgreSQL database. The address is kept here without its password."
    ),
)
TEAM_PULL_SECONDS = SettingSpec(
    "sync_pull_seconds",
    QT_TRANSLATE_NOOP("Settings", "Fetch changes every"),
    TEAM_SYNC,
    Kind.NUMBER,
    30,
    minimum=5,
    maximum=3600,
    suffix=QT_TRANSLATE_NOOP("Settings", " s"),
    hint=QT_TRANSLATE_NOOP(
        "Settings",
        "This laptop's leads are sent a moment after each save; other laptops' "
        "leads arrive at this interval.",
    ),
)
LANGUAGE = SettingSpec(
    "language",
    QT_TRANSLATE_NOOP("Settings", "Language"),
    GENERAL,
    Kind.CHOICE,
    "",
    choices=(
        ("", QT_TRANSLATE_NOOP("Settings", "System")),
        ("en", "English"),
        ("de", "Deutsch"),
        ("fr", "Français"),
        ("es", "Español"),
    ),
    hint=QT_TRANSLATE_NOOP(
        "Settings", "The window and the debrief. Applies the next time Showfloor starts."
    ),
)
"""The window's and the debrief's language: "" follows this computer's. The
languages name themselves (a German speaker finds "Deutsch" in any language)."""

SETTINGS: tuple[SettingSpec, ...] = (
    BACKUP_INTERVAL,
    BACKUP_KEEP,
    BACKUP_SECOND_DIR,
    IDLE_LOCK_MINUTES,
    RETENTION_DAYS,
    TEAM_SERVER_URL,
    TEAM_PULL_SECONDS,
    LANGUAGE,
)


def in_group(group: str) -> tuple[SettingSpec, ...]:
    return tuple(spec for spec in SETTINGS if spec.group == group)
