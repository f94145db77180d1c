"""Keeps the SQLite FTS5 lead index in step with leads and their visits.

The index holds one row per lead: names, company, title, email, every visit's
notes and answers. It is rewritten for a lead whenever the lead or a visit changes,
inside the same transaction, so search never shows a lead that was not saved. Words
of scripts written without spaces (Japanese, Chinese, Thai...) are also indexed from
each of their characters on, so part of a name finds it ("サンプル" finds
"株式会社サンプル").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import Session

from showfloor.store.models import Lead
from showfloor.store.prepared import Prepared

_FTS_TOKEN = re.compile(r"\w+", re.UNICODE)
# Scripts written without spaces between words: Han, kana (also half-width), Hangul,
# Thai, Lao, Khmer, Myanmar. FTS5's unicode61 tokenizer keeps a run of them as one
# token, so "株式会社サンプル" is one word and "サンプル" would find nothing.
_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]"
)
# Each such word is also indexed from every later character on, cut to this many
# characters: a search for part of it is a prefix of one of these pieces. (The
# trigram tokenizer would do the same for every script, but it cannot match one or
# two characters, doubles the index and changes how Latin words match.)
UNSPACED_PIECE = 8


SEARCHED_FIELDS = ("first_name", "last_name", "full_name", "company", "title", "email")


def search_body(
    fields: Mapping[str, Any], visits: Iterable[tuple[str | None, Mapping[str, Any] | None]]
) -> str:
    """The index text of a lead: its searched fields and tags, then each visit's
    notes and answers (``visits``: (notes, answers) pairs)."""
    parts: list[str] = [p for p in (fields.get(f) for f in SEARCHED_FIELDS) if p]
    tags = " ".join(fields.get("tags") or [])
    if tags:
        parts.append(tags)
    for notes, answers in visits:
        if notes:
            parts.append(notes)
        parts.extend(v for v in (answers or {}).values() if v)
    body = " ".join(parts)
    if _UNSPACED.search(body):
        body += " " + " ".join(unspaced_pieces(body))
    return body


def unspaced_pieces(text: str) -> list[str]:
    """Every tail of each word in an unspaced script, cut to UNSPACED_PIECE characters."""
    pieces: list[str] = []
    for word in _FTS_TOKEN.findall(text):
        if _UNSPACED.search(word):
            pieces.extend(word[i : i + UNSPACED_PIECE] for i in range(1, len(word)))
    return pieces


INDEXED_FIELDS = (*SEARCHED_FIELDS, "tags")


def searched_fields(lead: Lead) -> dict[str, Any]:
    """The lead's values the index text starts with (``search_body``'s fields)."""
    return {f: getattr(lead, f) for f in INDEXED_FIELDS}


def index_added_visit(
    session: Session,
    lead: Lead,
    indexed: Mapping[str, Any] | None,
    notes: str | None,
    answers: Mapping[str, Any] | None,
) -> None:
    """Add one new visit to the lead's index row, which was made from ``indexed``
    (its fields before this change), without reading the lead's earlier visits.

    The text equals ``search_body`` of the lead with every visit. Anything unusual
    (no row yet, a script written without spaces, a row that does not start as
    expected) is indexed the long way, by ``reindex_lead``.
    """
    if indexed is None or lead.search_key is None or not has_fts(session):
        reindex_lead(session, lead)
        return
    old = session.execute(
        text("SELECT body FROM lead_search WHERE rowid = :key"), {"key": lead.search_key}
    ).scalar()
    body = extended_body(old, indexed, searched_fields(lead), notes, answers)
    if body is None:
        reindex_lead(session, lead)
        return
    session.execute(text("DELETE FROM lead_search WHERE rowid = :key"), {"key": lead.search_key})
    session.execute(
        text("INSERT INTO lead_search (rowid, body) VALUES (:key, :body)"),
        {"key": lead.search_key, "body": body},
    )


def extended_body(
    old: object,
    indexed: Mapping[str, Any],
    fields: Mapping[str, Any],
    notes: str | None,
    answers: Mapping[str, Any] | None,
) -> str | None:
    """The index text ``old`` (made from the fields ``indexed``) with the lead's
    fields now ``fields`` and one more visit, as ``search_body`` of every visit
    would give it; None when that cannot be told from ``old`` alone (no row, a
    script written without spaces, a row that does not start as expected)."""
    head_before = search_body(indexed, ())
    head = search_body(fields, ())
    added = search_body({}, ((notes, answers),))
    rest = old[len(head_before) :] if isinstance(old, str) else ""
    if head_before and rest:
        rest = rest[1:] if rest[0] == " " else "\x00"  # the space search_body puts between
    if (
        not isinstance(old, str)
        or not old.startswith(head_before)
        or "\x00" in rest
        or _UNSPACED.search(old + head + added)
    ):
        return None
    return " ".join(part for part in (head, rest, added) if part)


def lead_search_body(lead: Lead) -> str:
    fields = {f: getattr(lead, f) for f in (*SEARCHED_FIELDS, "tags")}
    return search_body(fields, ((v.notes, v.answers) for v in lead.visits))


def has_fts(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


_LAST_SEARCH_KEY = Prepared(select(func.max(Lead.search_key)))


def next_search_key(conn: Connection) -> int:
    """The index row number for a lead that has none yet (local to this database)."""
    return int(_LAST_SEARCH_KEY.scalar(conn) or 0) + 1


def reindex_lead(session: Session, lead: Lead, *, new: bool = False) -> None:
    """Rewrite the lead's index row; a deleted lead has none, so search skips it.

    ``new``: the lead was just written with a fresh search key, so it has no row to
    remove yet (saves a statement per capture).
    """
    if lead.search_key is None:
        lead.search_key = next_search_key(session.connection())
        session.flush()
    if not has_fts(session):
        return
    if not new:
        session.execute(
            text("DELETE FROM lead_search WHERE rowid = :key"), {"key": lead.search_key}
        )
    if lead.deleted_at is None:
        session.execute(
            text("INSERT INTO lead_search (rowid, body) VALUES (:key, :body)"),
            {"key": lead.search_key, "body": lead_search_body(lead)},
        )


def fts_query(user_text: str) -> str | None:
    """Search-as-you-type query: every word must match, the last one as a prefix.

    Words are quoted so FTS5 syntax in user input (AND, quotes, ``*``) is inert.
    """
    words = _FTS_TOKEN.findall(user_text)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    # A word in an unspaced script may start anywhere inside an indexed word: match it
    # as prefixes of the pieces unspaced_pieces indexed, a piece's length at a time.
    for n, word in enumerate(words):
        if _UNSPACED.search(word):
            chunks = [word[i : i + UNSPACED_PIECE] for i in range(0, len(word), UNSPACED_PIECE)]
            quoted[n] = " ".join(f'"{c}"*' for c in chunks)
    return " ".join(quoted)
