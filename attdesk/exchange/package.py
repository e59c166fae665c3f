"""The submission package: one zip file a focal point e-mails or copies to a USB stick.

    PAN-2025-r2.attdesk
      manifest.json     what the package is, the SHA-256 and size of every other member,
                        and the signer's public key
      manifest.sig      Ed25519 signature of manifest.json's exact bytes
      submission.json   the data (schema resources/schema/submission-1.schema.json)
      submission.pdf    the same for people
      attachments/...   documents the user attached (optional)

Written atomically: the file appears under its final name complete, or not at all.
`verify_package` checks a package without trusting it: limits first, then hashes, the
signature and the schema.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from attdesk import __version__
from attdesk.atomic import atomic_path
from attdesk.exchange.schema import schema_problems
from attdesk.exchange.signing import SigningKey, key_id, verify_signature

PACKAGE_FORMAT: Final = "attdesk-package"
PACKAGE_VERSION: Final = "1.0"
SUFFIX: Final = ".attdesk"
MANIFEST: Final = "manifest.json"
SIGNATURE: Final = "manifest.sig"
SUBMISSION: Final = "submission.json"
PDF: Final = "submission.pdf"
ATTACHMENTS: Final = "attachments/"
MAX_PACKAGE_BYTES: Final = 200 * 2**20
MAX_MEMBER_BYTES: Final = 100 * 2**20
MAX_MEMBERS: Final = 200


def package_name(state: str, period: str, revision: int) -> str:
    return f"{state}-{period}-r{revision}{SUFFIX}"


def canonical_json(document: Any) -> bytes:
    """The bytes written for a JSON member: UTF-8, stable key order, readable."""
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Written:
    path: Path
    manifest: Mapping[str, Any]
    submission_sha256: str


def write_package(
    folder: Path,
    submission: Mapping[str, Any],
    pdf: bytes,
    key: SigningKey,
    attachments: Sequence[Path] = (),
) -> Written:
    """Write the package into `folder`; returns its path and manifest."""
    sub = submission["submission"]
    data = canonical_json(submission)
    members: dict[str, bytes] = {SUBMISSION: data, PDF: pdf}
    for attachment in attachments:
        name = ATTACHMENTS + _safe_name(attachment.name, members)
        members[name] = attachment.read_bytes()
    manifest = {
        "format": PACKAGE_FORMAT,
        "format_version": PACKAGE_VERSION,
        "app_version": __version__,
        "state": submission["state"],
        "period": submission["period"],
        "submission_uuid": sub["uuid"],
        "revision": sub["revision"],
        "revision_uuid": sub["revision_uuid"],
        "previous_revision_uuid": sub["replaces"],
        "draft": sub["draft"],
        "created_at": sub["created_at"],
        "members": [
            {"name": name, "sha256": sha256(content), "size": len(content)}
            for name, content in members.items()
        ],
        "signer": {
            "algorithm": "Ed25519",
            "key_id": key.key_id,
            "public_key": base64.b64encode(key.public).decode("ascii"),
        },
    }
    manifest_bytes = canonical_json(manifest)
    target = folder / package_name(submission["state"], submission["period"], sub["revision"])
    folder.mkdir(parents=True, exist_ok=True)
    with (
        atomic_path(target) as temporary,
        zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, key.sign(manifest_bytes))
        for name, content in members.items():
            archive.writestr(name, content)
    return Written(target, manifest, sha256(data))


def _safe_name(name: str, taken: Mapping[str, bytes]) -> str:
    """An attachment name without folders or odd characters, unique in the package."""
    cleaned = "".join(c if c.isalnum() or c in "._-() " else "_" for c in Path(name).name)
    cleaned = cleaned.strip()
    cleaned = cleaned.lstrip(".") or "attachment"
    stem, dot, suffix = cleaned.rpartition(".")
    candidate, number = cleaned, 2
    while ATTACHMENTS + candidate in taken:
        candidate = f"{stem}-{number}{dot}{suffix}" if dot else f"{cleaned}-{number}"
        number += 1
    return candidate


# -- verifying ----------------------------------------------------------------------------


@dataclass
class Verification:
    path: Path
    problems: list[str] = field(default_factory=list)
    manifest: dict[str, Any] | None = None
    submission: dict[str, Any] | None = None
    members: dict[str, bytes] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def read_members(path: Path) -> tuple[dict[str, bytes], list[str]]:
    """Every member's bytes, refusing what a package never contains: too big, too many,
    paths that leave the package, links, repeated names."""
    problems: list[str] = []
    try:
        size = path.stat().st_size
    except OSError as error:
        return {}, [f"cannot read the file: {error.strerror}"]
    if size > MAX_PACKAGE_BYTES:
        return {}, [f"the file is too big ({size} bytes; at most {MAX_PACKAGE_BYTES})"]
    if size == 0:
        return {}, ["the file is empty"]
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return {}, ["not an ATT Desk package (not a zip file)"]
    members: dict[str, bytes] = {}
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            return {}, [f"too many members ({len(infos)}; at most {MAX_MEMBERS})"]
        for info in infos:
            name = info.filename
            if (
                name.startswith(("/", "\\"))
                or ".." in name.split("/")
                or "\\" in name
                or ":" in name
            ):
                problems.append(f"member {name!r}: unsafe path")
                continue
            if (info.external_attr >> 16) & 0o170000 == 0o120000:
                problems.append(f"member {name!r}: a link")
                continue
            if name in members:
                problems.append(f"member {name!r}: appears twice")
                continue
            if info.file_size > MAX_MEMBER_BYTES:
                problems.append(f"member {name!r}: too big ({info.file_size} bytes)")
                continue
            if info.compress_size and info.file_size / info.compress_size > 200:
                problems.append(f"member {name!r}: compression ratio too high (zip bomb?)")
                continue
            try:
                with archive.open(info) as stream:
                    content = stream.read(MAX_MEMBER_BYTES + 1)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
                problems.append(f"member {name!r}: cannot be read ({error})")
                continue
            if len(content) != info.file_size:
                problems.append(f"member {name!r}: size differs from the zip directory")
                continue
            members[name] = content
    return members, problems


def verify_package(path: Path) -> Verification:
    """Check hashes, signature and schema; every problem names the member it concerns."""
    result = Verification(path)
    members, problems = read_members(path)
    result.problems += problems
    if problems or not members:
        return result
    result.members = members
    manifest_bytes = members.get(MANIFEST)
    signature = members.get(SIGNATURE)
    if manifest_bytes is None:
        result.problems.append(f"{MANIFEST}: missing")
        return result
    try:
        manifest = json.loads(manifest_bytes)
        listed = {m["name"]: m for m in manifest["members"]}
        public = base64.b64decode(manifest["signer"]["public_key"], validate=True)
        signer_id = manifest["signer"]["key_id"]
    except (ValueError, KeyError, TypeError) as error:
        result.problems.append(f"{MANIFEST}: not a valid manifest ({error})")
        return result
    result.manifest = manifest
    if manifest.get("format") != PACKAGE_FORMAT:
        result.problems.append(f"{MANIFEST}: not an ATT Desk package manifest")
        return result
    if signature is None:
        result.problems.append(f"{SIGNATURE}: missing")
    elif key_id(public) != signer_id or not verify_signature(public, signature, manifest_bytes):
        result.problems.append(f"{SIGNATURE}: the signature does not match {MANIFEST}")
    for name, content in members.items():
        if name in (MANIFEST, SIGNATURE):
            continue
        entry = listed.get(name)
        if entry is None:
            result.problems.append(f"{name}: not listed in the manifest")
        elif entry.get("size") != len(content) or entry.get("sha256") != sha256(content):
            result.problems.append(
                f"{name}: content differs from the manifest (changed or damaged)"
            )
    for name in listed:
        if name not in members:
            result.problems.append(f"{name}: listed in the manifest but missing")
    data = members.get(SUBMISSION)
    if data is not None:
        try:
            submission = json.loads(data)
        except (ValueError, RecursionError) as error:
            result.problems.append(f"{SUBMISSION}: not JSON ({error})")
        else:
            problems = schema_problems(submission, limit=3)
            result.problems += [f"{SUBMISSION}: {p}" for p in problems]
            if not problems:
                result.submission = submission
                sub = submission["submission"]
                expected = {
                    "state": submission["state"],
                    "period": submission["period"],
                    "submission_uuid": sub["uuid"],
                    "revision": sub["revision"],
                    "revision_uuid": sub["revision_uuid"],
                }
                for key, value in expected.items():
                    if manifest.get(key) != value:
                        result.problems.append(f"{MANIFEST}: {key} does not match {SUBMISSION}")
    return result
