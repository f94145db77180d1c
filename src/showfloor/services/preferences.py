"""Booth preferences kept in the data dir: camera, sound, phone country, labels."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from sqlalchemy.orm import Session

from showfloor.domain.errors import RefusedError
from showfloor.domain.questions import QUESTIONS, VisitorClass
from showfloor.scanning.devices import DEFAULT_CAMERA
from showfloor.store.settings import get_setting, set_setting

PREFERENCES = "preferences"


@dataclass(frozen=True)
class Preferences:
    camera: str | None = DEFAULT_CAMERA  # device index, file or pattern; None = no camera
    sound: bool = True
    phone_country: str | None = None  # ISO 3166 alpha-2, e.g. "DE"
    question_labels: dict[str, str] = field(default_factory=dict)  # answer key -> label

    def label(self, visitor_class: VisitorClass, key: str) -> str:
        if key in self.question_labels:
            return self.question_labels[key]
        return next(q.label for q in QUESTIONS[visitor_class] if q.key == key)


def load_preferences(session: Session) -> Preferences:
    stored: dict[str, Any] = get_setting(session, PREFERENCES) or {}
    known = {f.name for f in fields(Preferences)}
    return Preferences(**{k: v for k, v in stored.items() if k in known})


def save_preferences(session: Session, prefs: Preferences) -> Preferences:
    country = (prefs.phone_country or "").strip().upper() or None
    if country is not None and (len(country) != 2 or not country.isalpha()):
        raise RefusedError(
            f"'{prefs.phone_country}' is not a country code; use two letters, e.g. DE."
        )
    keys = {q.key for qs in QUESTIONS.values() for q in qs}
    labels = {k: v.strip() for k, v in prefs.question_labels.items() if k in keys and v.strip()}
    clean = Preferences(prefs.camera, prefs.sound, country, labels)
    set_setting(session, PREFERENCES, asdict(clean))
    return clean


def remember_camera(session: Session, camera: str | None) -> Preferences:
    """Keep the camera staff picked (a device index, or None for none) for the next start."""
    return save_preferences(session, replace(load_preferences(session), camera=camera))
