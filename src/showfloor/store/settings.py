"""Read and write the small key/value state of a data dir."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from showfloor.store.models import Setting

CURRENT_EVENT = "current_event_id"
CURRENT_STAFF = "current_staff_id"
THIS_DEVICE = "this_device_id"
CONSENT_TEXTS = "consent_texts"


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return default if row is None else row.value


def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value

