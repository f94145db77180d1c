"""What a badge payload says: a person, an id to look up, or a refusal."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from showfloor.domain.person import PersonFields

FORMATS = ("vcard", "mecard", "bizcard", "json", "fields", "url", "id")


@dataclass(frozen=True)
class BadgeResult:
    """The outcome of parsing one payload.

    ``lookup_keys`` are the ids worth looking up in the organiser's attendee list
    (badge id, ticket code, id found in a URL), most specific first.
    """

    format: str | None
    person: PersonFields = field(default_factory=PersonFields)
    badge_id: str | None = None
    lookup_keys: tuple[str, ...] = ()
    refused: str | None = None
    raw: str = ""

    @property
    def is_refused(self) -> bool:
        return self.refused is not None

    def to_json_dict(self, source: str = "badge") -> dict[str, str | None]:
        """The `badge parse` JSON object of docs/cli.md."""
        person = asdict(self.person)
        return {
            "format": self.format,
            "badge_id": self.badge_id,
            "first_name": person["first_name"],
            "last_name": person["last_name"],
            "full_name": person["full_name"],
            "company": person["company"],
            "title": person["title"],
            "email": person["email"],
            "phone": person["phone"],
            "source": source,
            "refused": self.refused,
        }


def refused(reason: str, raw: str = "", fmt: str | None = None) -> BadgeResult:
    return BadgeResult(format=fmt, refused=reason, raw=raw)
