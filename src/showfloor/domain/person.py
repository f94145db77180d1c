"""The identity fields of a visitor, whatever they came from."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

PERSON_FIELDS = ("first_name", "last_name", "full_name", "company", "title", "email", "phone")


@dataclass(frozen=True)
class PersonFields:
    first_name: str | None = None
    last_name: str | None = None
    full_name: str | None = None
    company: str | None = None
    title: str | None = None
    email: str | None = None
    phone: str | None = None

    def overlay(self, other: PersonFields) -> PersonFields:
        """These fields, with every non-empty field of ``other`` taking precedence."""
        changes = {f.name: getattr(other, f.name) for f in fields(other) if getattr(other, f.name)}
        return replace(self, **changes)

    def display_name(self) -> str:
        if self.full_name:
            return self.full_name
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))
