"""The persistent model. Visits are append-only: a repeat visitor adds a row."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from showfloor.store.types import UTCDateTime, new_id, utcnow


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime()}


class Timestamped:
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Event(Timestamped, Base):
    __tablename__ = "events"

    name: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[str | None] = mapped_column(String(10))
    ends_on: Mapped[str | None] = mapped_column(String(10))
    venue: Mapped[str | None] = mapped_column(String(300))
    # The show's clock (IANA name, "Europe/Berlin"): the dashboard, the lists and the
    # debrief count hours in it. None: this laptop's zone (events of older versions).
    time_zone: Mapped[str | None] = mapped_column(String(64))


class Staff(Timestamped, Base):
    __tablename__ = "staff"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    # Their address in the CRM: the owner column of every CRM export names them by it.
    email: Mapped[str | None] = mapped_column(String(300))


class Device(Timestamped, Base):
    """A laptop that captured leads; its id travels with every visit for merging."""

    __tablename__ = "devices"

    name: Mapped[str] = mapped_column(String(200))


class Setting(Base):
    """Small key/value state of this data dir: current event, staff, this device."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Attendee(Timestamped, Base):
    """A row of the organiser's attendee list, used to resolve id-only badges."""

    __tablename__ = "attendees"
    __table_args__ = (
        Index("ix_attendees_event_badge", "event_id", "badge_id"),
        Index("ix_attendees_event_ticket", "event_id", "ticket_code"),
        Index("ix_attendees_event_email", "event_id", "email"),
        Index("ix_attendees_event_platform", "event_id", "platform"),
    )

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    badge_id: Mapped[str | None] = mapped_column(String(200))
    ticket_code: Mapped[str | None] = mapped_column(String(200))
    first_name: Mapped[str | None] = mapped_column(String(200))
    last_name: Mapped[str | None] = mapped_column(String(200))
    full_name: Mapped[str | None] = mapped_column(String(300))
    company: Mapped[str | None] = mapped_column(String(300))
    title: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(50))
    website: Mapped[str | None] = mapped_column(String(300))
    extra: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # The ticketing platform whose export the row came from (badges/platforms/):
    # its badge rule is tried for this event's scans.
    platform: Mapped[str | None] = mapped_column(String(20))


class Lead(Timestamped, Base):
    """One person met at one event; their visits hold what each conversation said."""

    __tablename__ = "leads"
    __table_args__ = (
        Index("ix_leads_event_badge", "event_id", "badge_id"),
        Index("ix_leads_event_email", "event_id", "email"),
        Index("ix_leads_event_last_seen", "event_id", "last_seen_at"),
        Index("ix_leads_search_key", "search_key", unique=True),
        # Paging the live leads of an event by last visit without reading each row.
        Index("ix_leads_event_live_seen", "event_id", "deleted_at", "last_seen_at", "id"),
        # "Same phone" duplicate hints look a number up without reading the event.
        Index("ix_leads_event_phone", "event_id", "phone"),
    )

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    visitor_class: Mapped[str] = mapped_column(String(20))
    rating: Mapped[str | None] = mapped_column(String(10))
    first_name: Mapped[str | None] = mapped_column(String(200))
    last_name: Mapped[str | None] = mapped_column(String(200))
    full_name: Mapped[str | None] = mapped_column(String(300))
    company: Mapped[str | None] = mapped_column(String(300))
    title: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(50))
    website: Mapped[str | None] = mapped_column(String(300))
    badge_payload: Mapped[str | None] = mapped_column(Text)
    badge_format: Mapped[str | None] = mapped_column(String(20))
    badge_id: Mapped[str | None] = mapped_column(String(200))
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_at: Mapped[datetime | None] = mapped_column()
    consent_text_version: Mapped[int | None] = mapped_column(Integer)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    visit_count: Mapped[int] = mapped_column(Integer, default=0)
    first_seen_at: Mapped[datetime | None] = mapped_column()
    last_seen_at: Mapped[datetime | None] = mapped_column()
    deleted_at: Mapped[datetime | None] = mapped_column()
    device_id: Mapped[str | None] = mapped_column(ForeignKey("devices.id"))
    # Local to this database (never merged): the rowid of the lead's FTS index row.
    search_key: Mapped[int | None] = mapped_column(Integer)
    # When each field group last changed, and where: merges keep the newest per field.
    field_times: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # The week after the show: who follows this lead up (a staff name; empty: whoever
    # met them) and when that was done (None: not yet). One field group when merged.
    follow_up_owner: Mapped[str | None] = mapped_column(String(200))
    follow_up_done_at: Mapped[datetime | None] = mapped_column()

    visits: Mapped[list[Visit]] = relationship(
        back_populates="lead", order_by="Visit.number", cascade="all, delete-orphan"
    )
    # Visits taken back (Undo) or deleted with the lead: kept so that a delete travels
    # to other laptops visit by visit, and Restore can bring them back.
    trashed: Mapped[list[TrashedVisit]] = relationship(
        order_by="TrashedVisit.at", cascade="all, delete-orphan"
    )


