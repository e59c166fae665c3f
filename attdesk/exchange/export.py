"""Making a submission: the checklist before it, the package, and the revision history.

Exporting a period again makes revision r+1 that points at r; the history keeps each
revision's submission.json, so the next one can say what changed (records added, changed,
removed) and the Export view can list past exports with their fingerprints.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuid_module
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import pypdfium2
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from attdesk.domain.progress import Progress
from attdesk.domain.text import QT_TRANSLATE_NOOP
from attdesk.errors import AttDeskError
from attdesk.exchange.package import Written, canonical_json, sha256, write_package
from attdesk.exchange.schema import check_submission
from attdesk.exchange.signing import SigningKey
from attdesk.exchange.submission import Identity, build_document, response_for
from attdesk.questionnaire.period import parse_period
from attdesk.reports.submission_pdf import render_submission_pdf
from attdesk.store.activities import check_activities, load_activities
from attdesk.store.models import Activity, Need, SubmissionExport
from attdesk.store.needs import check_need, load_needs
from attdesk.store.responses import BAD_PERIOD, response_status
from attdesk.store.settings import AppSettings
from attdesk.store.types import utcnow

NOT_CONFIGURED: Final = QT_TRANSLATE_NOOP(
    "Errors", "Set your state first (Tools > Settings, or attdesk setup --state)."
)
DISCLOSURES: Final = ("restricted", "public")

# Checklist item kinds
NO_RESPONSE = "no_response"
MISSING = "missing_required"
INVALID = "invalid_answer"
UNREVIEWED = "unreviewed"
ACTIVITY = "activity_incomplete"
NEED = "need_incomplete"


@dataclass(frozen=True)
class ChecklistItem:
    kind: str
    reference: str  # question ID, activity or need UUID, or ""
    text: str  # question text or record title (English; the GUI relabels)


def checklist(session: Session, period: str) -> list[ChecklistItem]:
    """What stands between this period and a final (non-draft) export."""
    items: list[ChecklistItem] = []
    info = response_for(session, period)
    if info is None:
        items.append(ChecklistItem(NO_RESPONSE, "", ""))
    else:
        definition, status = response_status(session, info)
        questions = definition.by_id
        items += [
            ChecklistItem(MISSING, q, questions[q].label("en")) for q in status.missing_required
        ]
        items += [ChecklistItem(INVALID, i.field.split(":")[0], i.message) for i in status.invalid]
        items += [ChecklistItem(UNREVIEWED, q, questions[q].label("en")) for q in status.unreviewed]
    activities = list(load_activities(session).values())
    for activity, issues in zip(activities, check_activities(session, activities), strict=True):
        if issues:
            items.append(ChecklistItem(ACTIVITY, str(activity.uuid), activity.title))
    for need in load_needs(session).values():
        if check_need(session, need):
            items.append(ChecklistItem(NEED, str(need.uuid), need.title))
    return items


@dataclass(frozen=True)
class ExportRecord:
    submission_uuid: str
    revision_uuid: str
    period: str
    revision: int
    replaces: str | None
    draft: bool
    disclosure: str
    language: str
    path: str
    sha256: str
    changes: Mapping[str, Any]
    created_at: dt.datetime


def _record(row: SubmissionExport) -> ExportRecord:
    return ExportRecord(
        row.submission_uuid, row.revision_uuid, row.period, row.revision, row.replaces,
        row.draft, row.disclosure, row.language, row.path, row.sha256,
        json.loads(row.changes), row.created_at,
    )  # fmt: skip


def export_history(session: Session, period: str | None = None) -> list[ExportRecord]:
    """Past exports, newest first."""
    query = select(SubmissionExport).order_by(SubmissionExport.id.desc())
    if period:
        query = query.where(SubmissionExport.period == period)
    return [_record(row) for row in session.scalars(query)]


def _by_uuid(records: Sequence[Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    return {r["uuid"]: r for r in records}


def changes_between(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> dict[str, Any]:
    """Records added, changed and removed, per kind, and answers changed."""
    result: dict[str, Any] = {}
    for kind in ("activities", "needs"):
        before = _by_uuid(old[kind]) if old else {}
        after = _by_uuid(new[kind])
        result[kind] = {
            "added": sorted(set(after) - set(before)),
            "changed": sorted(u for u in set(after) & set(before) if after[u] != before[u]),
            "removed": sorted(set(before) - set(after)),
        }
    old_answers = (old.get("questionnaire") or {}).get("answers", {}) if old else {}
    new_answers = (new.get("questionnaire") or {}).get("answers", {})
    result["answers"] = {
        "added": sorted(set(new_answers) - set(old_answers)),
        "changed": sorted(q for q in set(new_answers) & set(old_answers)
                          if new_answers[q] != old_answers[q]),
        "removed": sorted(set(old_answers) - set(new_answers)),
    }  # fmt: skip
    return result


def summarise(changes: Mapping[str, Any]) -> str:
    """ "activities +3 ~1 -0; needs ...": the history's one-line account of a revision."""
    parts = []
    for kind in ("activities", "needs", "answers"):
        c = changes.get(kind)
        if c:
            parts.append(f"{kind} +{len(c['added'])} ~{len(c['changed'])} -{len(c['removed'])}")
    return "; ".join(parts)


