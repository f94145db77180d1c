"""The vocabulary of badge systems' key names, shared by JSON badges and URL query strings.

Eventbrite, pretix, Swapcard, Cvent and home-grown systems all name the same things
differently (``first_name``, ``firstName``, ``given-name``, ``FirstName``), so keys
are compared after case-folding and dropping separators. Where a key sits matters as
much as its name: ``name`` inside ``company`` is the company, ``code`` inside
``ticket`` is a ticket code, and anything under ``event`` is not about the visitor.
"""

from __future__ import annotations

import re
from enum import Enum

from showfloor.badges.words import wordset

_NOT_ALNUM = re.compile(r"[^a-z0-9]")


class Context(Enum):
    PERSON = "person"
    ATTENDEE = "attendee"  # a person object whose plain "id" is the attendee id
    NAME = "name"
    COMPANY = "company"
    BADGE = "badge"
    TICKET = "ticket"
    ORDER = "order"
    SKIP = "skip"


# Id kinds, most specific first: the rank orders lookup_keys and picks badge_id.
BADGE, ATTENDEE, LEAD, GENERIC, TICKET, ORDER = range(6)


_FIELDS: dict[str, frozenset[str]] = {
    "full": wordset(
        "name fullname displayname personname printname nameonbadge badgename full display"
    ),
    "first": wordset("firstname givenname first given forename fname vorname prenom nombre"),
    "last": wordset(
        "lastname surname familyname last family lname nachname nom apellido apellidos"
    ),
    "email": wordset(
        "email mail emailaddress emails mailaddress businessemail workemail primaryemail "
        "email1 emailaddr"
    ),
    "company": wordset(
        "company organization organisation org companyname organizationname "
        "organisationname employer firma entreprise empresa institution affiliation"
    ),
    "title": wordset("title jobtitle position jobposition jobrole designation job"),
    "phone": wordset(
        "phone mobile tel telephone phonenumber mobilephone mobilenumber cell cellphone "
        "workphone businessphone phones phonenumbers mobilephonenumber"
    ),
}
_FIELD_OF = {key: name for name, keys in _FIELDS.items() for key in keys}

_IDS: dict[int, frozenset[str]] = {
    BADGE: wordset("badgeid badgenumber badgecode badgeno badgeuid"),
    ATTENDEE: wordset(
        "attendeeid attendeeuid attendeecode participantid visitorid delegateid registrantid "
        "registrationid registrationcode regid personid contactid userid"
    ),
    LEAD: wordset("lead leadid leadcode"),
    GENERIC: wordset("id uid uuid"),
    TICKET: wordset(
        "ticketid ticketcode ticketnumber ticketno ticketsecret secret barcode qr qrcode "
        "code scancode accesscode"
    ),
    ORDER: wordset(
        "orderid ordercode ordernumber orderno bookingid bookingref bookingreference "
        "reference ref confirmationcode confirmationnumber"
    ),
}
_ID_RANK = {key: rank for rank, keys in _IDS.items() for key in keys}
# A scalar under one of these keys is an id of that kind; an object is a context.
_SCALAR_IDS = {
    "badge": BADGE,
    "attendee": ATTENDEE,
    "participant": ATTENDEE,
    "registration": ATTENDEE,
    "ticket": TICKET,
    "order": ORDER,
    "booking": ORDER,
}
# Inside a ticket, an order or a badge, plain "id" or "code" is that kind's id.
_CONTEXT_ID_KEYS = wordset("id uid uuid code secret number no barcode qr qrcode")
_CONTEXT_ID_RANK = {
    Context.BADGE: BADGE,
    Context.ATTENDEE: ATTENDEE,
    Context.TICKET: TICKET,
    Context.ORDER: ORDER,
}
_PERSONAL = (Context.PERSON, Context.ATTENDEE, Context.BADGE)

_CONTEXTS: dict[str, Context] = {
    **dict.fromkeys(
        wordset("person contact user profile data customer payload attributes fields details info"),
        Context.PERSON,
    ),
    **dict.fromkeys(
        wordset("attendee visitor participant delegate registrant registration lead guest"),
        Context.ATTENDEE,
    ),
    **dict.fromkeys(wordset("name fullname"), Context.NAME),
    **dict.fromkeys(_FIELDS["company"], Context.COMPANY),
    **dict.fromkeys(wordset("badge"), Context.BADGE),
    **dict.fromkeys(wordset("ticket tickets"), Context.TICKET),
    **dict.fromkeys(wordset("order booking"), Context.ORDER),
    **dict.fromkeys(
        wordset(
            "event events venue exhibitor exhibitors organizer organiser organizers "
            "organisers sponsor sponsors session sessions conference location address "
            "meta metadata links device app scanner product item seller buyer invoice "
            "payment eventinfo"
        ),
        Context.SKIP,
    ),
}
# "attendee_email", "contactPhone": a person prefix in front of a field name.
_PERSON_PREFIXES = (
    "attendee",
    "contact",
    "person",
    "visitor",
    "participant",
    "user",
    "lead",
    "customer",
    "guest",
    "delegate",
    "registrant",
    "primary",
    "business",
    "work",
)


# Prefix plus field name that means something else: a login, not a person's name.
_NOT_PREFIXED = wordset("username loginname screenname")


def norm(key: str) -> str:
    return _NOT_ALNUM.sub("", key.casefold())


def context_for(key: str, parent: Context) -> Context:
    """The context an object value under ``key`` is read in."""
    if parent is Context.SKIP:
        return Context.SKIP
    known = _CONTEXTS.get(norm(key))
    if known is not None:
        return known
    # Unknown wrappers ("answers", "custom") keep the parent's view; a name or company
    # object's children are not themselves names.
    return Context.SKIP if parent in (Context.NAME, Context.COMPANY) else parent


def field_for(key: str, context: Context) -> str | None:
    """Which person field a scalar under ``key`` fills, if any."""
    k = norm(key)
    if context is Context.COMPANY:
        return "company" if k in ("name", "companyname", "displayname", "legalname") else None
    if context is Context.NAME:
        found = _FIELD_OF.get(k)
        if k in ("formatted", "text"):
            return "full"
        return found if found in ("first", "last", "full") else None
    if context in _PERSONAL:
        found = _FIELD_OF.get(k)
        if found is not None:
            return found
    if context is Context.SKIP:
        return None
    # In a ticket or an order only "attendee_name"-style keys are about the visitor:
    # a bare "name" or "title" there is the ticket type's.
    if k in _NOT_PREFIXED:
        return None
    for prefix in _PERSON_PREFIXES:
        if k.startswith(prefix) and k != prefix:
            found = _FIELD_OF.get(k[len(prefix) :])
            if found is not None:
                return found
    return None


def id_rank(key: str, context: Context) -> int | None:
    """The id kind of a scalar under ``key``, or None when it is not an id."""
    k = norm(key)
    if context in _CONTEXT_ID_RANK and k in _CONTEXT_ID_KEYS:
        return _CONTEXT_ID_RANK[context]
    if context not in (*_PERSONAL, Context.TICKET, Context.ORDER):
        return None
    if k in _ID_RANK:
        return _ID_RANK[k]
    return _SCALAR_IDS.get(k)
