"""The debrief: counts of the demo event, grouped insights, the HTML page and its escaping.

Expectations come from the demo data (services.demo.VISITS) and plain SQL, never
from the grouping code under test.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from showfloor.services.demo import VISITS, create_demo
from showfloor.services.report import Debrief, Insight, build_debrief
from showfloor.services.report_charts import svg_chart
from showfloor.services.report_html import SECTIONS, render_html
from showfloor.store.database import Database
from showfloor.store.models import Lead, Visit

from helpers.builders import capture, make_event

# The one rewording in the demo data that the grouping must see through.
SAME_POINT = {
    "leads get lost between laptops!": "leads lost between laptops",
    "security reviews by it take months.": "it security review takes months",
}


def identity(visit: object) -> str:
    """Who a demo visit was with: their email, else their badge (what capture matches on)."""
    person = visit.person  # type: ignore[attr-defined]
    return person.email or visit.badge  # type: ignore[attr-defined,no-any-return]


def expected_points(cls: str, keys: tuple[str, ...]) -> dict[str, int]:
    """Point (canonical wording) → how many different people made it, from VISITS."""
    said: dict[str, set[str]] = defaultdict(set)
    for visit in VISITS:
        if visit.cls != cls:
            continue
        for key, value in visit.answers:
            if key in keys:
                text = value.lower()
                said[SAME_POINT.get(text, text)].add(identity(visit))
    return {point: len(people) for point, people in said.items()}


def found(insights: tuple[Insight, ...]) -> dict[str, int]:
    return {i.label.lower(): i.count for i in insights}


@pytest.fixture
def demo(db: Database) -> Debrief:
    event_id, _created = create_demo(db)
    return build_debrief(db, event_id, UTC)


def test_summary_counts_match_the_database(db: Database, demo: Debrief) -> None:
    with db.session() as session:
        by_class = {
            cls: n
            for cls, n in session.execute(
                select(Lead.visitor_class, func.count()).group_by(Lead.visitor_class)
            )
        }
        ratings = select(Lead.rating, func.count()).group_by(Lead.rating)
        by_rating = {r: n for r, n in session.execute(ratings)}
        visits = session.scalar(select(func.count()).select_from(Visit))
        returning = session.scalar(select(func.count()).where(Lead.visit_count > 1))
    assert demo.leads == sum(by_class.values()) == 10
    assert demo.visits == visits == len(VISITS)
    assert demo.returning == returning == 3
    assert {b.key: b.value for b in demo.by_class.bars} == by_class
    assert {b.key: b.value for b in demo.by_rating.bars} == {
        (k or "unrated"): v for k, v in by_rating.items()
    }


def test_visits_per_hour_and_per_staff_come_from_the_demo_schedule(demo: Debrief) -> None:
    start = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
    hours = Counter((start + timedelta(minutes=v.minutes)).hour for v in VISITS)
    shown = {int(b.label.rstrip("h")): b.value for b in demo.by_hour.bars}
    assert {h: n for h, n in shown.items() if n} == dict(hours)
    assert list(shown) == list(range(min(hours), max(hours) + 1))  # quiet hours shown too
    staff = Counter(("Anna Berg", "Ben Okafor", "Chloé Martin")[v.staff] for v in VISITS)
    assert {b.label: b.value for b in demo.by_staff.bars} == dict(staff)


def test_hours_follow_the_time_zone(db: Database) -> None:
    from zoneinfo import ZoneInfo

    event_id, _ = create_demo(db)
    berlin = build_debrief(db, event_id, ZoneInfo("Europe/Berlin"))
    assert berlin.by_hour.bars[0].label == "10h"  # 09:25 UTC is 10:25 in Berlin in November
    assert "UTC+01:00" in berlin.by_hour.title


def test_mentors_points_are_grouped_with_counts(demo: Debrief) -> None:
    assert found(demo.reservations) == expected_points("mentor", ("reservations",))
    assert found(demo.barriers) == expected_points("mentor", ("barriers",))
    assert found(demo.pitch_gaps) == expected_points("mentor", ("pitch_gaps",))
    barrier = demo.barriers[0]
    assert barrier.count == 4
    wordings = {text for text, _quote in barrier.quotes}
    assert "Security reviews by IT take months." in wordings
    assert {q.person.name for _t, q in barrier.quotes} >= {"Graham Bell", "Hannah Kim"}
    assert all(q.staff for _t, q in barrier.quotes)


def test_customers_pains_are_pooled_and_ranked(demo: Debrief) -> None:
    expected = expected_points("customer", ("pain_1", "pain_2", "pain_3"))
    assert found(demo.pains) == expected
    assert demo.pains[0].label.lower() == "leads lost between laptops"
    assert demo.pains[0].count == max(expected.values()) == 3
    counts = [p.count for p in demo.pains]
    assert counts == sorted(counts, reverse=True)


def test_missing_features(demo: Debrief) -> None:
    assert found(demo.missing_features) == expected_points("customer", ("missing_feature",))


def test_early_adopters_and_those_who_need_references(demo: Debrief) -> None:
    latest: dict[str, tuple[str, str]] = {}
    for visit in VISITS:
        stance = dict(visit.answers).get("early_adopter")
        if visit.cls == "customer" and stance:
            latest[identity(visit)] = (stance, visit.person.last_name or "")
    firsts = {who for who, (stance, _n) in latest.items() if stance == "first"}
    refs = {who for who, (stance, _n) in latest.items() if stance == "needs_references"}
    assert len(demo.early_adopters) == len(firsts) == 2
    assert len(demo.needs_references) == len(refs) == 1
    assert {a.person.name for a in demo.early_adopters} == {"Priya Raman", "Jonas Weber"}
    assert [a.person.name for a in demo.needs_references] == ["Mei Tanaka"]


def test_kols_with_every_plan_and_the_latest_owner(demo: Debrief) -> None:
    kols = {k.person.name: k for k in demo.kols}
    assert set(kols) == {"Fatima Zahra", "Rafael Costa"}
    fatima = kols["Fatima Zahra"]
    assert fatima.channels == ("newsletter, podcast, keynote at LogiSummit",)
    assert fatima.audience == "40k"
    assert fatima.delight_plans == (
        "early access + intro to our CEO",
        "exclusive interview with founders",
    )
    assert fatima.owner == "Chloé Martin"


def test_referral_partners(demo: Debrief) -> None:
    expected: dict[str, set[str]] = defaultdict(set)
    for visit in VISITS:
        answers = dict(visit.answers)
        if visit.cls == "mentor" and (answers.get("referral") or answers.get("right_customer")):
            expected[visit.person.email or ""].add(answers.get("referral", ""))
    assert {r.person.email for r in demo.referrals} == set(expected)
    graham = next(r for r in demo.referrals if r.person.name == "Graham Bell")
    assert graham.referrals == ("Eventful Agency, Lisbon", "Booth Builders Ltd")
    assert graham.right_customer == ("mid-size event agencies",)


def test_follow_ups_by_rating_then_due_date(demo: Debrief) -> None:
    rank = {"hot": 0, "warm": 1, "cold": 2, None: 3}
    ranks = [rank[f.person.rating] for f in demo.follow_ups]
    assert ranks == sorted(ranks) and len(ranks) == demo.leads
    hot = [(f.person.name, f.due) for f in demo.follow_ups if f.person.rating == "hot"]
    assert hot == [
        ("Jonas Weber", "2026-11-25"),
        ("Priya Raman", "2026-11-28"),  # her second visit moved the demo forward
        ("Fatima Zahra", None),
    ]
    assert demo.follow_ups[0].next_step == "call"


def test_html_has_every_section_and_count(demo: Debrief) -> None:
    html = render_html(demo)
    for key, title in SECTIONS:
        assert f'id="{key}"' in html and title.replace("'", "&#x27;") in html
    assert html.count("<svg") == 4
    assert "<script" not in html and "http://" not in html.replace("http://www.w3.org", "")
    assert 'class="stat">10</span><br>people met' in html
    assert ">&nbsp;4&nbsp;</span> IT security review takes months" in html
    assert "Eventful Agency, Lisbon" in html and "Korea Exhibitors Club" in html


def test_long_lists_are_cut_with_a_note_saying_where_the_rest_are(demo: Debrief) -> None:
    """For the PDF: a big show's 4,000 follow-ups were 376 pages."""
    html = render_html(demo, max_rows=3)
    follow_up = html[html.index('id="follow-up"') :]
    assert follow_up.count("<tr>") == 1 + 3  # the header and three people
    assert "The first 3 of 10 are listed here." in follow_up
    assert "CSV export hold them all" in follow_up
    everyone = render_html(demo)
    assert everyone[everyone.index('id="follow-up"') :].count("<tr>") == 1 + 10
    assert "are listed here" not in everyone


