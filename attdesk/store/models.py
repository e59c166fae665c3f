"""The database schema as typed SQLAlchemy models.

Changes to this file need a migration in store/migrations/versions (a test compares the two).
Vocabulary values are stored as codes, states as ISO 3166-1 alpha-3, and every record that
travels between installations carries a UUID that never changes.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from attdesk.store.types import DecimalText, UTCDateTime, utcnow

# Stable constraint names, so that migrations can alter tables on SQLite (batch mode).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UUID_LENGTH = 36
CODE_LENGTH = 64


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Setting(Base):
    """One preference of this installation, value as JSON text."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Organisation(Base):
    """An implementer or donor: a state, an international or regional organisation, an NGO."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(UUID_LENGTH), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    acronym: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(CODE_LENGTH))
    country: Mapped[str | None] = mapped_column(String(3))
    # Folded (case- and accent-free) name, unique so that "Unlirec" cannot be created twice.
    name_key: Mapped[str] = mapped_column(String(300), unique=True)
    # Folded display name (acronym or name), for sorting tables by implementer.
    sort_key: Mapped[str] = mapped_column(String(300), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Activity(Base):
    """A cooperation and assistance activity that the state received."""

    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(UUID_LENGTH), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    format: Mapped[str | None] = mapped_column(String(CODE_LENGTH))
    # Partial dates as ISO text: "2015", "2015-06" or "2015-06-12"; NULL when unknown.
    start_date: Mapped[str | None] = mapped_column(String(10), index=True)
    end_date: Mapped[str | None] = mapped_column(String(10))
    place: Mapped[str] = mapped_column(String(500), default="")
    relevance: Mapped[str] = mapped_column(String(CODE_LENGTH), index=True)
    larger_project: Mapped[str] = mapped_column(String(500), default="")
    budget_amount: Mapped[Decimal | None] = mapped_column(DecimalText)
    budget_currency: Mapped[str | None] = mapped_column(String(3))
    implementer_contact: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Folded copies kept in step by store.activities, for accent-free search and sorting.
    title_key: Mapped[str] = mapped_column(String(300), index=True)
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Set when the activity first leaves in a submission; from then on deletion is soft,
    # so that the next revision can tell the secretariat the activity was removed.
    exported_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)


def _activity_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True)


class ActivityType(Base):
    __tablename__ = "activity_type"
    __table_args__ = (Index("ix_activity_type_code", "code", "activity_id"),)

    activity_id: Mapped[int] = _activity_fk()
    code: Mapped[str] = mapped_column(String(CODE_LENGTH), primary_key=True)


class ActivityFocusArea(Base):
    __tablename__ = "activity_focus_area"
    __table_args__ = (Index("ix_activity_focus_area_code", "code", "activity_id"),)

    activity_id: Mapped[int] = _activity_fk()
    code: Mapped[str] = mapped_column(String(CODE_LENGTH), primary_key=True)


class ActivityInstrument(Base):
    __tablename__ = "activity_instrument"
    __table_args__ = (Index("ix_activity_instrument_code", "code", "activity_id"),)

    activity_id: Mapped[int] = _activity_fk()
    code: Mapped[str] = mapped_column(String(CODE_LENGTH), primary_key=True)


class ActivityPartnerState(Base):
    __tablename__ = "activity_partner_state"
    __table_args__ = (Index("ix_activity_partner_state_code", "code", "activity_id"),)

    activity_id: Mapped[int] = _activity_fk()
    code: Mapped[str] = mapped_column(String(3), primary_key=True)


IMPLEMENTER = "implementer"
DONOR = "donor"


class ActivityOrganisation(Base):
    """An organisation's part in an activity: implementer or donor, in the order entered."""

    __tablename__ = "activity_organisation"
    __table_args__ = (
        CheckConstraint("role IN ('implementer', 'donor')", name="role"),
        Index("ix_activity_organisation_org", "organisation_id", "role", "activity_id"),
    )

    activity_id: Mapped[int] = _activity_fk()
    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class ActivityWebsite(Base):
    __tablename__ = "activity_website"

    activity_id: Mapped[int] = _activity_fk()
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(2000))


