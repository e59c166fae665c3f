"""Export of a large submission (issue: 500 activities, 100 needs, a full questionnaire).

Generates the records itself, answers every question of the CIFTA definition with a valid
value of its type, then times the export (document, schema check, PDF, signed package)
and reports the PDF's page count and size.
"""

from __future__ import annotations

import random
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from attdesk.demo import generate_activities
from attdesk.domain.need import NeedData
from attdesk.domain.partial_date import PartialDate
from attdesk.domain.vocabularies import ASSISTANCE_TYPE, FOCUS_AREA, vocabulary
from attdesk.exchange.export import export_submission
from attdesk.exchange.package import verify_package
from attdesk.exchange.signing import load_or_create_key
from attdesk.questionnaire.definition import Question, latest_definition
from attdesk.store.activities import save_activities
from attdesk.store.database import open_database
from attdesk.store.needs import save_need
from attdesk.store.organisations import list_organisations
from attdesk.store.responses import create_response, save_answer
from attdesk.store.settings import FOCAL_POINT, AppSettings, save_settings


def sample_answer(question: Question, rng: random.Random) -> Any:
    """A valid answer of the question's type."""
    match question.type:
        case "yes_no":
            return rng.choice(question.answers)
        case "single_choice":
            return rng.choice(question.choice_codes())
        case "multiple_choice":
            return rng.sample(question.choice_codes(), k=min(2, len(question.choice_codes())))
        case "short_text":
            return "Dirección General de Aduanas"
        case "long_text":
            return "Se capacitó a funcionarios de aduanas y policía. " * rng.randint(2, 12)
        case "integer":
            return rng.randint(max(question.minimum or 0, 1), 400)
        case "date":
            return f"2025-{rng.randint(1, 12):02d}"
        case "reference":
            return [{"title": f"Ley {rng.randint(1, 99)} de 2011", "number": "57",
                     "date": "2011-05", "link": "https://www.gacetaoficial.gob.pa/"}]  # fmt: skip
        case "table":
            rows = []
            for index in range(6):
                row: dict[str, Any] = {}
                for column in question.columns:
                    if column.type in ("single_choice",):
                        row[column.id] = column.options[0].code
                    elif column.type == "multiple_choice":
                        row[column.id] = [column.options[0].code]
                    elif column.type == "email":
                        row[column.id] = f"contacto{index}@gob.pa"
                    elif column.type == "phone":
                        row[column.id] = "+507 506-6000"
                    elif column.type == "url":
                        row[column.id] = "https://www.gob.pa/"
                    elif column.type == "integer":
                        row[column.id] = index
                    elif column.type == "date":
                        row[column.id] = "2024"
                    else:
                        row[column.id] = f"Autoridad {index}"
                rows.append(row)
            return rows
    raise ValueError(question.type)


def run(activities: int = 500, needs: int = 100, folder: Path | None = None) -> dict[str, Any]:
    rng = random.Random(11)
    results: dict[str, Any] = {"activities": activities, "needs": needs}
    with tempfile.TemporaryDirectory(dir=folder) as scratch:
        root = Path(scratch)
        db = open_database(root / "bench.sqlite", daily_backup=False)
        definition = latest_definition("cifta-implementation")
        assert definition is not None
        with db.sessions.begin() as session:
            settings = AppSettings(role=FOCAL_POINT, state="PAN", contact_name="Ana Pérez",
                                   ministry="Ministerio de Seguridad Pública")  # fmt: skip
            save_settings(session, settings)
            orgs = [row.uuid for row in list_organisations(session)]
            uuids = save_activities(session, generate_activities(rng, "PAN", activities, orgs))
            areas, types = vocabulary(FOCUS_AREA).codes, vocabulary(ASSISTANCE_TYPE).codes
            for index in range(needs):
                save_need(session, NeedData(
                    title=f"Need {index}: training and equipment for control area {index % 20}",
                    description="Officers need training and equipment. " * 4,
                    focus_areas=tuple(rng.sample(areas, 2)), types=(rng.choice(types),),
                    priority=rng.choice(("high", "medium", "low")), status="open",
                    date_identified=PartialDate(2024, 1 + index % 12),
                    addressed_by=tuple(rng.sample(uuids, rng.randint(0, 2))),
                ))  # fmt: skip
            info, _ = create_response(session, definition, "2025")
            for question in definition.questions():
                save_answer(session, info.uuid, question.id, sample_answer(question, rng),
                            "Detalles: véase el informe nacional.")  # fmt: skip
        key = load_or_create_key(root / "keys")
        with db.sessions.begin() as session:
            start = time.perf_counter()
            result = export_submission(session, replace(settings), "2025", root / "out", key,
                                       language="es", draft=False)  # fmt: skip
            results["export_s"] = round(time.perf_counter() - start, 2)
        files = {}
        import zipfile

        with zipfile.ZipFile(result.written.path) as archive:
            files = {info.filename: info.file_size for info in archive.infolist()}
        results["pdf_pages"] = result.pdf_pages
        results["pdf_kb"] = round(files["submission.pdf"] / 1024)
        results["json_kb"] = round(files["submission.json"] / 1024)
        results["package_kb"] = round(result.written.path.stat().st_size / 1024)
        start = time.perf_counter()
        assert verify_package(result.written.path).ok
        results["verify_s"] = round(time.perf_counter() - start, 2)
        db.close()
    return results


def report(results: dict[str, Any]) -> str:
    labels = {
        "activities": "activities",
        "needs": "needs",
        "export_s": "export: document + schema + PDF + package (s)",
        "pdf_pages": "PDF pages",
        "pdf_kb": "PDF size (KB)",
        "json_kb": "submission.json (KB)",
        "package_kb": "package (KB)",
        "verify_s": "attdesk verify (s)",
    }
    return "\n".join(f"{labels[k]:<48} {v}" for k, v in results.items())
