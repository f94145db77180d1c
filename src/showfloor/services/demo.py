"""A demo event with staff, an attendee list and leads of all three classes.

Used by `showfloor demo`, the README's first command, screenshots and tests. It is
created once: running it again only makes the demo event current.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from showfloor.domain.person import PersonFields
from showfloor.services.capture import CaptureRequest, CaptureService
from showfloor.services.events import add_staff, create_event, set_current_staff, use_event
from showfloor.services.preferences import load_preferences, save_preferences
from showfloor.store.database import Database
from showfloor.store.models import Attendee, Event

DEMO_EVENT = "Demo Expo 2026"
DEMO_DAY = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
STAFF = ("Anna Berg", "Ben Okafor", "Chloé Martin")
# Their CRM addresses: each CRM export names the staff member who met a lead as its owner.
STAFF_EMAILS = (
    "anna.berg@showfloor.example",
    "ben.okafor@showfloor.example",
    "chloe.martin@showfloor.example",
)
DEMO_COUNTRY = "DE"  # the show is in Germany: phones typed without +49 are German

ATTENDEES = (
    # badge_id, ticket, first, last, company, title, email
    (
        "A-10017",
        "T7Q2-K9XP",
        "Priya",
        "Raman",
        "Northwind Labs",
        "Head of Ops",
        "priya@northwind.example",
    ),
    (
        "A-10018",
        "T8R4-M2ZQ",
        "Tomás",
        "Álvarez",
        "Iberia Freight",
        "CTO",
        "tomas@iberiafreight.example",
    ),
    (
        "A-10019",
        "T9S6-P4WL",
        "Mei",
        "Tanaka",
        "Kaizen Retail",
        "Buyer",
        "mei.tanaka@kaizen.example",
    ),
    (
        "A-10020",
        "U1T8-R6YN",
        "Jonas",
        "Weber",
        "Weber & Söhne",
        "Owner",
        "jonas@weber-soehne.example",
    ),
    (
        "A-10021",
        "U2V1-S8AB",
        "Fatima",
        "Zahra",
        "Open Supply Forum",
        "Editor",
        "fatima@osf.example",
    ),
)


@dataclass(frozen=True)
class DemoVisit:
    minutes: int
    cls: str
    staff: int
    person: PersonFields
    rating: str | None = None
    note: str | None = None
    answers: tuple[tuple[str, str], ...] = ()
    badge: str | None = None
    tags: tuple[str, ...] = ()
    consent: bool = True
    phone: str | None = None  # typed by hand, as staff do


def _p(first: str, last: str, company: str, title: str, email: str) -> PersonFields:
    return PersonFields(first_name=first, last_name=last, company=company, title=title, email=email)


VISITS: tuple[DemoVisit, ...] = (
    DemoVisit(
        25,
        "customer",
        0,
        PersonFields(),
        "hot",
        "Wants a pilot in Q1.",
        (
            ("status", "existing"),
            ("pain_1", "manual data entry after every show"),
            ("pain_2", "leads lost between laptops"),
            ("pain_3", "no insight from non-buyers"),
            ("buys_from", "Cvent lead retrieval"),
            ("timeline", "Q1 2027"),
            ("obstacle", "approval process needs IT sign-off"),
            ("decision_maker", "yes"),
            ("early_adopter", "first"),
            ("missing_feature", "Salesforce campaign sync"),
            ("next_step", "demo"),
            ("next_step_due", "2026-12-02"),
        ),
        badge="T7Q2-K9XP",
        tags=("pilot",),
    ),
    DemoVisit(
        48,
        "mentor",
        1,
        _p("Graham", "Bell", "Acoustic Partners", "Consultant", "graham@acoustic.example"),
        "warm",
        "Ran booths for 20 years; generous with advice.",
        (
            ("reservations", "budget is frozen until spring"),
            ("barriers", "IT security review takes months"),
            ("pitch_gaps", "no references from our industry"),
            ("right_customer", "mid-size event agencies"),
            ("referral", "Eventful Agency, Lisbon"),
        ),
    ),
    DemoVisit(
        70,
        "kol",
        2,
        _p("Fatima", "Zahra", "Open Supply Forum", "Editor", "fatima@osf.example"),
        "hot",
        "Writes the weekly Open Supply letter.",
        (
            ("channels", "newsletter, podcast, keynote at LogiSummit"),
            ("audience_size", "40k"),
            ("topics", "supply chain tooling"),
            ("impression", "loved the offline-first angle"),
            ("delight_plan", "early access + intro to our CEO"),
            ("owner", "Chloé Martin"),
        ),
    ),
    DemoVisit(
        95,
        "customer",
        0,
        PersonFields(),
        "warm",
        "Asked for pricing for 12 laptops.",
        (
            ("status", "prospect"),
            ("pain_1", "leads lost between laptops"),
            ("pain_2", "slow badge scanning"),
            ("buys_from", "spreadsheets"),
            ("timeline", "next quarter"),
            ("obstacle", "my boss asks if I should focus on this"),
            ("decision_maker", "no"),
            ("early_adopter", "needs_references"),
            ("missing_feature", "HubSpot export"),
            ("next_step", "quote"),
            ("next_step_due", "2026-11-30"),
        ),
        badge="BEGIN:VCARD\r\nVERSION:3.0\r\nN:Tanaka;Mei\r\nFN:Mei Tanaka\r\n"
        "ORG:Kaizen Retail\r\nTITLE:Buyer\r\nEMAIL:mei.tanaka@kaizen.example\r\nEND:VCARD",
    ),
    DemoVisit(
        130,
        "mentor",
        1,
        _p("Sofia", "Lindqvist", "Nordic Expo Services", "Director", "sofia@nordicexpo.example"),
        "cold",
        "Not a buyer: runs a competing service, but open to partnering.",
        (
            ("reservations", "budget is frozen until spring"),
            ("barriers", "IT security review takes months"),
            ("pitch_gaps", "pricing page is unclear"),
            ("right_customer", "trade associations"),
            ("referral", "Nordic Trade Association"),
        ),
        consent=False,  # a competitor: happy to talk, not to be mailed
        phone="+46 8 555 123 45",
    ),
    DemoVisit(
        160,
        "customer",
        2,
        _p("Jonas", "Weber", "Weber & Söhne", "Owner", "jonas@weber-soehne.example"),
        "hot",
        None,
        (
            ("status", "existing"),
            ("pain_1", "manual data entry after every show"),
            ("pain_2", "no insight from non-buyers"),
            ("buys_from", "Cvent lead retrieval"),
            ("timeline", "this month"),
            ("decision_maker", "yes"),
            ("early_adopter", "first"),
            ("missing_feature", "Salesforce campaign sync"),
            ("next_step", "call"),
            ("next_step_due", "2026-11-25"),
        ),
        phone="030 12345678",
    ),
    DemoVisit(
        190,
        "kol",
        0,
        _p("Rafael", "Costa", "Booth Talk Podcast", "Host", "rafael@boothtalk.example"),
        "warm",
        "Recorded a 5-minute segment.",
        (
            ("channels", "podcast, LinkedIn"),
            ("audience_size", "12k"),
            ("topics", "event marketing"),
            ("impression", "wants to see the debrief report"),
            ("delight_plan", "trial for his team"),
            ("owner", "Anna Berg"),
        ),
        phone="0171 2345678",
    ),
    DemoVisit(
        220,
        "mentor",
        2,
        _p("Olu", "Adeyemi", "Lagos Trade Fair", "Organiser", "olu@lagosfair.example"),
        "warm",
        None,
        (
            ("reservations", "organisers already sell lead scanning"),
            ("barriers", "IT security review takes months"),
            ("pitch_gaps", "no references from our industry"),
            ("right_customer", "exhibitors with 3+ shows a year"),
        ),
    ),
    DemoVisit(
        250,
        "customer",
        1,
        PersonFields(),
        "cold",
        "Just browsing today.",
        (
            ("status", "prospect"),
            ("pain_1", "slow badge scanning"),
            ("pain_2", "Leads get lost between laptops!"),
            ("early_adopter", "unknown"),
            ("next_step", "send material"),
        ),
        badge="MECARD:N:Alvarez,Tomas;ORG:Iberia Freight;EMAIL:tomas@iberiafreight.example;;",
    ),
    DemoVisit(
        280,
        "mentor",
        0,
        _p("Hannah", "Kim", "Seoul Expo Group", "Analyst", "hannah@seoulexpo.example"),
        None,
        None,
        (
            ("reservations", "organisers already sell lead scanning"),
            ("barriers", "Security reviews by IT take months."),
            ("pitch_gaps", "pricing page is unclear"),
            ("referral", "Korea Exhibitors Club"),
        ),
        consent=False,
    ),
    # Repeat visitors: the same people come back in the afternoon.
    DemoVisit(
        330,
        "customer",
        2,
        PersonFields(),
        "hot",
        "Came back with her IT lead; pilot agreed.",
        (
            ("status", "existing"),
            ("obstacle", "IT sign-off now scheduled"),
            ("next_step", "demo"),
            ("next_step_due", "2026-11-28"),
        ),
        badge="T7Q2-K9XP",
    ),
    DemoVisit(
        360,
        "mentor",
        1,
        _p("Graham", "Bell", "", "", "graham@acoustic.example"),
        "warm",
        "Brought a colleague; suggested a partner programme.",
        (("referral", "Booth Builders Ltd"),),
    ),
    DemoVisit(
        400,
        "kol",
        2,
        _p("Fatima", "Zahra", "", "", "fatima@osf.example"),
        "hot",
        "Wants to feature us in the January issue.",
        (("delight_plan", "exclusive interview with founders"), ("owner", "Chloé Martin")),
    ),
)


def create_demo(db: Database) -> tuple[str, bool]:
    """Create the demo event once; returns (event id, whether it was created now)."""
    with db.session() as session:
        existing = session.scalars(select(Event).where(Event.name == DEMO_EVENT)).first()
        if existing is not None:
            use_event(session, existing.id)
            return existing.id, False
        event = create_event(session, DEMO_EVENT, "2026-11-22", "2026-11-24", "Hall 4, Messe")
        staff = [add_staff(session, n, e) for n, e in zip(STAFF, STAFF_EMAILS, strict=True)]
        prefs = load_preferences(session)
        if prefs.phone_country is None:
            save_preferences(session, replace(prefs, phone_country=DEMO_COUNTRY))
        set_current_staff(session, staff[0])
        for badge_id, ticket, first, last, company, title, email in ATTENDEES:
            session.add(
                Attendee(
                    event_id=event.id,
                    badge_id=badge_id,
                    ticket_code=ticket,
                    first_name=first,
                    last_name=last,
                    company=company,
                    title=title,
                    email=email,
                )
            )
        event_id = event.id
    service = CaptureService(db)
    for visit in VISITS:
        service.capture(
            CaptureRequest(
                visitor_class=visit.cls,
                person=replace(visit.person, phone=visit.phone),
                badge_payload=visit.badge,
                rating=visit.rating,
                note=visit.note,
                answers=dict(visit.answers),
                tags=visit.tags,
                staff_name=STAFF[visit.staff],
                consent=visit.consent,
                at=DEMO_DAY + timedelta(minutes=visit.minutes),
            )
        )
    return event_id, True
