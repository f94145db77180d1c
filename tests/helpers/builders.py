"""Small builders so tests say what matters and nothing else."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from showfloor.domain.person import PERSON_FIELDS, PersonFields
from showfloor.services.capture import CaptureRequest, CaptureResult, CaptureService
from showfloor.services.events import create_event
from showfloor.store.database import Database

# The ``open_db`` fixture (tests/conftest.py): a database at a path, closed after the test.
OpenDb = Callable[[Path], Database]


def make_event(db: Database, name: str = "Test Fair") -> str:
    with db.session() as session:
        return create_event(session, name).id


def capture(db: Database, visitor_class: str = "mentor", **kwargs: Any) -> CaptureResult:
    person = PersonFields(**{k: kwargs.pop(k) for k in PERSON_FIELDS if k in kwargs})
    badge = kwargs.pop("badge", None)
    return CaptureService(db).capture(
        CaptureRequest(visitor_class=visitor_class, person=person, badge_payload=badge, **kwargs)
    )
