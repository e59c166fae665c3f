"""Submission export: schema, round trip, PDF text, markup, Unicode, atomic writes,
signatures, revisions and the CLI."""

from __future__ import annotations

import io
import json
import stat
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
from pypdf import PdfReader

from attdesk.cli.main import main
from attdesk.demo import fill_demo, fill_demo_needs, fill_demo_questionnaire
from attdesk.exchange import package as package_module
from attdesk.exchange.export import (
    checklist,
    export_history,
    export_submission,
    prepare_document,
)
from attdesk.exchange.package import MANIFEST, SIGNATURE, canonical_json, sha256, verify_package
from attdesk.exchange.schema import SUBMISSION_SCHEMA, check_submission
from attdesk.exchange.signing import load_or_create_key
from attdesk.exchange.submission import parse_document
from attdesk.questionnaire.definition import latest_definition
from attdesk.resource_files import read_json
from attdesk.store.activities import load_activities, save_activity
from attdesk.store.database import Database
from attdesk.store.needs import load_needs, save_need
from attdesk.store.responses import list_responses, load_answers, save_answer
from attdesk.store.settings import load_settings, save_settings
from tests.factories import UNODC, activity, need

# Text that must come out exactly as typed, in the PDF too.
TRICKY = "Curso “avançado” <b>not bold</b> &amp; <br/> ñ ç œ — Ñandú façade cœur"


@pytest.fixture
def filled(db: Database) -> Database:
    """Demo data, a record with tricky text in every text field, and 2025 answers."""
    with db.sessions.begin() as session:
        settings = load_settings(session)
        save_settings(session, replace(settings, contact_name="Ana Pérez <focal>",
                                       ministry="Ministerio de Seguridad Pública",
                                       email="ana@minseg.gob.pa"))  # fmt: skip
        fill_demo(session, "PAN", generated=10)
        fill_demo_needs(session)
        fill_demo_questionnaire(session, "2025")
        tricky = save_activity(
            session,
            activity(title=TRICKY, description=TRICKY, place=TRICKY, larger_project=TRICKY,
                     implementer_contact=TRICKY, notes=TRICKY, donors=(UNODC,)),
        )  # fmt: skip
        save_need(session, need(title=TRICKY, description=TRICKY, notes=TRICKY,
                                addressed_by=(tricky,)))  # fmt: skip
        info = list_responses(session)[0]
        save_answer(session, info.uuid, "4.5", TRICKY)
    return db


def key_dir(tmp_path: Path) -> Path:
    return tmp_path / "keys"


def export(db: Database, tmp_path: Path, **options: Any) -> Any:
    with db.sessions.begin() as session:
        return export_submission(
            session, load_settings(session), "2025", tmp_path / "out",
            load_or_create_key(key_dir(tmp_path)), **options,
        )  # fmt: skip


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_exports_validate_with_the_app_and_an_independent_validator(
    filled: Database, tmp_path: Path
) -> None:
    result = export(filled, tmp_path, language="es", draft=True)
    document = json.loads(members(result.written.path)["submission.json"])
    check_submission(document)
    independent = jsonschema_rs.validator_for(read_json("schema", SUBMISSION_SCHEMA))
    assert independent.is_valid(document), list(independent.iter_errors(document))[:3]
    broken = {**document, "state": "Panama"}
    assert not independent.is_valid(broken)


def test_every_schema_property_is_described() -> None:
    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            for name, child in node.get("properties", {}).items():
                assert "description" in child or "$ref" in child, f"{where}/{name}"
            for key, child in node.items():
                walk(child, f"{where}/{key}")
        elif isinstance(node, list):
            for child in node:
                walk(child, where)

    walk(read_json("schema", SUBMISSION_SCHEMA), "")


def test_round_trip_gives_back_the_same_records(filled: Database) -> None:
    with filled.sessions() as session:
        settings = load_settings(session)
        document, _ = prepare_document(session, settings, "2025", draft=True)
        activities = load_activities(session)
        needs = load_needs(session)
        info = list_responses(session)[0]
        answers = load_answers(session, info.uuid)
    parsed = parse_document(json.loads(canonical_json(document)))
    assert {a.uuid: a for a in parsed.activities} == activities
    assert {n.uuid: n for n in parsed.needs} == needs
    assert {q: (a.value, a.details) for q, a in parsed.answers.items()} == {
        q: (a.value, a.details) for q, a in answers.items()
    }
    assert any(a.title == TRICKY and a.notes == TRICKY for a in parsed.activities)
    assert parsed.focal_point["name"] == "Ana Pérez <focal>"


def test_the_pdf_holds_the_records_and_prints_markup_literally(
    filled: Database, tmp_path: Path
) -> None:
    result = export(filled, tmp_path, language="pt", draft=True)
    files = members(result.written.path)
    reader = PdfReader(io.BytesIO(files["submission.pdf"]))
    text = "\n".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    assert "<b>not bold</b> &amp; <br/>" in flat
    assert "ñ ç œ" in flat and "“avançado”" in flat
    assert "Ana Pérez <focal>" in flat
    assert "Marking machines and training for the national armoury" in flat
    fingerprint = sha256(files["submission.json"])
    assert " ".join(fingerprint[i : i + 4] for i in range(0, 64, 4)) in flat
    definition = latest_definition("cifta-implementation")
    assert definition is not None
    assert definition.by_id["4.1"].label("pt")[:40] in flat
    assert f"Página 1 de {len(reader.pages)}" in flat
    assert "RASCUNHO" in flat  # the draft watermark, in Portuguese
    assert reader.metadata is not None and "PAN 2025" in str(reader.metadata.title)
    assert reader.outline  # bookmarks