@dataclass(frozen=True)
class ExportResult:
    written: Written
    record: ExportRecord
    pdf_pages: int


def prepare_document(
    session: Session,
    settings: AppSettings,
    period: str,
    draft: bool,
    disclosure: str = "restricted",
) -> tuple[dict[str, Any], SubmissionExport | None]:
    """The validated document of the next revision of a period, and the previous export."""
    if not settings.state:
        raise AttDeskError(NOT_CONFIGURED)
    canonical = parse_period(period)
    if canonical is None:
        raise AttDeskError(BAD_PERIOD, period=period)
    if disclosure not in DISCLOSURES:
        raise ValueError(disclosure)
    previous = session.scalar(
        select(SubmissionExport)
        .where(SubmissionExport.period == canonical)
        .order_by(SubmissionExport.revision.desc())
        .limit(1)
    )
    identity = Identity(
        uuid=previous.submission_uuid if previous else str(uuid_module.uuid4()),
        revision=previous.revision + 1 if previous else 1,
        revision_uuid=str(uuid_module.uuid4()),
        replaces=previous.revision_uuid if previous else None,
        draft=draft,
        disclosure=disclosure,
        created_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
    )
    document = build_document(session, settings, canonical, identity)
    check_submission(document)  # never write what the schema would reject
    return document, previous


def draft_pdf(
    session: Session, settings: AppSettings, period: str, language: str,
    disclosure: str = "restricted", progress: Progress | None = None,
) -> bytes:  # fmt: skip
    """A DRAFT-watermarked PDF for internal sign-off; nothing is recorded."""
    document, _ = prepare_document(session, settings, period, True, disclosure)
    return render_submission_pdf(document, language, sha256(canonical_json(document)), progress)


def export_submission(
    session: Session,
    settings: AppSettings,
    period: str,
    folder: Path,
    key: SigningKey,
    *,
    language: str = "en",
    draft: bool = False,
    disclosure: str = "restricted",
    attachments: Sequence[Path] = (),
    progress: Progress | None = None,
) -> ExportResult:
    """Write the next revision's package into `folder` and record it, in the caller's
    transaction (the package file is only written once everything before it succeeded)."""
    progress = progress or Progress()
    document, previous = prepare_document(session, settings, period, draft, disclosure)
    data = canonical_json(document)
    fingerprint = sha256(data)
    pdf = render_submission_pdf(document, language, fingerprint, progress)
    progress.check()
    written = write_package(folder, document, pdf, key, attachments)
    old_document = json.loads(previous.document) if previous else None
    changes = changes_between(old_document, document)
    sub = document["submission"]
    row = SubmissionExport(
        submission_uuid=sub["uuid"],
        revision_uuid=sub["revision_uuid"],
        period=document["period"],
        revision=sub["revision"],
        replaces=sub["replaces"],
        draft=draft,
        disclosure=disclosure,
        language=language,
        path=str(written.path),
        sha256=fingerprint,
        changes=json.dumps(changes),
        document=data.decode(),
        created_at=utcnow(),
    )
    session.add(row)
    now = utcnow()
    uuids = [a["uuid"] for a in document["activities"]]
    for start in range(0, len(uuids), 500):
        session.execute(
            update(Activity)
            .where(Activity.uuid.in_(uuids[start : start + 500]), Activity.exported_at.is_(None))
            .values(exported_at=now)
        )
    need_uuids = [n["uuid"] for n in document["needs"]]
    session.execute(
        update(Need)
        .where(Need.uuid.in_(need_uuids), Need.exported_at.is_(None))
        .values(exported_at=now)
    )
    session.flush()
    return ExportResult(written, _record(row), page_count(pdf))


def page_count(pdf: bytes) -> int:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()
