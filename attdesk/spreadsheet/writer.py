"""Write activities to CSV or XLSX in the import layout, and the empty template.

Cells hold codes and organisation names, which the importer reads back unchanged; the
UUID column makes a re-import update the same activities instead of duplicating them.
Files are written to a temporary name and renamed, so a crash never leaves half a file.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from sqlalchemy.orm import Session

from attdesk.atomic import atomic_path
from attdesk.domain.activity import ActivityData
from attdesk.domain.countries import countries
from attdesk.domain.languages import LANGUAGES
from attdesk.domain.text import QT_TRANSLATE_NOOP
from attdesk.domain.vocabularies import (
    ACTIVITY_FORMAT,
    ASSISTANCE_TYPE,
    FOCUS_AREA,
    INSTRUMENT,
    RELEVANCE,
    vocabulary,
)
from attdesk.errors import SpreadsheetError
from attdesk.spreadsheet import layout
from attdesk.store.activities import load_activities
from attdesk.store.organisations import list_organisations

SUFFIXES: Final = (".csv", ".xlsx")


def _check_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise SpreadsheetError(
            QT_TRANSLATE_NOOP("Errors", "{name}: the file name must end in .csv or .xlsx."),
            name=path.name,
        )
    return suffix


def activity_cells(data: ActivityData, org_names: dict[str, str]) -> list[Any]:
    """One row of the layout for an activity."""
    values: dict[str, Any] = {
        layout.UUID: data.uuid,
        "title": data.title,
        "description": data.description,
        "format": data.format or "",
        "start_date": data.start_date.iso() if data.start_date else "",
        "end_date": data.end_date.iso() if data.end_date else "",
        "place": data.place,
        "relevance": data.relevance or "",
        "types": layout.join_list(vocabulary(ASSISTANCE_TYPE).sort_codes(data.types)),
        "focus_areas": layout.join_list(vocabulary(FOCUS_AREA).sort_codes(data.focus_areas)),
        "instruments": layout.join_list(vocabulary(INSTRUMENT).sort_codes(data.instruments)),
        "partner_states": layout.join_list(sorted(data.partner_states)),
        "implementers": layout.join_list([org_names[u] for u in data.implementers]),
        "donors": layout.join_list([org_names[u] for u in data.donors]),
        "larger_project": data.larger_project,
        "budget_amount": "" if data.budget_amount is None else format(data.budget_amount, "f"),
        "budget_currency": data.budget_currency or "",
        "websites": layout.join_list(list(data.websites)),
        "related": layout.join_list(list(data.related)),
        "implementer_contact": data.implementer_contact,
        "notes": data.notes,
    }
    return [values[name] for name in layout.COLUMN_NAMES]


def export_activities(session: Session, path: Path) -> int:
    """Write every live activity to `path` (.csv or .xlsx); returns how many."""
    suffix = _check_suffix(path)
    org_names = {row.uuid: row.name for row in list_organisations(session)}
    rows = [activity_cells(data, org_names) for data in load_activities(session).values()]
    writer = _write_csv if suffix == ".csv" else _write_xlsx
    _write(path, writer, rows)
    return len(rows)


def write_template(path: Path) -> None:
    """An empty activities sheet with instructions and the accepted values (XLSX), or just
    the header row (CSV)."""
    suffix = _check_suffix(path)
    writer = _write_csv if suffix == ".csv" else _write_template_xlsx
    _write(path, writer, [])


def _write(
    path: Path, writer: Callable[[Path, list[list[Any]]], None], rows: list[list[Any]]
) -> None:
    try:
        with atomic_path(path) as temporary:
            writer(temporary, rows)
    except OSError as exc:
        raise SpreadsheetError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write {name}: {reason}."),
            name=path.name,
            reason=exc.strerror or exc,
        ) from exc


def _write_csv(path: Path, rows: list[list[Any]]) -> None:
    # UTF-8 with a byte-order mark: Excel then opens accented text correctly.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        output = csv.writer(handle)
        output.writerow(layout.COLUMN_NAMES)
        output.writerows(rows)


def _activities_sheet(workbook: Any, rows: list[list[Any]]) -> Any:
    from openpyxl.styles import Alignment, Font

    sheet = workbook.active
    sheet.title = "Activities"
    sheet.append(list(layout.COLUMN_NAMES))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    sheet.freeze_panes = "C2"
    widths = {"uuid": 38, "title": 48, "description": 60, "implementer_contact": 40, "notes": 40}
    for index, name in enumerate(layout.COLUMN_NAMES, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = widths.get(name, 22)
    for row_cells in sheet.iter_rows(min_row=2):
        for cell in row_cells:
            cell.alignment = Alignment(vertical="top", wrap_text=False)
    return sheet


def _write_xlsx(path: Path, rows: list[list[Any]]) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    _activities_sheet(workbook, rows)
    workbook.save(path)


def _write_template_xlsx(path: Path, rows: list[list[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    sheet = _activities_sheet(workbook, rows)

    guide = workbook.create_sheet("Instructions")
    guide.append(["ATT Desk: activities spreadsheet"])
    guide["A1"].font = Font(bold=True, size=14)
    guide.append(
        [
            "Fill one activity per row of the 'Activities' sheet, then import it with "
            "File > Import activities from spreadsheet."
        ]
    )
    guide.append(
        [
            "Lists in one cell are separated by ';'. Codes or labels in English, "
            "Spanish, Portuguese or French are accepted (see the 'Values' sheet)."
        ]
    )
    guide.append([])
    guide.append(["Column", "Required", "Several values", "What to write"])
    for cell in guide[5]:
        cell.font = Font(bold=True)
    for column in layout.COLUMNS:
        guide.append(
            [
                column.name,
                "yes" if column.required else "",
                "yes" if column.multiple else "",
                column.help,
            ]
        )
    guide.column_dimensions["A"].width = 22
    guide.column_dimensions["D"].width = 100

    values = workbook.create_sheet("Values")
    values.append(["List", "Code", *(f"Label ({lang})" for lang in LANGUAGES)])
    for cell in values[1]:
        cell.font = Font(bold=True)
    ranges: dict[str, str] = {}
    for vocabulary_id, list_name in (
        (ACTIVITY_FORMAT, "format"),
        (RELEVANCE, "relevance"),
        (ASSISTANCE_TYPE, "types"),
        (FOCUS_AREA, "focus_areas"),
        (INSTRUMENT, "instruments"),
    ):
        first = values.max_row + 1
        for term in vocabulary(vocabulary_id).terms:
            values.append([list_name, term.code, *(term.label(lang) for lang in LANGUAGES)])
        ranges[list_name] = f"Values!$B${first}:$B${values.max_row}"
    for country in countries().americas:
        values.append(["partner_states", country.code, *(country.name(lang) for lang in LANGUAGES)])
    for width_column in "ABCDEF":
        values.column_dimensions[width_column].width = 30

    # Drop-down lists for the single-valued vocabulary columns.
    for list_name in ("format", "relevance"):
        position = layout.COLUMN_NAMES.index(list_name) + 1
        letter = sheet.cell(row=1, column=position).column_letter
        validation = DataValidation(type="list", formula1=ranges[list_name], allow_blank=True)
        validation.showErrorMessage = False  # labels in any language are accepted too
        sheet.add_data_validation(validation)
        validation.add(f"{letter}2:{letter}5000")
    workbook.save(path)
