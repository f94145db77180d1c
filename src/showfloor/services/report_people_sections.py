"""The debrief's lists of people: early adopters, key opinion leaders, referrals and
partners, notes from the booth and the follow-up list."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache

from showfloor.services.catalog import number, translate
from showfloor.services.report import Adopter, Debrief, FollowUp, Kol, Note, Partner
from showfloor.services.report_markup import (
    _class_label,
    _due,
    _lines,
    _opt,
    _rating,
    _table,
    _who,
    _who_line,
    breakable_email,
    e,
    muted,
)

MAX_NAMED_BY = 12  # who named a partner, in the PDF


def _adopter_row(_n: int, a: Adopter) -> list[str]:
    return [_who(a.person), _rating(a.person), _opt(a.timeline), _opt(a.decision_maker),
            _opt(a.buys_from)]  # fmt: skip


def _adopters(d: Debrief, limit: int | None) -> str:
    headers = (
        (translate("Debrief", "Customer"), 30),
        (translate("Debrief", "Rating"), 10),
        (translate("Debrief", "Timeline"), 18),
        (translate("Debrief", "Decision maker"), 14),
        (translate("Debrief", "Already buys from"), 28),
    )
    return (
        "<h3>"
        + e(
            translate("Debrief", "Happy to be first ({count})").format(
                count=number(len(d.early_adopters))
            )
        )
        + "</h3>"
        + _table(
            headers,
            d.early_adopters,
            _adopter_row,
            translate("Debrief", "No customer said they would go first."),
            limit,
        )
        + "<h3>"
        + e(
            translate("Debrief", "Will ask who else uses it ({count})").format(
                count=number(len(d.needs_references))
            )
        )
        + "</h3>"
        + _table(
            headers,
            d.needs_references,
            _adopter_row,
            translate("Debrief", "No customer asked for references."),
            limit,
        )
    )


def _kol_row(_n: int, k: Kol) -> list[str]:
    return [
        _who(k.person),
        _lines(k.channels) + (f'<br><span class="who">audience {e(k.audience)}</span>'
                              if k.audience else ""),
        _lines(k.topics),
        _lines(k.impressions),
        _lines(k.delight_plans),
        _opt(k.owner),
    ]  # fmt: skip


def _kols(items: Sequence[Kol], limit: int | None) -> str:
    headers = (
        (translate("Debrief", "Who"), 20),
        (translate("Debrief", "Channels and audience"), 20),
        (translate("Debrief", "Topics"), 14),
        (translate("Debrief", "What they thought"), 17),
        (translate("Debrief", "Plan to delight"), 17),
        (translate("Debrief", "Owner"), 12),
    )
    return _table(
        headers, items, _kol_row, translate("Debrief", "No key opinion leader visited."), limit
    )


def _partner_row(p: Partner, names: int | None) -> list[str]:
    """``names``: how many of those who named it to list (None: all of them)."""
    named = p.named_by if names is None else p.named_by[:names]
    more = len(p.named_by) - len(named)
    return [
        f"<b>{e(p.name)}</b>",
        e(
            translate("Debrief", "referral (mentor)")
            if p.kind == "referral"
            else translate("Debrief", "already buys from (customer)")
        ),
        "<br>".join(_who_line(x) for x in named)
        + (f'<br><span class="who">{e(_and_more(more))}</span>' if more else ""),
        e(p.status),
    ]


def _and_more(count: int) -> str:
    return translate("Debrief", "and {count} more").format(count=number(count))


def _referrals(d: Debrief, limit: int | None) -> str:
    """Whom visitors named as sources of customers, and who mentors say to target."""
    headers = (
        (translate("Debrief", "Who"), 28),
        (translate("Debrief", "How they came up"), 20),
        (translate("Debrief", "Named by"), 30),
        (translate("Debrief", "Status"), 22),
    )
    intro = muted(
        translate(
            "Debrief",
            "Referrals mentors offered, and the suppliers customers already buy from: "
            "competitors and neighbours can send prospects our way.",
        )
    )
    # A supplier half the customers named is named by thousands at a big show: the PDF
    # lists a few of them (those thousands were most of its pages' text at 100k leads).
    names = None if limit is None else MAX_NAMED_BY

    def row(_n: int, p: Partner) -> list[str]:
        return _partner_row(p, names)

    partners = intro + _table(
        headers,
        d.partners,
        row,
        translate("Debrief", "No visitor named a referral or a supplier."),
        limit,
    )
    targets = [r for r in d.referrals if r.right_customer]
    right = ""
    if targets:
        items = "".join(
            f'<li>{_lines(r.right_customer)} <span class="who">— {e(r.person.who)}</span></li>'
            for r in targets[: limit or len(targets)]
        )
        heading = e(translate("Debrief", "Who mentors say the right customer is"))
        right = f"<h3>{heading}</h3><ul>{items}</ul>"
    return partners + right


def _follow_ups(items: Sequence[FollowUp], limit: int | None, mark: str = "<wbr>") -> str:
    def row(n: int, f: FollowUp) -> list[str]:
        p = f.person
        reach = [breakable_email(p.email, mark)] if p.email else []
        reach += [e(p.phone)] if p.phone else []
        contact = (
            f'<span class="contact">{"<br>".join(reach)}</span>'
            if reach
            else '<span class="muted">—</span>'
        )
        if not p.consent:
            refused = e(translate("Debrief", "no consent: do not contact"))
            contact += f'<br><span class="nocontact">{refused}</span>'
        due = translate("Debrief", "due {date}").format(date=_due(f.due)) if f.due else ""
        step = _opt(f.next_step) + (f'<br><span class="who">{e(due)}</span>' if f.due else "")
        if f.done:
            step += f'<br><span class="done">{e(translate("Debrief", "done"))}</span>'
        who = _who(p) + f'<br><span class="who">{e(_class_label(p.visitor_class))}</span>'
        return [str(n), _rating(p), who, step, _opt(f.owner), contact]

    headers = (
        ("#", 6),
        (translate("Debrief", "Rating"), 10),
        (translate("Debrief", "Who"), 26),
        (translate("Debrief", "Next step"), 19),
        (translate("Debrief", "Owner"), 12),
        (translate("Debrief", "Contact"), 27),
    )
    intro = muted(
        translate(
            "Debrief",
            "Hot first, then warm, cold and unrated; within a rating, the earliest due next "
            "step first.",
        )
    )
    return intro + _table(headers, items, row, translate("Debrief", "No leads yet."), limit)


def _note_row(_n: int, n: Note) -> list[str]:
    return [
        _who(n.person) + f'<br><span class="who">{e(_class_label(n.person.visitor_class))}</span>',
        e(n.text).replace("\n", "<br>"),
        e(n.staff or "—") + f'<br><span class="who">{_note_time(n.at)} UTC</span>',
    ]


def _note_time(at: datetime) -> str:
    """'Sun 22 Nov, 14:30', as ``%a %d %b, %H:%M`` writes it."""
    return f"{_weekday(at.date())}, {at.hour:02d}:{at.minute:02d}"


@lru_cache(maxsize=1024)
def _weekday(value: date) -> str:
    """'Sun 22 Nov': strftime once per day (in a Qt process each strftime call goes
    through PySide's import hook; 90,000 notes made that a tenth of the page)."""
    return f"{value:%a %d %b}"


def _notes(items: Sequence[Note], limit: int | None) -> str:
    headers = (
        (translate("Debrief", "Who"), 28),
        (translate("Debrief", "Note"), 50),
        (translate("Debrief", "Heard by"), 22),
    )
    intro = muted(translate("Debrief", "Every note typed at the booth, hot leads first."))
    return intro + _table(
        headers, items, _note_row, translate("Debrief", "No notes were typed."), limit
    )
