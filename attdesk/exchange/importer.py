"""Secretariat import of submission packages: untrusted files in, nothing harmed.

Every check runs before anything touches the database: size and member limits, safe member
names, compression ratio, the format version, manifest hashes and sizes, the signature, the
JSON Schema, references between records, known vocabulary codes. Then one transaction per
package: a failure half-way leaves the database as it was (only the import log records the
attempt).

Trust on first use: a state's first package records its signing key; a later package signed
by another key is held as "key changed: needs confirmation" until the secretariat accepts
or rejects the new key. Revisions: the same revision again changes nothing; a newer one
becomes current and the older is kept as history; an older one arriving late is stored as
history.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from attdesk.domain.countries import countries
from attdesk.domain.progress import Progress
from attdesk.domain.vocabularies import (
    ACTIVITY_FORMAT,
    ASSISTANCE_TYPE,
    FOCUS_AREA,
    INSTRUMENT,
    NEED_PRIORITY,
    NEED_STATUS,
    ORGANISATION_KIND,
    RELEVANCE,
    vocabulary,
)
from attdesk.exchange.package import MANIFEST, PACKAGE_FORMAT, SUBMISSION, sha256, verify_package
from attdesk.exchange.signing import fingerprint, key_id
from attdesk.store.models import (
    CURRENT,
    HELD,
    HISTORY,
    ImportLogEntry,
    ReceivedSubmission,
    StateKey,
)
from attdesk.store.types import utcnow

SUPPORTED_MAJOR: Final = 1

IMPORTED = "imported"
ALREADY = "already imported"
SUPERSEDED = "superseded an older revision"
LATE = "stored as history (an older revision)"
HELD_KEY = "held: key changed, needs confirmation"
REJECTED = "rejected"


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    outcome: str
    message: str = ""
    state: str = ""
    period: str = ""
    revision: int = 0

    @property
    def rejected(self) -> bool:
        return self.outcome == REJECTED

    def line(self) -> str:
        what = f" {self.state} {self.period} r{self.revision}" if self.state else ""
        detail = f": {self.message}" if self.message else ""
        return f"{self.path}: {self.outcome}{what}{detail}"


class RejectedError(Exception):
    """A package fails a check; the message says which and why."""


def _major(version: Any) -> int | None:
    try:
        return int(str(version).split(".")[0])
    except ValueError:
        return None


def _check_versions(members: Mapping[str, bytes]) -> None:
    """A newer major format is refused with a message saying what is needed."""
    try:
        manifest = json.loads(members[MANIFEST])
    except (KeyError, ValueError, RecursionError) as error:
        raise RejectedError(f"{MANIFEST}: missing or not JSON") from error
    if not isinstance(manifest, dict) or manifest.get("format") != PACKAGE_FORMAT:
        raise RejectedError("not an ATT Desk submission package")
    major = _major(manifest.get("format_version"))
    if major is None or major > SUPPORTED_MAJOR:
        raise RejectedError(
            f"package format {manifest.get('format_version')} is newer than this ATT Desk "
            f"reads (format {SUPPORTED_MAJOR}.x); install ATT Desk "
            f"{manifest.get('app_version', 'a newer version')} or later"
        )
    try:
        document = json.loads(members[SUBMISSION])
        version = document.get("format_version") if isinstance(document, dict) else None
    except (KeyError, ValueError, RecursionError):
        return  # verify_package reports it
    major = _major(version)
    if major is not None and major > SUPPORTED_MAJOR:
        raise RejectedError(
            f"submission format {version} is newer than this ATT Desk reads; install ATT Desk "
            f"{document.get('app_version', 'a newer version')} or later"
        )


def _codes_known(field: str, vocabulary_id: str, codes: Iterable[str | None]) -> list[str]:
    vocab = vocabulary(vocabulary_id)
    return [f"{field}: unknown code {c!r}" for c in codes if c is not None and c not in vocab]


def integrity_problems(document: Mapping[str, Any]) -> list[str]:
    """References that point outside the package and vocabulary codes this app does not know."""
    problems: list[str] = []
    activities = {a["uuid"] for a in document["activities"]}
    organisations = {o["uuid"] for o in document["organisations"]}
    known_states = countries()
    if len(activities) != len(document["activities"]):
        problems.append("activities: a UUID appears twice")
    if document["state"] not in known_states:
        problems.append(f"state: unknown state {document['state']!r}")
    for o in document["organisations"]:
        problems += _codes_known("organisation kind", ORGANISATION_KIND, [o["kind"]])
    for a in document["activities"]:
        where = f"activity {a['uuid']}"
        for uuid in (*a["implementers"], *a["donors"]):
            if uuid not in organisations:
                problems.append(f"{where}: organisation {uuid} is not in the package")
        for uuid in a["related"]:
            if uuid not in activities:
                problems.append(f"{where}: related activity {uuid} is not in the package")
        problems += [f"{where}: {p}" for p in (
            _codes_known("format", ACTIVITY_FORMAT, [a["format"]])
            + _codes_known("relevance", RELEVANCE, [a["relevance"]])
            + _codes_known("types", ASSISTANCE_TYPE, a["types"])
            + _codes_known("focus areas", FOCUS_AREA, a["focus_areas"])
            + _codes_known("instruments", INSTRUMENT, a["instruments"])
        )]  # fmt: skip
        problems += [
            f"{where}: unknown partner state {s!r}"
            for s in a["partner_states"]
            if s not in known_states
        ]
    for n in document["needs"]:
        where = f"need {n['uuid']}"
        for uuid in n["addressed_by"]:
            if uuid not in activities:
                problems.append(f"{where}: addressing activity {uuid} is not in the package")
        if n["preferred_partner"] and n["preferred_partner"] not in organisations:
            problems.append(f"{where}: organisation {n['preferred_partner']} is not in the package")
        problems += [f"{where}: {p}" for p in (
            _codes_known("focus areas", FOCUS_AREA, n["focus_areas"])
            + _codes_known("types", ASSISTANCE_TYPE, n["types"])
            + _codes_known("instruments", INSTRUMENT, n["instruments"])
            + _codes_known("priority", NEED_PRIORITY, [n["priority"]])
            + _codes_known("status", NEED_STATUS, [n["status"]])
        )]  # fmt: skip
    return problems


@dataclass(frozen=True)
class Checked:
    """A package that passed every check, ready to store."""

    path: Path
    package: bytes
    manifest: Mapping[str, Any]
    document: Mapping[str, Any]


def check_package(path: Path) -> Checked:
    """Every check that needs no database; raises RejectedError naming the first problems."""
    from attdesk.exchange.package import read_members

    members, problems = read_members(path)
    if problems:
        raise RejectedError("; ".join(problems[:3]))
    _check_versions(members)
    verified = verify_package(path)
    if not verified.ok or verified.manifest is None or verified.submission is None:
        raise RejectedError("; ".join(verified.problems[:3]) or "not a valid package")
    problems = integrity_problems(verified.submission)
    if problems:
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise RejectedError("; ".join(problems[:3]) + more)
    return Checked(path, path.read_bytes(), verified.manifest, verified.submission)


def store_package(session: Session, checked: Checked) -> tuple[str, str]:
    """Write a checked package in the caller's transaction; returns (outcome, message)."""
    manifest, document = checked.manifest, checked.document
    sub = document["submission"]
    existing = session.scalar(
        select(ReceivedSubmission).where(ReceivedSubmission.revision_uuid == sub["revision_uuid"])
    )
    if existing is not None:
        return ALREADY, ""
    state = document["state"]
    public = manifest["signer"]["public_key"]
    trusted = session.get(StateKey, state)
    held = False
    if trusted is None:
        session.add(StateKey(state=state, key_id=manifest["signer"]["key_id"], public_key=public))
    elif trusted.public_key != public:
        held = True
    current = session.scalar(
        select(ReceivedSubmission).where(
            ReceivedSubmission.submission_uuid == sub["uuid"],
            ReceivedSubmission.status == CURRENT,
        )
    )
    if held:
        status, outcome = HELD, HELD_KEY
        raw = base64.b64decode(public)
        message = f"new key fingerprint {fingerprint(raw)}"
    elif current is None:
        status, outcome, message = CURRENT, IMPORTED, ""
    elif current.revision < sub["revision"]:
        current.status = HISTORY
        status, outcome, message = CURRENT, SUPERSEDED, f"r{current.revision} kept as history"
    else:
        status, outcome, message = HISTORY, LATE, f"r{current.revision} stays current"
    session.add(
        ReceivedSubmission(
            submission_uuid=sub["uuid"],
            revision_uuid=sub["revision_uuid"],
            state=state,
            period=document["period"],
            revision=sub["revision"],
            replaces=sub["replaces"],
            draft=sub["draft"],
            disclosure=sub["disclosure"],
            created_at=dt.datetime.fromisoformat(sub["created_at"].replace("Z", "+00:00")),
            received_at=utcnow(),
            file_name=checked.path.name[:500],
            signer_key_id=manifest["signer"]["key_id"],
            signer_public_key=public,
            status=status,
            package_sha256=sha256(checked.package),
            package=checked.package,
            document=json.dumps(document, ensure_ascii=False),
        )
    )
    session.flush()
    return outcome, message


