"""Secretariat import: real packages made by the export code, good ones and bad ones.

Every bad package must be rejected with a clear message and leave every record of the
database exactly as it was (the import log may grow)."""

from __future__ import annotations

import base64
import json
import warnings
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from attdesk.cli.main import main
from attdesk.demo import fill_demo, fill_demo_needs, fill_demo_questionnaire
from attdesk.exchange import package as package_module
from attdesk.exchange.export import export_submission, prepare_document
from attdesk.exchange.importer import (
    ALREADY,
    HELD_KEY,
    IMPORTED,
    LATE,
    REJECTED,
    SUPERSEDED,
    import_packages,
    resolve_key_change,
)
from attdesk.exchange.package import canonical_json, sha256
from attdesk.exchange.signing import SigningKey, load_or_create_key
from attdesk.store.activities import save_activity
from attdesk.store.database import Database, open_database
from attdesk.store.models import CURRENT, HELD, HISTORY, ReceivedSubmission, StateKey
from attdesk.store.settings import load_settings
from tests.factories import activity


@pytest.fixture
def focal(tmp_path: Path) -> Database:
    """A focal point's database with demo data and a 2025 response."""
    db = open_database(tmp_path / "focal.sqlite")
    from attdesk.store.settings import FOCAL_POINT, AppSettings, save_settings

    with db.sessions.begin() as session:
        save_settings(session, AppSettings(role=FOCAL_POINT, state="PAN", contact_name="Ana"))
        fill_demo(session, "PAN", generated=4)
        fill_demo_needs(session)
        fill_demo_questionnaire(session, "2025")
    yield db
    db.close()


@pytest.fixture
def key(tmp_path: Path) -> SigningKey:
    return load_or_create_key(tmp_path / "keys")


def export(focal: Database, key: SigningKey, folder: Path) -> Path:
    with focal.sessions.begin() as session:
        result = export_submission(session, load_settings(session), "2025", folder, key, draft=True)
    return result.written.path


def snapshot(db: Database) -> dict[str, Any]:
    """Every secretariat record, to compare before and after a rejected import."""
    with db.sessions() as session:
        return {
            table: session.execute(text(f"SELECT * FROM {table} ORDER BY 1")).all()
            for table in ("received_submission", "state_key")
        }


def test_import_revisions_and_resubmissions(
    db: Database, focal: Database, key: SigningKey, tmp_path: Path
) -> None:
    r1 = export(focal, key, tmp_path / "r1")
    with focal.sessions.begin() as session:
        save_activity(session, activity(title="Added for revision 2"))
    r2 = export(focal, key, tmp_path / "r2")
    first = import_packages(db.sessions, [r1])
    assert [o.outcome for o in first] == [IMPORTED]
    assert [o.outcome for o in import_packages(db.sessions, [r1])] == [ALREADY]
    assert [o.outcome for o in import_packages(db.sessions, [r2])] == [SUPERSEDED]
    with db.sessions() as session:
        rows = {r.revision: r.status for r in session.scalars(select(ReceivedSubmission))}
        assert rows == {1: HISTORY, 2: CURRENT}
        assert session.get(StateKey, "PAN") is not None


def test_an_older_revision_arriving_late_is_history(
    db: Database, focal: Database, key: SigningKey, tmp_path: Path
) -> None:
    r1 = export(focal, key, tmp_path / "r1")
    r2 = export(focal, key, tmp_path / "r2")
    assert [o.outcome for o in import_packages(db.sessions, [r2, r1])] == [IMPORTED, LATE]
    with db.sessions() as session:
        rows = {r.revision: r.status for r in session.scalars(select(ReceivedSubmission))}
    assert rows == {2: CURRENT, 1: HISTORY}


