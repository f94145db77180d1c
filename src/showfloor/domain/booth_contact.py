"""The booth's own contact card: who visitors should reach after the show."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class BoothContact:
    """Who visitors should reach after the show; stored in the settings table."""

    name: str | None = None
    company: str | None = None
    email: str | None = None
    phone: str | None = None
    url: str | None = None

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))