def test_the_pdf_names_a_few_of_those_who_named_a_supplier(demo: Debrief) -> None:
    """A supplier half the customers named: the PDF lists MAX_NAMED_BY of them and
    says how many more; the web page lists everyone."""
    from dataclasses import replace

    from showfloor.services.report import Partner, Person
    from showfloor.services.report_html import MAX_NAMED_BY

    crowd = tuple(
        Person(f"id-{i}", f"Buyer {i:04}", "Acme", None, None, None, "customer", None, True)
        for i in range(MAX_NAMED_BY + 30)
    )
    big = replace(demo, partners=(Partner("Cvent", "already buys from", crowd, ()),))
    pdf = render_html(big, max_rows=250)
    cell = pdf[pdf.index('id="referrals"') :]
    assert f"Buyer {MAX_NAMED_BY - 1:04}" in cell and f"Buyer {MAX_NAMED_BY:04}" not in cell
    assert "and 30 more" in cell
    page = render_html(big)
    assert f"Buyer {MAX_NAMED_BY + 29:04}" in page and "and 30 more" not in page


def test_html_escapes_what_visitors_typed(db: Database) -> None:
    event_id = make_event(db, "<b>Expo</b>")
    capture(
        db, "mentor", first_name="<script>alert(1)</script>", last_name="X",
        company='"><img src=x onerror=alert(2)>', staff_name="<i>Anna</i>",
        answers={"barriers": "<script>steal()</script> & more"},
    )  # fmt: skip
    html = render_html(build_debrief(db, event_id, UTC))
    assert "<script" not in html and "<img" not in html and "<i>Anna" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;script&gt;steal()&lt;/script&gt; &amp; more" in html
    assert "&lt;b&gt;Expo&lt;/b&gt;" in html


def test_empty_event_says_so(db: Database) -> None:
    event_id = make_event(db)
    debrief = build_debrief(db, event_id, UTC)
    html = render_html(debrief)
    assert debrief.leads == 0
    assert "No mentor named a reservation." in html and "No leads yet." in html
    assert "Nothing recorded yet." in svg_chart(debrief.by_hour)