def test_a_changed_key_is_held_until_the_secretariat_decides(
    db: Database, focal: Database, key: SigningKey, tmp_path: Path
) -> None:
    r1 = export(focal, key, tmp_path / "r1")
    stranger = load_or_create_key(tmp_path / "other-keys")
    r2 = export(focal, stranger, tmp_path / "r2")
    outcomes = import_packages(db.sessions, [r1, r2])
    assert outcomes[1].outcome == HELD_KEY and stranger.fingerprint in outcomes[1].message
    with db.sessions.begin() as session:
        held = session.scalar(select(ReceivedSubmission).where(ReceivedSubmission.status == HELD))
        assert held is not None and held.revision == 2
        resolve_key_change(session, held.revision_uuid, accept=True)
    with db.sessions() as session:
        rows = {r.revision: r.status for r in session.scalars(select(ReceivedSubmission))}
        assert rows == {1: HISTORY, 2: CURRENT}
        trusted = session.get(StateKey, "PAN")
        assert trusted is not None and trusted.key_id == stranger.key_id


def test_dry_run_reports_and_writes_nothing(
    db: Database, focal: Database, key: SigningKey, tmp_path: Path
) -> None:
    r1 = export(focal, key, tmp_path / "r1")
    before = snapshot(db)
    assert [o.outcome for o in import_packages(db.sessions, [r1], dry_run=True)] == [IMPORTED]
    assert snapshot(db) == before


# -- bad packages ---------------------------------------------------------------------------


def craft(
    target: Path,
    members: dict[str, bytes],
    key: SigningKey,
    compression: int = zipfile.ZIP_DEFLATED,
    **manifest: Any,
) -> Path:
    """A package with these members and a correct manifest and signature for them."""
    base = {
        "format": "attdesk-package", "format_version": "1.0", "app_version": "0.1.0",
        "state": "PAN", "period": "2025", "submission_uuid": "", "revision": 1,
        "revision_uuid": "", "previous_revision_uuid": None, "draft": True,
        "created_at": "2026-01-01T00:00:00Z",
        "members": [{"name": n, "sha256": sha256(c), "size": len(c)} for n, c in members.items()],
        "signer": {"algorithm": "Ed25519", "key_id": key.key_id,
                   "public_key": base64.b64encode(key.public).decode()},
    }  # fmt: skip
    try:
        document = json.loads(members.get("submission.json", b"{}"))
        sub = document["submission"]
        base.update(submission_uuid=sub["uuid"], revision_uuid=sub["revision_uuid"],
                    revision=sub["revision"])  # fmt: skip
    except (ValueError, KeyError, TypeError, RecursionError):
        pass
    base.update(manifest)
    manifest_bytes = canonical_json(base)
    with zipfile.ZipFile(target, "w", compression) as archive:
        archive.writestr("manifest.json", manifest_bytes)
        archive.writestr("manifest.sig", key.sign(manifest_bytes))
        for name, content in members.items():
            archive.writestr(name, content)
    return target


def good_members(focal: Database) -> dict[str, Any]:
    with focal.sessions() as session:
        document, _ = prepare_document(session, load_settings(session), "2025", draft=True)
    return document


def with_document(document: dict[str, Any]) -> dict[str, bytes]:
    return {"submission.json": canonical_json(document), "submission.pdf": b"%PDF-1.4 x"}


