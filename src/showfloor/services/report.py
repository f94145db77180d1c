"""The post-show debrief as data: counts, grouped insights, people to follow up.

Built once from the database into plain frozen dataclasses, so the HTML page, the
PDF and the tests all read the same numbers and none of them touch the database.
Answers are read from every visit, not only the latest: the debrief is about what
was said, and a mentor who made two points on two visits made both.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, tzinfo
from itertools import groupby
from operator import itemgetter
from typing import NamedTuple

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.orm import Session

from showfloor.domain.errors import RefusedError
from showfloor.domain.person import PERSON_FIELDS
from showfloor.domain.questions import VisitorClass
from showfloor.services.catalog import day, speaking, translate
from showfloor.services.charts import (
    NO_STAFF,
    UNRATED,
    class_chart,
    hour_chart,
    hour_title,
    quarter_hours,
    rating_chart,
    staff_chart,
    zone_label,
)
from showfloor.services.debrief_records import (
    Adopter as Adopter,
)
from showfloor.services.debrief_records import (
    Debrief as Debrief,
)
from showfloor.services.debrief_records import (
    FollowUp as FollowUp,
)
from showfloor.services.debrief_records import (
    Insight as Insight,
)
from showfloor.services.debrief_records import (
    Kol as Kol,
)
from showfloor.services.debrief_records import (
    Note as Note,
)
from showfloor.services.debrief_records import (
    Partner as Partner,
)
from showfloor.services.debrief_records import (  # the debrief's value types
    Person as Person,
)
from showfloor.services.debrief_records import (
    Quote as Quote,
)
from showfloor.services.debrief_records import (
    Referral as Referral,
)
from showfloor.services.duplicates import company_key
from showfloor.services.follow_ups import follow_up_step, priority, rating_rank
from showfloor.services.insights import PhraseGroup, group_phrases
from showfloor.services.insights import Said as Spoken
from showfloor.services.paused_gc import paused_gc
from showfloor.services.time_zones import event_zone, local_zone
from showfloor.store.database import Database
from showfloor.store.models import Event, Lead, Staff, Visit
from showfloor.store.prepared import Prepared
from showfloor.store.types import utcnow

PAIN_KEYS = ("pain_1", "pain_2", "pain_3")


class _Visit(NamedTuple):
    """One visit as the debrief reads it (a tuple: a big show has 100,000 of them)."""

    lead_id: str
    at: datetime
    visitor_class: str
    staff: str | None
    answers: dict[str, str]
    notes: str | None = None


_PEOPLE = Prepared(
    select(
        Lead.id,
        *(getattr(Lead, key) for key in PERSON_FIELDS),
        Lead.badge_id,
        Lead.visitor_class,
        Lead.rating,
        Lead.consent,
        Lead.follow_up_owner,
        Lead.follow_up_done_at,
    )
    .where(Lead.event_id == bindparam("event"), Lead.deleted_at.is_(None))
    .order_by(Lead.first_seen_at, Lead.id)
)
_VISITS = Prepared(
    select(Visit.lead_id, Visit.at, Visit.visitor_class, Staff.name, Visit.answers, Visit.notes)
    .join(Lead, Lead.id == Visit.lead_id)
    .outerjoin(Staff, Staff.id == Visit.staff_id)
    .where(Lead.event_id == bindparam("event"), Lead.deleted_at.is_(None))
    .order_by(Visit.lead_id, Visit.at, Visit.number)
)
# The person fields a Person keeps, by their place in a row of _PEOPLE after the id.
_PERSON_PARTS = itemgetter(
    *(PERSON_FIELDS.index(key)
      for key in ("full_name", "first_name", "last_name", "email", "company", "title", "phone"))
)  # fmt: skip


def build_debrief(
    db: Database, event_id: str, tz: tzinfo | None = None, language: str | None = None
) -> Debrief:
    """Everything the debrief shows, for one event, in ``language`` (a catalog code;
    None: the default language). Hours are counted in ``tz``; None is the event's
    zone (services/time_zones.py), or this computer's when the event has none.

    Raises:
        RefusedError: the event does not exist.
    """
    # Everything built here stays alive until the debrief is made: the collector's
    # walks over it were a quarter of the time at 100,000 leads.
    with paused_gc(), speaking(language) as catalog, db.session() as session:
        if tz is None:
            tz = event_zone(session, event_id) or local_zone()
        return _build(session, event_id, tz, catalog.code)


def _build(session: Session, event_id: str, tz: tzinfo, language: str) -> Debrief:
    event = session.get(Event, event_id)
    if event is None:
        raise RefusedError("That event no longer exists; choose another with 'event use'.")
    conn = session.connection()
    people = _people(conn, event_id)
    visits = _visits(conn, event_id)
    name, starts, ends, venue = event.name, event.starts_on, event.ends_on, event.venue
    by_lead = {k: list(g) for k, g in groupby(visits, key=itemgetter(0))}
    in_order = sorted(visits, key=itemgetter(1))
    # Each list reads one class: split once (at 100k leads, each of eleven lists
    # walking everyone was a third of the debrief).
    said: dict[str, list[_Visit]] = {c.value: [] for c in VisitorClass}
    for visit in in_order:
        said.setdefault(visit.visitor_class, []).append(visit)
    met: dict[str, list[tuple[Person, list[_Visit]]]] = {c.value: [] for c in VisitorClass}
    for person in people.values():
        met.setdefault(person.visitor_class, []).append((person, by_lead.get(person.lead_id, [])))
    mentors = _heard(people, said[VisitorClass.MENTOR.value])
    customers = _heard(people, said[VisitorClass.CUSTOMER.value])
    return Debrief(
        event_name=name,
        starts_on=starts,
        ends_on=ends,
        venue=venue,
        generated_at=utcnow(),
        tz_label=_tz_label(tz, visits),
        leads=len(people),
        visits=len(visits),
        returning=sum(1 for vs in by_lead.values() if len(vs) > 1),
        consented=sum(1 for p in people.values() if p.consent),
        by_class=class_chart(Counter(p.visitor_class for p in people.values())),
        by_rating=rating_chart(Counter(p.rating or UNRATED for p in people.values())),
        by_hour=hour_chart(
            quarter_hours(v.at for v in visits),
            tz,
            _hour_title(tz, visits),
        ),
        by_staff=staff_chart(Counter(v.staff or NO_STAFF for v in visits)),
        reservations=_insights(mentors, ("reservations",)),
        barriers=_insights(mentors, ("barriers",)),
        pitch_gaps=_insights(mentors, ("pitch_gaps",)),
        pains=_insights(customers, PAIN_KEYS),
        missing_features=_insights(customers, ("missing_feature",)),
        early_adopters=_adopters(met, "first"),
        needs_references=_adopters(met, "needs_references"),
        kols=_kols(met),
        referrals=_referrals(met),
        follow_ups=_follow_ups(people, by_lead),
        notes=_notes(people, visits),
        partners=_partners(people, met),
        language=language,
    )


def _people(conn: Connection, event_id: str) -> dict[str, Person]:
    people: dict[str, Person] = {}
    for lead_id, *values, badge_id, cls, rating, ok, owner, done in _PEOPLE.rows(
        conn, event=event_id
    ):
        # (no PersonFields, nor a dict per row: 100k of them)
        full, first, last, email, company, title, phone = _PERSON_PARTS(values)
        name = full or " ".join(n for n in (first, last) if n)
        name = name or email or _no_name(badge_id)
        people[lead_id] = Person(
            lead_id, name, company, title, email, phone, cls, rating, bool(ok), owner, done
        )
    return people


def _no_name(badge_id: str | None) -> str:
    if badge_id:
        return translate("Debrief", "Badge {badge_id}").format(badge_id=badge_id)
    return translate("Debrief", "(no name)")


def _visits(conn: Connection, event_id: str) -> list[_Visit]:
    # (each row's answers are a dict of its own already: the JSON column decodes them)
    return [
        _Visit(lead_id, at, cls, staff, answers or {}, notes)
        for lead_id, at, cls, staff, answers, notes in _VISITS.rows(conn, event=event_id)
    ]


Heard = list[tuple[dict[str, str], Quote, str]]  # (answers, quote, lead id) per visit


def _heard(people: dict[str, Person], visits: Sequence[_Visit]) -> Heard:
    """Each visit of one class (in the order said) with its quote, made once for every
    list that reads that class (a mentor's visit feeds three)."""
    heard: Heard = []
    for visit in visits:
        person = people.get(visit.lead_id)
        if person is not None:
            heard.append((visit.answers, Quote(person, visit.staff, visit.at), person.lead_id))
    return heard


def _insights(heard: Heard, keys: Sequence[str]) -> tuple[Insight, ...]:
    """What visits of one class said to ``keys``, grouped."""
    said: list[Spoken[Quote]] = []
    for answers, quote, lead_id in heard:
        for key in keys:
            text = answers.get(key)
            if text:
                said.append(Spoken(text, quote, lead_id))
    return tuple(_insight(g) for g in group_phrases(said))


def _insight(group: PhraseGroup[Quote]) -> Insight:
    return Insight(
        group.label,
        tuple((q.text, q.source) for q in group.quotes),
        tuple(str(reason) for reason in group.because),
    )


def _latest(visits: Sequence[_Visit], key: str) -> str | None:
    for visit in reversed(visits):
        if visit.answers.get(key):
            return visit.answers[key]
    return None


def _every(visits: Sequence[_Visit], key: str) -> tuple[str, ...]:
    """Each different answer to ``key``, in the order it was first given."""
    if len(visits) == 1:  # most people came once
        value = visits[0].answers.get(key)
        return (value,) if value else ()
    seen: dict[str, str] = {}
    for visit in visits:
        value = visit.answers.get(key)
        if value and value.casefold() not in seen:
            seen[value.casefold()] = value
    return tuple(seen.values())


Met = dict[str, list[tuple[Person, list[_Visit]]]]  # class -> (person, their visits)


def _adopters(met: Met, stance: str) -> tuple[Adopter, ...]:
    found = [
        Adopter(
            p,
            _latest(vs, "timeline"),
            _latest(vs, "decision_maker"),
            _latest(vs, "buys_from"),
        )
        for p, vs in met[VisitorClass.CUSTOMER.value]
        if _latest(vs, "early_adopter") == stance
    ]
    return tuple(sorted(found, key=lambda a: (rating_rank(a.person.rating), a.person.name)))


def _kols(met: Met) -> tuple[Kol, ...]:
    found = [
        Kol(
            p,
            _every(vs, "channels"),
            _latest(vs, "audience_size"),
            _every(vs, "topics"),
            _every(vs, "impression"),
            _every(vs, "delight_plan"),
            _latest(vs, "owner"),
        )
        for p, vs in met[VisitorClass.KOL.value]
    ]
    return tuple(sorted(found, key=lambda k: (rating_rank(k.person.rating), k.person.name)))


def _referrals(met: Met) -> tuple[Referral, ...]:
    found = [
        Referral(p, _every(vs, "referral"), _every(vs, "right_customer"))
        for p, vs in met[VisitorClass.MENTOR.value]
    ]
    return tuple(r for r in found if r.referrals or r.right_customer)


def _follow_ups(
    people: dict[str, Person], by_lead: dict[str, list[_Visit]]
) -> tuple[FollowUp, ...]:
    """Everyone, hottest first, then by the date the next step is due (undated last);
    the same follow-up as the window's Follow-ups view (services/follow_ups.py)."""
    items: list[tuple[tuple[object, ...], FollowUp]] = []
    for person in people.values():
        step = follow_up_step(
            person.visitor_class,
            by_lead.get(person.lead_id, ()),
            person.follow_up_owner,
            person.follow_up_done_at,
        )
        items.append(
            (
                priority(person.rating, step, person.name),
                FollowUp(person, step.action, step.due, step.owner, step.done),
            )
        )
    items.sort(key=itemgetter(0))  # (stable: equals stay in the order met)
    return tuple(item for _key, item in items)


def _notes(people: dict[str, Person], visits: Sequence[_Visit]) -> tuple[Note, ...]:
    """Every note typed at the booth, hottest visitors first, then in the order said."""
    found = [
        Note(people[v.lead_id], v.notes, v.staff, v.at)
        for v in visits
        if v.notes and v.lead_id in people
    ]
    return tuple(sorted(found, key=lambda n: (rating_rank(n.person.rating), n.at)))


def _partners(people: dict[str, Person], met: Met) -> tuple[Partner, ...]:
    """Referrals (mentors) and whom customers already buy from, each named once with
    everyone who named it, and whether someone of that company was met at the show."""
    named: dict[tuple[str, str], tuple[str, dict[str, Person]]] = {}
    split: dict[str, list[str]] = {}  # each answer split once: many name the same
    for cls, key, kind in (
        (VisitorClass.MENTOR, "referral", "referral"),
        (VisitorClass.CUSTOMER, "buys_from", "buys_from"),
    ):
        for person, visits in met[cls.value]:
            for value in _every(visits, key):
                names = split.get(value)
                if names is None:
                    names = split[value] = _names(value)
                for name in names:
                    entry = named.setdefault((kind, company_key(name)), (name, {}))
                    entry[1].setdefault(person.lead_id, person)  # each person once
    by_company: dict[str, list[Person]] = {}
    keys: dict[str, str] = {}  # each company's key made once: a show meets many of each
    for person in people.values():
        if company := person.company:
            known = keys.get(company)
            if known is None:
                known = keys[company] = company_key(company)
            by_company.setdefault(known, []).append(person)
    partners = [
        Partner(name, kind, tuple(who.values()), tuple(by_company.get(key, ())))
        for (kind, key), (name, who) in named.items()
    ]
    return tuple(sorted(partners, key=lambda p: (-len(p.named_by), p.kind, p.name.casefold())))


def _names(value: str) -> list[str]:
    """One answer may name several, one per line or separated by ';' (never by a comma:
    "Eventful Agency, Lisbon" is one name)."""
    return [p for p in (part.strip(" .") for part in re.split(r"[\n;]+", value)) if p]


def _tz_label(tz: tzinfo, visits: Sequence[_Visit]) -> str:
    return zone_label(tz, visits[0].at if visits else None)


def _hour_title(tz: tzinfo, visits: Sequence[_Visit]) -> str:
    return hour_title(tz, visits[0].at if visits else None)


def event_days(debrief: Debrief) -> str:
    """'2026-11-22 – 2026-11-24', one date, or '' when the event has none."""
    if debrief.starts_on and debrief.ends_on and debrief.starts_on != debrief.ends_on:
        return f"{_day(debrief.starts_on)} – {_day(debrief.ends_on)}"
    return _day(debrief.starts_on or debrief.ends_on or "")


def _day(value: str) -> str:
    try:
        return day(date.fromisoformat(value))
    except ValueError:
        return value