def test_tampering_any_member_is_caught_and_named(filled: Database, tmp_path: Path) -> None:
    result = export(filled, tmp_path, draft=True)
    original = members(result.written.path)
    assert verify_package(result.written.path).ok
    for name in original:
        damaged = dict(original)
        content = bytearray(damaged[name])
        content[len(content) // 2] ^= 0x01
        damaged[name] = bytes(content)
        target = tmp_path / f"tampered-{name.replace('/', '_')}.attdesk"
        with zipfile.ZipFile(target, "w") as archive:
            for member, data in damaged.items():
                archive.writestr(member, data)
        problems = verify_package(target).problems
        assert problems, name
        expected = SIGNATURE if name == MANIFEST else name
        assert any(p.startswith(expected) for p in problems), (name, problems)


def test_a_crash_mid_export_leaves_no_package_and_no_record(
    filled: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = zipfile.ZipFile.writestr
    calls = []

    def failing(self: zipfile.ZipFile, name: Any, data: Any, *args: Any, **kwargs: Any) -> None:
        calls.append(name)
        if len(calls) == 3:
            raise OSError("disk full")
        real(self, name, data, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", failing)
    with pytest.raises(OSError, match="disk full"):
        export(filled, tmp_path, draft=True)
    assert list((tmp_path / "out").iterdir()) == []  # neither the package nor a temporary
    with filled.sessions() as session:
        assert export_history(session) == []


def test_revisions_chain_and_say_what_changed(filled: Database, tmp_path: Path) -> None:
    first = export(filled, tmp_path, draft=True)
    with filled.sessions.begin() as session:
        save_activity(session, activity(title="A new course"))
    second = export(filled, tmp_path, draft=True)
    assert first.written.path.name == "PAN-2025-r1.attdesk"
    assert second.written.path.name == "PAN-2025-r2.attdesk"
    assert second.record.replaces == first.record.revision_uuid
    assert second.record.submission_uuid == first.record.submission_uuid
    assert len(second.record.changes["activities"]["added"]) == 1
    with filled.sessions() as session:
        assert [r.revision for r in export_history(session, "2025")] == [2, 1]
    manifest = json.loads(members(second.written.path)["manifest.json"])
    assert manifest["previous_revision_uuid"] == first.record.revision_uuid


def test_the_private_key_is_owner_only_and_kept(tmp_path: Path) -> None:
    key = load_or_create_key(key_dir(tmp_path))
    mode = stat.S_IMODE(key.path.stat().st_mode)
    assert mode == 0o600
    assert load_or_create_key(key_dir(tmp_path)).fingerprint == key.fingerprint
    assert len(key.fingerprint.replace(" ", "")) == 64


def test_the_checklist_lists_what_blocks_a_final_export(filled: Database) -> None:
    with filled.sessions() as session:
        kinds = {item.kind for item in checklist(session, "2025")}
        assert "missing_required" in kinds
        assert {item.kind for item in checklist(session, "2031")} >= {"no_response"}


def test_attachments_travel_in_the_package(filled: Database, tmp_path: Path) -> None:
    law = tmp_path / "Ley 57 (2011).pdf"
    law.write_bytes(b"%PDF-1.4 law")
    result = export(filled, tmp_path, draft=True, attachments=[law, law])
    names = set(members(result.written.path))
    assert {"attachments/Ley 57 (2011).pdf", "attachments/Ley 57 (2011)-2.pdf"} <= names
    assert verify_package(result.written.path).ok


def test_cli_export_and_verify(
    filled: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cli"
    code = main(["--db", str(db_path), "export", "--period", "2025", "--out", str(out)])
    assert code == 1 and "checklist item(s) are open" in capsys.readouterr().err
    code = main(["--db", str(db_path), "export", "--period", "2025", "--out", str(out),
                 "--draft", "--lang", "fr"])  # fmt: skip
    printed = capsys.readouterr().out.strip()
    assert code == 0 and printed.endswith("PAN-2025-r1.attdesk") and Path(printed).exists()
    bad = tmp_path / "bad.attdesk"
    bad.write_bytes(b"not a zip")
    code = main(["verify", printed, str(bad)])
    lines = capsys.readouterr().out.strip().splitlines()
    assert code == 1
    assert "OK PAN 2025 r1 draft" in lines[0] and "FAILED" in lines[1]
    assert main(["verify", printed]) == 0


def test_a_document_that_breaks_the_schema_is_never_written(filled: Database) -> None:
    with filled.sessions() as session:
        document, _ = prepare_document(session, load_settings(session), "2025", draft=True)
    document["activities"][0]["relevance"] = "Very Relevant"
    with pytest.raises(Exception, match="schema"):
        check_submission(document)
    assert package_module.SUFFIX == ".attdesk"
