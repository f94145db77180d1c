"""The post-show debrief's value types: what the HTML page, the PDF and the tests read.

Plain frozen dataclasses built once by ``services/report.py`` from the database;
none of them touch it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from showfloor.services.catalog import translate
from showfloor.services.charts import Chart


@dataclass(frozen=True)
class Person:
    lead_id: str
    name: str
    company: str | None
    title: str | None
    email: str | None
    phone: str | None
    visitor_class: str
    rating: str | None
    consent: bool
    follow_up_owner: str | None = None
    follow_up_done_at: datetime | None = None

    @property
    def who(self) -> str:
        return f"{self.name} ({self.company})" if self.company else self.name


@dataclass(frozen=True)
class Quote:
    """Who said it, who heard it, when."""

    person: Person
    staff: str | None
    at: datetime


@dataclass(frozen=True)
class Insight:
    """One recurring point: its wording, how many people made it, their quotes, and
    why the quotes were grouped (the terms they share, with the words used)."""

    label: str
    quotes: tuple[tuple[str, Quote], ...]
    because: tuple[str, ...] = ()

    @cached_property
    def count(self) -> int:
        """(Counted once: a page asks it several times, of tens of thousands of quotes.)"""
        return len({q.person.lead_id for _text, q in self.quotes})


@dataclass(frozen=True)
class Adopter:
    person: Person
    timeline: str | None
    decision_maker: str | None
    buys_from: str | None


@dataclass(frozen=True)
class Kol:
    person: Person
    channels: tuple[str, ...]
    audience: str | None
    topics: tuple[str, ...]
    impressions: tuple[str, ...]
    delight_plans: tuple[str, ...]
    owner: str | None


@dataclass(frozen=True)
class Referral:
    person: Person
    referrals: tuple[str, ...]
    right_customer: tuple[str, ...]


@dataclass(frozen=True)
class Partner:
    """Someone a visitor named as a source of customers: a mentor's referral, or whom a
    customer already buys from (competitors can be partners that send prospects)."""

    name: str
    kind: str  # "referral" or "buys_from"
    named_by: tuple[Person, ...]
    met: tuple[Person, ...]  # leads of this show at that company: already in touch

    @property
    def status(self) -> str:
        if self.met:
            return translate("Debrief", "met at the show: ") + ", ".join(p.name for p in self.met)
        return translate("Debrief", "to contact")


@dataclass(frozen=True)
class Note:
    """A note staff typed about a visitor, with who heard it and when."""

    person: Person
    text: str
    staff: str | None
    at: datetime


@dataclass(frozen=True)
class FollowUp:
    person: Person
    next_step: str | None
    due: str | None
    owner: str | None
    done: bool = False


@dataclass(frozen=True)
class Debrief:
    event_name: str
    starts_on: str | None
    ends_on: str | None
    venue: str | None
    generated_at: datetime
    tz_label: str
    leads: int
    visits: int
    returning: int
    consented: int
    by_class: Chart
    by_rating: Chart
    by_hour: Chart
    by_staff: Chart
    reservations: tuple[Insight, ...]
    barriers: tuple[Insight, ...]
    pitch_gaps: tuple[Insight, ...]
    pains: tuple[Insight, ...]
    missing_features: tuple[Insight, ...]
    early_adopters: tuple[Adopter, ...]
    needs_references: tuple[Adopter, ...]
    kols: tuple[Kol, ...]
    referrals: tuple[Referral, ...]
    follow_ups: tuple[FollowUp, ...]
    notes: tuple[Note, ...] = ()
    partners: tuple[Partner, ...] = ()
    language: str = "en"  # the catalog its words are in (services/catalog.py)
