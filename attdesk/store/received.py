"""The secretariat's inbox: received submissions, their review, their original files."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import zipfile
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from attdesk.domain.text import QT_TRANSLATE_NOOP
from attdesk.errors import NotFoundError
from attdesk.store.models import ReceivedSubmission

REVIEW_STATUSES: Final = ("received", "has_issues", "accepted")
GONE: Final = QT_TRANSLATE_NOOP("Errors", "This submission is no longer in the database.")


@dataclass(frozen=True)
class InboxRow:
    revision_uuid: str
    state: str
    period: str
    revision: int
    received_at: dt.datetime
    status: str
    draft: bool
    disclosure: str
    signer_public_key: bytes
    review_status: str
    review_comment: str
    file_name: str


def inbox(session: Session) -> list[InboxRow]:
    """Every received revision, newest first."""
    query = select(ReceivedSubmission).order_by(
        ReceivedSubmission.received_at.desc(), ReceivedSubmission.id.desc()
    )
    return [
        InboxRow(
            r.revision_uuid,
            r.state,
            r.period,
            r.revision,
            r.received_at,
            r.status,
            r.draft,
            r.disclosure,
            base64.b64decode(r.signer_public_key),
            r.review_status,
            r.review_comment,
            r.file_name,
        )
        for r in session.scalars(query)
    ]


def _row(session: Session, revision_uuid: str) -> ReceivedSubmission:
    row = session.scalar(
        select(ReceivedSubmission).where(ReceivedSubmission.revision_uuid == revision_uuid)
    )
    if row is None:
        raise NotFoundError(GONE)
    return row


def set_review(session: Session, revision_uuid: str, status: str, comment: str) -> None:
    if status not in REVIEW_STATUSES:
        raise ValueError(status)
    row = _row(session, revision_uuid)
    row.review_status = status
    row.review_comment = comment.strip()
    session.flush()


def original_pdf(session: Session, revision_uuid: str) -> bytes:
    """submission.pdf exactly as the state sent it (the package was verified on import)."""
    with zipfile.ZipFile(io.BytesIO(_row(session, revision_uuid).package)) as archive:
        return archive.read("submission.pdf")


def document_of(session: Session, revision_uuid: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(_row(session, revision_uuid).document)
    return document


def previous_document(session: Session, revision_uuid: str) -> tuple[int, dict[str, Any]] | None:
    """The revision before this one of the same submission, and its document."""
    row = _row(session, revision_uuid)
    earlier = session.scalar(
        select(ReceivedSubmission)
        .where(
            ReceivedSubmission.submission_uuid == row.submission_uuid,
            ReceivedSubmission.revision < row.revision,
        )
        .order_by(ReceivedSubmission.revision.desc())
        .limit(1)
    )
    if earlier is None:
        return None
    return earlier.revision, json.loads(earlier.document)


def revisions_of_state(session: Session, state: str) -> list[InboxRow]:
    """Every revision a state sent (held ones included), by period then revision."""
    return sorted(
        (row for row in inbox(session) if row.state == state),
        key=lambda r: (r.period, r.revision),
    )
