"""The debrief's lists of people: early adopters, key opinion leaders, referrals and
partners, notes from the booth and the follow-up list."""

from __future__ import annotations

from collections.abc import Sequence

from showfloor.services.report import Adopter, Debrief, FollowUp, Kol, Note, Partner
from showfloor.services.report_markup import (
    _class_line,
    _lines,
    _opt,
    _rating,
    _staff,
    _table,
    _who,
    _who_line,
    breakable_email,
    e,
)

MAX_NAMED_BY = 12  # who named a partner, in the PDF


def _adopter_row(_n: int, a: Adopter) -> list[str]:
    return [_who(a.person), _rating(a.person), _opt(a.timeline), _opt(a.decision_maker),
            _opt(a.buys_from)]  # fmt: skip


def _adopters(d: Debrief, limit: int | None) -> str:
    headers = (("Customer", 30), ("Rating", 10), ("Timeline", 18), ("Decision maker", 14),
               ("Already buys from", 28))  # fmt: skip
    return (
        f"<h3>Happy to be first ({len(d.early_adopters)})</h3>"
        + _table(
            headers, d.early_adopters, _adopter_row, "No customer said they would go first.",
            limit,
        )
        + f"<h3>Will ask who else uses it ({len(d.needs_references)})</h3>"
        + _table(
            headers, d.needs_references, _adopter_row, "No customer asked for references.", limit
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
    headers = (("Who", 20), ("Channels and audience", 20), ("Topics", 14),
               ("What they thought", 17), ("Plan to delight", 17), ("Owner", 12))  # fmt: skip
    return _table(headers, items, _kol_row, "No key opinion leader visited.", limit)


def _partner_row(p: Partner, names: int | None) -> list[str]:
    """``names``: how many of those who named it to list (None: all of them)."""
    named = p.named_by if names is None else p.named_by[:names]
    more = len(p.named_by) - len(named)
    return [
        f"<b>{e(p.name)}</b>",
        e("referral (mentor)" if p.kind == "referral" else "already buys from (customer)"),
        "<br>".join(_who_line(x) for x in named)
        + (f'<br><span class="who">and {more:,} more</span>' if more else ""),
        e(p.status),
    ]


def _referrals(d: Debrief, limit: int | None) -> str:
    """Whom visitors named as sources of customers, and who mentors say to target."""
    headers = (("Who", 28), ("How they came up", 20), ("Named by", 30), ("Status", 22))
    intro = (
        '<p class="muted">Referrals mentors offered, and the suppliers customers already buy '
        "from: competitors and neighbours can send prospects our way.</p>"
    )
    # A supplier half the customers named is named by thousands at a big show: the PDF
    # lists a few of them (those thousands were most of its pages' text at 100k leads).
    names = None if limit is None else MAX_NAMED_BY

    def row(_n: int, p: Partner) -> list[str]:
        return _partner_row(p, names)

    partners = intro + _table(
        headers, d.partners, row, "No visitor named a referral or a supplier.", limit
    )
    targets = [r for r in d.referrals if r.right_customer]
    right = ""
    if targets:
        items = "".join(
            f"<li>{_lines(r.right_customer)} "
            f'<span class="who">— {e(r.person.who)}</span></li>'
            for r in targets[: limit or len(targets)]
        )
        right = f"<h3>Who mentors say the right customer is</h3><ul>{items}</ul>"
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
            contact += '<br><span class="nocontact">no consent: do not contact</span>'
        step = _opt(f.next_step) + (f'<br><span class="who">due {e(f.due)}</span>' if f.due else "")
        if f.done:
            step += '<br><span class="done">done</span>'
        who = _who(p) + _class_line(p.visitor_class)
        return [str(n), _rating(p), who, step, _opt(f.owner), contact]

    headers = (("#", 6), ("Rating", 10), ("Who", 26), ("Next step", 19), ("Owner", 12),
               ("Contact", 27))  # fmt: skip
    intro = (
        '<p class="muted">Hot first, then warm, cold and unrated; within a rating, the '
        "earliest due next step first.</p>"
    )
    return intro + _table(headers, items, row, "No leads yet.", limit)


def _note_row(_n: int, n: Note) -> list[str]:
    return [
        _who(n.person) + _class_line(n.person.visitor_class),
        e(n.text).replace("\n", "<br>"),
        _staff(n.staff) + f'<br><span class="who">{n.at:%a %d %b, %H:%M} UTC</span>',
    ]


def _notes(items: Sequence[Note], limit: int | None) -> str:
    headers = (("Who", 28), ("Note", 50), ("Heard by", 22))
    intro = '<p class="muted">Every note typed at the booth, hot leads first.</p>'
    return intro + _table(headers, items, _note_row, "No notes were typed.", limit)