class Visit(Base):
    """One conversation with a lead. What was said changes only by an edit in the lead
    dialog (a mistyped answer corrected), stamped with ``edited_at``/``edited_device``:
    a merge keeps the newest edit of each visit.

    ``state_at``/``state_device`` stamp the visit's last return from the trash (a
    Restore): a merge keeps, per visit, the newest of "live" and "in the trash".
    """

    __tablename__ = "visits"
    __table_args__ = (UniqueConstraint("lead_id", "number", name="uq_visits_lead_number"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    lead_id: Mapped[str] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(default=lambda: utcnow())
    visitor_class: Mapped[str] = mapped_column(String(20))
    rating: Mapped[str | None] = mapped_column(String(10))
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    device_id: Mapped[str | None] = mapped_column(ForeignKey("devices.id"))
    notes: Mapped[str | None] = mapped_column(Text)
    answers: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    state_at: Mapped[datetime | None] = mapped_column()
    state_device: Mapped[str | None] = mapped_column(String(36))
    edited_at: Mapped[datetime | None] = mapped_column()
    edited_device: Mapped[str | None] = mapped_column(String(36))

    lead: Mapped[Lead] = relationship(back_populates="visits")
    staff: Mapped[Staff | None] = relationship()
    device: Mapped[Device | None] = relationship()


class TrashedVisit(Base):
    """A visit taken back by Undo (``reason`` "undo") or deleted with its lead
    ("delete"), with when and where that happened (``state_at``/``state_device``).

    Lives in its own table so that every reader of ``visits`` (lists, exports, the
    debrief, the dashboard) sees live visits only, without a filter to forget.
    """

    __tablename__ = "visit_trash"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    lead_id: Mapped[str] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column()
    visitor_class: Mapped[str] = mapped_column(String(20))
    rating: Mapped[str | None] = mapped_column(String(10))
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    device_id: Mapped[str | None] = mapped_column(ForeignKey("devices.id"))
    notes: Mapped[str | None] = mapped_column(Text)
    answers: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column()
    reason: Mapped[str] = mapped_column(String(10))
    state_at: Mapped[datetime] = mapped_column()
    state_device: Mapped[str | None] = mapped_column(String(36))
    edited_at: Mapped[datetime | None] = mapped_column()
    edited_device: Mapped[str | None] = mapped_column(String(36))


class CardImage(Base):
    """A picture of the business card a visitor handed over, kept because they agreed.

    A small JPEG of the card alone (services/cards.py). Local to this laptop: bundles
    and team sync carry the fields read from it, not the picture. Goes with its lead
    (erasure, retention purge); a merge that joins the lead into another moves it
    along; an Undo of the capture that took it removes it (``visit_id``).
    """

    __tablename__ = "card_images"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    lead_id: Mapped[str] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    visit_id: Mapped[str | None] = mapped_column(String(36))
    taken_at: Mapped[datetime] = mapped_column(default=utcnow)
    jpeg: Mapped[bytes] = mapped_column(LargeBinary)


class Tombstone(Base):
    """A record that something was deleted, so merging another laptop's data does not
    bring it back. Holds ids only: an erased person leaves no personal data here."""

    __tablename__ = "tombstones"

    entity: Mapped[str] = mapped_column(String(20), primary_key=True)  # "lead", "attendee"...
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    deleted_at: Mapped[datetime] = mapped_column(default=utcnow)
    device_id: Mapped[str | None] = mapped_column(String(36))


class LeadAlias(Base):
    """A lead id merged into another (same person on two laptops): later merges map it."""

    __tablename__ = "lead_aliases"

    alias_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    lead_id: Mapped[str] = mapped_column(String(36))
    merged_at: Mapped[datetime] = mapped_column(default=utcnow)


class EventAlias(Base):
    """An event joined into another (the same show set up on two laptops, or combined
    by hand): later merges map its id to the surviving event."""

    __tablename__ = "event_aliases"

    alias_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36))
    merged_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncLog(Base):
    """Leads changed, in commit order (written by triggers); push/pull send what is new."""

    __tablename__ = "sync_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    lead_id: Mapped[str] = mapped_column(String(36))


class RowLog(Base):
    """Rows of the small tables changed, in commit order (written by triggers): a sync
    round sends those, not the whole tables (services/sync/snapshot.py)."""

    __tablename__ = "row_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(30))
    row_id: Mapped[str] = mapped_column(String(36))


class SyncBatch(Base):
    """On a team server: one push's signed list of row digests (services/sync/row_proofs.py).

    ``manifest`` is signed like a bundle's manifest: the laptop's Ed25519 signature and
    an HMAC under each team key it holds. A laptop's own database leaves it empty."""

    __tablename__ = "sync_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(36))
    signed_at: Mapped[datetime] = mapped_column(default=utcnow)
    manifest: Mapped[dict[str, Any]] = mapped_column(JSON)


class SyncRowProof(Base):
    """On a team server: the batch that vouches for a row as it now is."""

    __tablename__ = "sync_row_proofs"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_key: Mapped[str] = mapped_column(String(80), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))
    batch_id: Mapped[int] = mapped_column(Integer)