class ActivityRelation(Base):
    """Two related activities, stored once per pair (lower id first); the link is mutual."""

    __tablename__ = "activity_relation"
    __table_args__ = (
        CheckConstraint("activity_id < related_id", name="ordered_pair"),
        Index("ix_activity_relation_related", "related_id"),
    )

    activity_id: Mapped[int] = _activity_fk()
    related_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )


class Need(Base):
    """Assistance the state still needs."""

    __tablename__ = "need"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(UUID_LENGTH), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[str] = mapped_column(String(CODE_LENGTH))
    status: Mapped[str] = mapped_column(String(CODE_LENGTH), index=True)
    date_identified: Mapped[str | None] = mapped_column(String(10))  # partial date, ISO
    cost_amount: Mapped[Decimal | None] = mapped_column(DecimalText)
    cost_currency: Mapped[str | None] = mapped_column(String(3))
    preferred_partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    title_key: Mapped[str] = mapped_column(String(300), index=True)
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    exported_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)


def _need_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("need.id", ondelete="CASCADE"), primary_key=True)


class NeedFocusArea(Base):
    __tablename__ = "need_focus_area"
    __table_args__ = (Index("ix_need_focus_area_code", "code", "need_id"),)

    need_id: Mapped[int] = _need_fk()
    code: Mapped[str] = mapped_column(String(CODE_LENGTH), primary_key=True)


class NeedType(Base):
    __tablename__ = "need_type"

    need_id: Mapped[int] = _need_fk()
    code: Mapped[str] = mapped_column(String(CODE_LENGTH), primary_key=True)


class NeedInstrument(Base):
    __tablename__ = "need_instrument"

    need_id: Mapped[int] = _need_fk()
    code: Mapped[str] = mapped_column(String(CODE_LENGTH), primary_key=True)


class NeedActivity(Base):
    """An activity that addressed a need (many-to-many, edited from either side)."""

    __tablename__ = "need_activity"
    __table_args__ = (Index("ix_need_activity_activity", "activity_id"),)

    need_id: Mapped[int] = _need_fk()
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )


class QuestionnaireResponse(Base):
    """The state's answers to one questionnaire for one reporting period."""

    __tablename__ = "questionnaire_response"
    __table_args__ = (
        Index("uq_questionnaire_response_period", "questionnaire_id", "period", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(UUID_LENGTH), unique=True)
    questionnaire_id: Mapped[str] = mapped_column(String(CODE_LENGTH))
    version: Mapped[str] = mapped_column(String(16))  # of the definition answered
    period: Mapped[str] = mapped_column(String(9))  # "2025" or "2024-2025"
    # Nothing to report this period: a complete response in itself.
    nil_report: Mapped[bool] = mapped_column(default=False)
    carried_from: Mapped[str | None] = mapped_column(String(9))  # period copied from
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    exported_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


def _response_fk() -> Mapped[int]:
    return mapped_column(
        ForeignKey("questionnaire_response.id", ondelete="CASCADE"), primary_key=True
    )


REVIEWED = "reviewed"
CARRIED = "carried"


class Answer(Base):
    """One question's answer: the value as JSON, optional details, and whether it was
    copied from an earlier period and not yet reviewed."""

    __tablename__ = "answer"
    __table_args__ = (CheckConstraint("status IN ('reviewed', 'carried')", name="status"),)

    response_id: Mapped[int] = _response_fk()
    question_id: Mapped[str] = mapped_column(String(CODE_LENGTH), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    details: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default=REVIEWED)
    carried_from: Mapped[str | None] = mapped_column(String(9))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class SectionState(Base):
    """Per-section statements about a response: no change since the last report, and
    information withheld (with the reason) when the state chooses not to disclose."""

    __tablename__ = "section_state"

    response_id: Mapped[int] = _response_fk()
    section_id: Mapped[str] = mapped_column(String(CODE_LENGTH), primary_key=True)
    no_change: Mapped[bool] = mapped_column(default=False)
    withheld: Mapped[bool] = mapped_column(default=False)
    withheld_reason: Mapped[str] = mapped_column(Text, default="")


class SubmissionExport(Base):
    """One exported revision of a submission (a package written), kept so that the next
    export of the period becomes revision r+1 and can say what changed."""

    __tablename__ = "submission_export"
    __table_args__ = (Index("ix_submission_export_period", "period", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_uuid: Mapped[str] = mapped_column(String(UUID_LENGTH), index=True)
    revision_uuid: Mapped[str] = mapped_column(String(UUID_LENGTH), unique=True)
    period: Mapped[str] = mapped_column(String(9))
    revision: Mapped[int] = mapped_column(Integer)
    replaces: Mapped[str | None] = mapped_column(String(UUID_LENGTH))
    draft: Mapped[bool] = mapped_column(default=False)
    disclosure: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(2))
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))  # of submission.json
    changes: Mapped[str] = mapped_column(Text, default="{}")  # JSON summary vs the previous
    document: Mapped[str] = mapped_column(Text)  # submission.json, for the next diff
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


