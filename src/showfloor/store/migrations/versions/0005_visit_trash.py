"""visit trash and event aliases: a lead is live while it has a live visit
(domain/lifecycle.py), and one show is one event however the laptops were set up

Visits taken back by Undo or deleted with their lead move to ``visit_trash``, each
with the time and laptop of the move; restored visits carry theirs in ``visits``.
A merge then keeps the newest state visit by visit, so a deleted or undone copy of a
person can no longer take a live lead with it (issue 13).

Existing soft-deleted leads have their visits moved to the trash as of the lead's
delete; a lead restored after a merge gives its visits the restore's stamp, so the
restore still wins over the older delete another laptop holds.

Revision ID: 0005
Revises: 0004
"""

import hashlib
import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_SQLITE_TRIGGER = (
    "CREATE TRIGGER sync_log_trash_insert AFTER INSERT ON visit_trash "
    "BEGIN INSERT INTO sync_log (lead_id) VALUES (NEW.lead_id); END"
)
_POSTGRES_TRIGGER = (
    "CREATE TRIGGER sync_log_trash AFTER INSERT ON visit_trash "
    "FOR EACH ROW EXECUTE FUNCTION showfloor_log_visit()"
)


def upgrade() -> None:
    op.create_table(
        "visit_trash",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("lead_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("visitor_class", sa.String(length=20), nullable=False),
        sa.Column("rating", sa.String(length=10), nullable=True),
        sa.Column("staff_id", sa.String(length=36), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(length=10), nullable=False),
        sa.Column("state_at", sa.DateTime(), nullable=False),
        sa.Column("state_device", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"]),
        sa.ForeignKeyConstraint(["lead_id"], ["leads.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_visit_trash_lead_id", "visit_trash", ["lead_id"])
    # An event joined into another (the same show set up separately on two laptops):
    # later merges map its id to the surviving event (domain/shows.py).
    op.create_table(
        "event_aliases",
        sa.Column("alias_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("alias_id"),
    )
    with op.batch_alter_table("visits") as batch_op:
        batch_op.add_column(sa.Column("state_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("state_device", sa.String(length=36), nullable=True))
    bind = op.get_bind()
    _move_deleted_visits(bind)
    if bind.dialect.name == "sqlite":
        op.execute(_SQLITE_TRIGGER)
    elif bind.dialect.name == "postgresql":
        op.execute(_POSTGRES_TRIGGER)


def _move_deleted_visits(bind: sa.Connection) -> None:
    leads = sa.table(
        "leads",
        sa.column("id"),
        sa.column("deleted_at", sa.DateTime()),
        sa.column("updated_at", sa.DateTime()),
        sa.column("device_id"),
        sa.column("field_times", sa.JSON()),
    )
    visits = sa.table(
        "visits",
        *(sa.column(c) for c in ("id", "lead_id", "visitor_class", "rating", "staff_id")),
        *(sa.column(c) for c in ("device_id", "notes", "state_device")),
        sa.column("answers", sa.JSON()),
        *(sa.column(c, sa.DateTime()) for c in ("at", "created_at", "state_at")),
    )
    trash = sa.table(
        "visit_trash",
        *(sa.column(c) for c in ("id", "lead_id", "visitor_class", "rating", "staff_id")),
        *(sa.column(c) for c in ("device_id", "notes", "reason", "state_device")),
        sa.column("answers", sa.JSON()),
        *(sa.column(c, sa.DateTime()) for c in ("at", "created_at", "state_at")),
    )
    touched = leads.c.field_times.is_not(None) | leads.c.deleted_at.is_not(None)
    for lead in bind.execute(sa.select(leads).where(touched)).mappings().all():
        stamp = _deleted_stamp(lead)
        if stamp is None:
            continue
        when, device = stamp
        if lead["deleted_at"] is None:  # restored after a merge: the restore must still win
            bind.execute(
                sa.update(visits)
                .where(visits.c.lead_id == lead["id"])
                .values(state_at=when, state_device=device)
            )
            continue
        query = sa.select(visits).where(visits.c.lead_id == lead["id"])
        moved = [dict(v) for v in bind.execute(query).mappings()]
        if not moved:
            continue
        for row in moved:
            row.update(reason="delete", state_at=when, state_device=device)
        bind.execute(sa.insert(trash), moved)
        bind.execute(sa.delete(visits).where(visits.c.lead_id == lead["id"]))


def _naive_utc(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


def _deleted_stamp(lead: sa.RowMapping) -> tuple[datetime, str] | None:
    """The (time, device) of the lead's last delete or restore, as services/sync/clock.py
    stamped the ``deleted_at`` field group before this revision; None if never set."""
    stored = lead["field_times"] or {}
    if isinstance(stored, str):
        stored = json.loads(stored)
    value = lead["deleted_at"]
    digest = _value_hash(value)
    saved = stored.get("deleted_at")
    shared = stored.get("@")
    if isinstance(saved, str) and isinstance(shared, list) and len(shared) == 2:
        saved = [shared[0], shared[1], saved]
    if isinstance(saved, list) and len(saved) == 3 and saved[2] == digest and saved[0]:
        return _naive_utc(datetime.fromisoformat(saved[0])), str(saved[1] or "")
    if saved is None and value is None:
        return None  # never deleted
    return _naive_utc(lead["updated_at"]), str(lead["device_id"] or "")


def _value_hash(value: datetime | None) -> str:
    """clock.value_hash([value]) as it was at revision 0004 (a UTC time or null)."""
    if value is None:
        text = "[null]"
    else:
        utc = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        text = json.dumps([utc.isoformat(timespec="microseconds")[:-6] + "Z"])
    return hashlib.sha1(text.encode()).hexdigest()[:16]