def package_files(paths: Iterable[Path]) -> list[Path]:
    """The files to import: files as given, folders searched for *.attdesk."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*.attdesk") if p.is_file())
        else:
            found.append(path)
    return found


def import_packages(
    sessions: sessionmaker[Session],
    paths: Sequence[Path],
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> list[ImportOutcome]:
    """Import each file in its own transaction; `dry_run` checks and reports, writes nothing.
    Cancelling stops before the next file: the files already done stay imported (each was
    complete on its own), and the outcomes say which."""
    progress = progress or Progress()
    files = package_files(paths)
    outcomes = []
    for done, path in enumerate(files):
        progress.report(done, len(files), path.name)
        if progress.cancelled:
            break
        outcome = _import_one(sessions, path, dry_run)
        outcomes.append(outcome)
        if not dry_run:
            with sessions.begin() as session:
                session.add(ImportLogEntry(file_name=str(path)[:500], outcome=outcome.outcome,
                                           message=outcome.message[:2000]))  # fmt: skip
    progress.report(len(outcomes), len(files), "")
    return outcomes


def _import_one(sessions: sessionmaker[Session], path: Path, dry_run: bool) -> ImportOutcome:
    try:
        checked = check_package(path)
    except RejectedError as error:
        return ImportOutcome(path, REJECTED, str(error))
    document = checked.document
    sub = document["submission"]
    where = {"state": document["state"], "period": document["period"], "revision": sub["revision"]}
    session = sessions()
    try:
        outcome, message = store_package(session, checked)
        if dry_run:
            session.rollback()
        else:
            session.commit()
    except Exception as error:  # rolled back: nothing of this package was written
        session.rollback()
        return ImportOutcome(path, REJECTED, f"could not be stored: {error}", **where)
    finally:
        session.close()
    return ImportOutcome(path, outcome, message, **where)


def resolve_key_change(session: Session, revision_uuid: str, accept: bool) -> None:
    """The secretariat's decision on a held package: accept its new key (the package is
    then treated as received now) or reject it (the package is removed)."""
    held = session.scalar(
        select(ReceivedSubmission).where(
            ReceivedSubmission.revision_uuid == revision_uuid, ReceivedSubmission.status == HELD
        )
    )
    if held is None:
        raise ValueError(revision_uuid)
    if not accept:
        session.delete(held)
        session.flush()
        return
    raw = base64.b64decode(held.signer_public_key)
    trusted = session.get(StateKey, held.state)
    if trusted is None:
        trusted = StateKey(state=held.state)
        session.add(trusted)
    trusted.key_id = key_id(raw)
    trusted.public_key = held.signer_public_key
    trusted.trusted_at = utcnow()
    current = session.scalar(
        select(ReceivedSubmission).where(
            ReceivedSubmission.submission_uuid == held.submission_uuid,
            ReceivedSubmission.status == CURRENT,
        )
    )
    if current is None or current.revision < held.revision:
        if current is not None:
            current.status = HISTORY
        held.status = CURRENT
    else:
        held.status = HISTORY
    session.flush()