# -- secretariat ------------------------------------------------------------------------------

CURRENT = "current"
HISTORY = "history"
HELD = "held_key_change"
REVIEW_RECEIVED = "received"


class ReceivedSubmission(Base):
    """A submission revision a secretariat imported, kept whole (the package's bytes) so
    that any revision can be shown, compared or opened as its original PDF."""

    __tablename__ = "received_submission"
    __table_args__ = (
        CheckConstraint("status IN ('current', 'history', 'held_key_change')", name="status"),
        Index("ix_received_submission_state_period", "state", "period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_uuid: Mapped[str] = mapped_column(String(UUID_LENGTH), index=True)
    revision_uuid: Mapped[str] = mapped_column(String(UUID_LENGTH), unique=True)
    state: Mapped[str] = mapped_column(String(3))
    period: Mapped[str] = mapped_column(String(9))
    revision: Mapped[int] = mapped_column(Integer)
    replaces: Mapped[str | None] = mapped_column(String(UUID_LENGTH))
    draft: Mapped[bool] = mapped_column(default=False)
    disclosure: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)  # by the state
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    file_name: Mapped[str] = mapped_column(String(500))
    signer_key_id: Mapped[str] = mapped_column(String(16))
    signer_public_key: Mapped[str] = mapped_column(String(100))  # base64
    status: Mapped[str] = mapped_column(String(20), index=True)
    review_status: Mapped[str] = mapped_column(String(20), default=REVIEW_RECEIVED)
    review_comment: Mapped[str] = mapped_column(Text, default="")
    package_sha256: Mapped[str] = mapped_column(String(64))
    package: Mapped[bytes] = mapped_column(LargeBinary)
    document: Mapped[str] = mapped_column(Text)  # submission.json


class StateKey(Base):
    """The signing key a state's packages are trusted with (first package, or accepted)."""

    __tablename__ = "state_key"

    state: Mapped[str] = mapped_column(String(3), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[str] = mapped_column(String(100))
    trusted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ImportLogEntry(Base):
    """What happened to each file offered for import, rejected ones included."""

    __tablename__ = "import_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    file_name: Mapped[str] = mapped_column(String(500))
    outcome: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text, default="")


SAME = "same"
DIFFERENT = "different"


class OverlapDecision(Base):
    """The secretariat's decision on a suggested overlap: two activity reports (by UUID)
    are the same activity (analyses count it once) or different ones (not suggested again)."""

    __tablename__ = "overlap_decision"
    __table_args__ = (
        CheckConstraint("first_uuid < second_uuid", name="ordered_pair"),
        CheckConstraint("decision IN ('same', 'different')", name="decision"),
    )

    first_uuid: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    second_uuid: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    decision: Mapped[str] = mapped_column(String(10))
    decided_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Offer(Base):
    """An offer of assistance (ATT Art. 18(3)(c)) the secretariat records, to be matched
    with the needs states report. Code lists are JSON arrays: offers are few."""

    __tablename__ = "offer"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(UUID_LENGTH), unique=True)
    provider: Mapped[str] = mapped_column(String(300))  # donor or implementer
    focus_areas: Mapped[str] = mapped_column(Text, default="[]")
    types: Mapped[str] = mapped_column(Text, default="[]")
    states: Mapped[str] = mapped_column(Text, default="[]")  # eligible; empty: any
    subregions: Mapped[str] = mapped_column(Text, default="[]")  # eligible; empty: any
    year_from: Mapped[int | None] = mapped_column(Integer)
    year_to: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