def bad_packages(focal: Database, key: SigningKey, folder: Path) -> dict[str, tuple[Path, str]]:
    """Kind of badness -> (file, words the rejection must contain)."""
    folder.mkdir()
    good = export(focal, key, folder / "good")
    original = zipfile.ZipFile(good)
    members = {name: original.read(name) for name in original.namelist()}
    document = good_members(focal)
    cases: dict[str, tuple[Path, str]] = {}

    def raw(name: str, data: bytes, words: str) -> None:
        path = folder / f"{name}.attdesk"
        path.write_bytes(data)
        cases[name] = (path, words)

    def zipped(name: str, entries: list[tuple[Any, bytes]], words: str) -> None:
        path = folder / f"{name}.attdesk"
        with zipfile.ZipFile(path, "w") as archive, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a repeated name is the point of one case
            for info, content in entries:
                archive.writestr(info, content)
        cases[name] = (path, words)

    raw("not-zip", b"%PDF-1.4 this is a PDF, not a package", "not a zip")
    raw("empty", b"", "empty")
    raw("truncated", good.read_bytes()[: good.stat().st_size // 2], "not a zip")
    entries = list(members.items())
    zipped("absolute-path", [*entries, ("/etc/passwd", b"x")], "unsafe path")
    zipped("dot-dot", [*entries, ("attachments/../../evil.txt", b"x")], "unsafe path")
    link = zipfile.ZipInfo("attachments/link")
    link.external_attr = 0o120777 << 16
    zipped("link", [*entries, (link, b"/etc/passwd")], "a link")
    zipped("duplicate-name", [*entries, ("submission.pdf", b"again")], "appears twice")
    path = folder / "zip-bomb.attdesk"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries:
            archive.writestr(name, content)
        archive.writestr("attachments/bomb.txt", b"\0" * (20 * 2**20))
    cases["zip-bomb"] = (path, "compression ratio")
    tampered = dict(members)
    tampered["submission.json"] = members["submission.json"].replace(b'"PAN"', b'"PER"', 1)
    zipped("hash-mismatch", list(tampered.items()), "submission.json: content differs")
    forged = json.loads(members["manifest.json"])
    forged["draft"] = False
    zipped("bad-signature", [*(i for i in entries if i[0] != "manifest.json"),
                              ("manifest.json", canonical_json(forged))], "signature")  # fmt: skip
    zipped("missing-member", [i for i in entries if i[0] != "submission.pdf"],
           "submission.pdf: listed in the manifest but missing")  # fmt: skip
    wrong_types = json.loads(canonical_json(document))
    wrong_types["activities"][0]["types"] = "training"
    craft(folder / "wrong-types.attdesk", with_document(wrong_types), key)
    cases["wrong-types"] = (folder / "wrong-types.attdesk", "not of type 'array'")
    deep = b"[" * 100_000 + b"]" * 100_000
    craft(
        folder / "deep-json.attdesk",
        {"submission.json": deep, "submission.pdf": b"x"},
        key,
        zipfile.ZIP_STORED,
    )  # stored, so the nesting, not the zip-bomb check, is what trips
    cases["deep-json"] = (folder / "deep-json.attdesk", "not JSON")
    dangling = json.loads(canonical_json(document))
    dangling["needs"][0]["addressed_by"] = ["00000000-0000-4000-8000-000000000000"]
    craft(folder / "dangling-link.attdesk", with_document(dangling), key)
    cases["dangling-link"] = (folder / "dangling-link.attdesk", "is not in the package")
    unknown = json.loads(canonical_json(document))
    unknown["activities"][0]["focus_areas"] = ["teleportation"]
    craft(folder / "unknown-code.attdesk", with_document(unknown), key)
    cases["unknown-code"] = (folder / "unknown-code.attdesk", "unknown code 'teleportation'")
    newer = json.loads(canonical_json(document))
    newer["format_version"] = "2.0"
    craft(folder / "newer-format.attdesk", with_document(newer), key, format_version="2.0",
          app_version="3.0.0")  # fmt: skip
    cases["newer-format"] = (folder / "newer-format.attdesk", "install ATT Desk 3.0.0")
    no_manifest = [i for i in entries if i[0] not in ("manifest.json", "manifest.sig")]
    zipped("no-manifest", no_manifest, "manifest.json")
    orphan = dict(members)
    zipped("unlisted-member", [*orphan.items(), ("attachments/extra.pdf", b"extra")],
           "not listed in the manifest")  # fmt: skip
    return cases


def test_bad_packages_are_rejected_and_change_nothing(
    db: Database, focal: Database, key: SigningKey, tmp_path: Path
) -> None:
    good = export(focal, key, tmp_path / "first")
    assert import_packages(db.sessions, [good])[0].outcome == IMPORTED
    cases = bad_packages(focal, key, tmp_path / "bad")
    assert len(cases) >= 15
    before = snapshot(db)
    for kind, (path, words) in cases.items():
        (outcome,) = import_packages(db.sessions, [path])
        assert outcome.outcome == REJECTED, (kind, outcome)
        assert words in outcome.message, (kind, outcome.message)
        assert snapshot(db) == before, kind


def test_size_and_member_limits(
    db: Database, focal: Database, key: SigningKey, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = export(focal, key, tmp_path / "good")
    before = snapshot(db)
    monkeypatch.setattr(package_module, "MAX_PACKAGE_BYTES", 1000)
    assert "too big" in import_packages(db.sessions, [good])[0].message
    monkeypatch.setattr(package_module, "MAX_PACKAGE_BYTES", 10**9)
    monkeypatch.setattr(package_module, "MAX_MEMBERS", 2)
    assert "too many members" in import_packages(db.sessions, [good])[0].message
    monkeypatch.setattr(package_module, "MAX_MEMBERS", 200)
    monkeypatch.setattr(package_module, "MAX_MEMBER_BYTES", 100)
    assert "too big" in import_packages(db.sessions, [good])[0].message
    assert snapshot(db) == before


def test_a_failure_while_storing_leaves_the_database_as_it_was(
    db: Database, focal: Database, key: SigningKey, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from attdesk.exchange import importer

    good = export(focal, key, tmp_path / "good")
    before = snapshot(db)

    def broken_flush(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("disk I/O error")

    real_store = importer.store_package

    def store_then_fail(session: Any, checked: Any) -> Any:
        real_store(session, checked)
        broken_flush()

    monkeypatch.setattr(importer, "store_package", store_then_fail)
    (outcome,) = import_packages(db.sessions, [good])
    assert outcome.outcome == REJECTED and "disk I/O error" in outcome.message
    assert snapshot(db) == before


def test_cli_import(
    db_path: Path, focal: Database, key: SigningKey, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    folder = tmp_path / "inbox"
    good = export(focal, key, folder)
    (folder / "junk.attdesk").write_bytes(b"junk")
    code = main(["--db", str(db_path), "import", "--dry-run", str(folder)])
    out = capsys.readouterr().out
    assert code == 1 and f"(dry run) {good}: imported PAN 2025 r1" in out and "rejected" in out
    code = main(["--db", str(db_path), "import", str(good)])
    assert code == 0 and "imported PAN 2025 r1" in capsys.readouterr().out
    code = main(["--db", str(db_path), "import", str(good)])
    assert code == 0 and "already imported" in capsys.readouterr().out


def test_the_revision_before_and_what_changed(
    db: Database, focal: Database, key: SigningKey, tmp_path: Path
) -> None:
    from attdesk.exchange.export import changes_between
    from attdesk.store.received import document_of, previous_document

    r1 = export(focal, key, tmp_path / "r1")
    with focal.sessions.begin() as session:
        save_activity(session, activity(title="Added for revision 2"))
    r2 = export(focal, key, tmp_path / "r2")
    import_packages(db.sessions, [r1, r2])
    with db.sessions() as session:
        second = session.scalar(select(ReceivedSubmission).where(ReceivedSubmission.revision == 2))
        assert second is not None
        found = previous_document(session, second.revision_uuid)
        assert found is not None and found[0] == 1
        changes = changes_between(found[1], document_of(session, second.revision_uuid))
    assert len(changes["activities"]["added"]) == 1


def test_cancelling_stops_before_the_next_file_and_keeps_what_was_done(
    db: Database, focal: Database, key: SigningKey, tmp_path: Path
) -> None:
    from attdesk.domain.progress import Progress

    r1 = export(focal, key, tmp_path / "r1")
    r2 = export(focal, key, tmp_path / "r2")

    class CancelAfterFirst(Progress):
        def report(self, done: int, total: int, message: str) -> None:
            if done == 1:
                self.cancel()

    outcomes = import_packages(db.sessions, [r1, r2], progress=CancelAfterFirst())
    assert [o.outcome for o in outcomes] == [IMPORTED]
    with db.sessions() as session:
        assert [r.revision for r in session.scalars(select(ReceivedSubmission))] == [1]
