"""attendee platform: which ticketing platform's export each attendee row came from
(its badge rule, badges/platforms.py), indexed per event; CJK names searchable by part

Revision ID: 0006
Revises: 0005
"""

import re

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


# Frozen copy of services/search_index.unspaced_pieces as of this revision: a
# migration must keep doing what it did when it shipped.
_WORD = re.compile(r"\w+")
_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]"
)
_PIECE = 8


def _pieces(text: str) -> list[str]:
    return [
        word[i : i + _PIECE]
        for word in _WORD.findall(text)
        if _UNSPACED.search(word)
        for i in range(1, len(word))
    ]


def upgrade() -> None:
    with op.batch_alter_table("attendees") as batch_op:
        batch_op.add_column(sa.Column("platform", sa.String(length=20), nullable=True))
        batch_op.create_index("ix_attendees_event_platform", ["event_id", "platform"])
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return  # other engines search with ILIKE, which finds parts already
    # Leads indexed before this revision: add the pieces of their unspaced words.
    rows = conn.exec_driver_sql("SELECT rowid, body FROM lead_search").fetchall()
    updates = [
        (f"{body} {' '.join(pieces)}", rowid)
        for rowid, body in rows
        if body and _UNSPACED.search(body) and (pieces := _pieces(body))
    ]
    if updates:
        conn.exec_driver_sql("UPDATE lead_search SET body = ? WHERE rowid = ?", updates)
