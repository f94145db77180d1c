"""Possible duplicates: the same visitor saved twice under slightly different names.

"Jon Smith (Acme)" and "John Smith (ACME Corp)", or a visitor typed twice without an
email, are not joined by a merge (same badge id or same email only, domain/
identity.py), and must not be joined automatically: two people can share a name.
So this only *hints*: the same phone number, or a name that reads nearly the same
(rapidfuzz, about one letter in ten different) at the same company (legal forms
and case ignored). Staff decide; "Combine these two leads" (services/combine_leads.py)
then joins them as a merge would.

Fast at any event size: candidates come from the search index (the last name's
first letters) and the phone index, never from reading the whole event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from showfloor.domain.person import PersonFields, display_name_of, name_of
from showfloor.services.phrase_terms import fold
from showfloor.services.search_index import has_fts
from showfloor.store.models import Lead

NAME_SIMILAR = 85  # rapidfuzz ratio: "Jon Smith" / "John Smith" is 95, "Jon Smith" / "Joan Smit" 89
NAME_ALONE = 95  # when only one of the two gave a company
CANDIDATES = 300  # leads read per look-up, at most
_LEGAL_TEXT = """inc incorporated corp corporation co company ltd limited llc llp plc gmbh ag
    kg ohg ug sa sas sarl srl spa bv nv ab as asa oy oyj kk pty pte group holding holdings the"""
LEGAL_FORMS = frozenset(_LEGAL_TEXT.split())
_WORD = re.compile(r"[a-z0-9]+")


def company_key(name: str | None) -> str:
    """A company as compared: "ACME Corp." and "Acme" are both "acme"."""
    words = [w for w in _WORD.findall(fold(name or "")) if w not in LEGAL_FORMS]
    return " ".join(words)


@dataclass(frozen=True)
class Possible:
    """A lead that may be the same person, and why we think so."""

    lead_id: str
    name: str
    company: str | None
    email: str | None
    visits: int
    reason: str

    @property
    def who(self) -> str:
        return f"{self.name} ({self.company})" if self.company else self.name


def possible_duplicates(
    session: Session,
    event_id: str,
    person: PersonFields,
    *,
    exclude: str | None = None,
    limit: int = 3,
) -> list[Possible]:
    """Live leads of the event that may be ``person``, likeliest first."""
    found: dict[str, Possible] = {}
    phone = (person.phone or "").strip()
    if phone:
        rows = session.scalars(
            select(Lead).where(
                Lead.event_id == event_id, Lead.phone == phone, Lead.deleted_at.is_(None)
            )
        )
        for lead in rows:
            if lead.id != exclude:
                found[lead.id] = _possible(lead, f"same phone {phone}")
    name = name_of(person)
    if name:
        scored = []
        for lead in _by_name(session, event_id, person):
            if lead.id == exclude or lead.id in found:
                continue
            reason = _same_person(person, lead)
            if reason is not None:
                score = fuzz.ratio(fold(name), fold(_lead_name(lead)))
                scored.append((-score, lead.id, lead, reason))
        for _score, _id, lead, reason in sorted(scored)[:limit]:
            found[lead.id] = _possible(lead, reason)
    return list(found.values())[:limit]


def _same_person(person: PersonFields, lead: Lead) -> str | None:
    """Why ``lead`` may be ``person``; None when it may not."""
    if person.email and lead.email and person.email.casefold() != lead.email.casefold():
        return None  # two addresses: two people (a merge would have joined one address)
    ours, theirs = fold(name_of(person)), fold(_lead_name(lead))
    if not ours or not theirs:
        return None
    similar = fuzz.token_sort_ratio(ours, theirs)
    a, b = company_key(person.company), company_key(lead.company)
    if a and b:
        same_company = a == b or fuzz.token_set_ratio(a, b) >= 90
        if same_company and similar >= NAME_SIMILAR:
            return "similar name, same company" if similar < 100 else "same name and company"
        return None
    if similar >= NAME_ALONE:
        return "same name" if similar == 100 else "similar name"
    return None


def _by_name(session: Session, event_id: str, person: PersonFields) -> list[Lead]:
    """Leads with the same last name, or the same first name and a last name that
    starts alike (a typo), at a company that starts alike when one was given."""
    name = _WORD.findall(fold(name_of(person)))
    last_words = _WORD.findall(fold(person.last_name or "")) or name[-1:]
    if not last_words:
        return []
    last = max(last_words, key=len)
    first = next(iter(_WORD.findall(fold(person.first_name or ""))), name[0])
    live = (Lead.event_id == event_id, Lead.deleted_at.is_(None))
    if not has_fts(session):
        pattern = f"%{last[:3]}%"
        query = select(Lead).where(*live).where(
            Lead.last_name.ilike(pattern) | Lead.full_name.ilike(pattern)
        )
        return list(session.scalars(query.limit(CANDIDATES)))
    match = f'"{last}"'
    if first != last:
        match += f' OR ("{first}" AND "{last[:3]}"*)'
    company = company_key(person.company).split()
    if company:
        match = f'({match}) AND "{company[0][:3]}"*'
    keys = session.execute(
        text("SELECT rowid FROM lead_search WHERE lead_search MATCH :q LIMIT :n"),
        {"q": match, "n": CANDIDATES},
    ).scalars().all()
    if not keys:
        return []
    return list(session.scalars(select(Lead).where(*live, Lead.search_key.in_(keys))))


def _lead_name(lead: Lead) -> str:
    return name_of(PersonFields.of(lead))


def _possible(lead: Lead, reason: str) -> Possible:
    name = display_name_of(PersonFields.of(lead))
    return Possible(lead.id, name, lead.company, lead.email, lead.visit_count, reason)
