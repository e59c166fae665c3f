"""Reading CSV and XLSX files into rows of cells, whatever Excel or LibreOffice produced.

Excel on Windows writes CSV in Windows-1252 and, in Spanish, French and Portuguese locales,
separates cells with ';'. Both are accepted; the notice says how the file was read so that
the user can check accented letters in the preview.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from attdesk.domain.text import QT_TRANSLATE_NOOP
from attdesk.errors import SpreadsheetError

MAX_FILE_BYTES: Final = 50 * 1024 * 1024
MAX_ROWS: Final = 100_000
CONTEXT: Final = "Spreadsheet"

Cell = str | int | float | dt.datetime | dt.date | None

EMPTY: Final = QT_TRANSLATE_NOOP("Errors", "{name} is empty.")
NOT_A_SPREADSHEET: Final = QT_TRANSLATE_NOOP(
    "Errors", "{name} is not a spreadsheet: choose a .csv or .xlsx file."
)
NOTICE_CP1252: Final = QT_TRANSLATE_NOOP(
    "Spreadsheet",
    "The file is not UTF-8; it was read as Windows-1252 (Western European), the encoding "
    "Excel uses. Check accented letters in the preview.",
)


@dataclass
class Sheet:
    """Header names and data rows; each row keeps its number as the user sees it."""

    headers: list[str]
    rows: list[tuple[int, list[Cell]]]
    notices: list[str] = field(default_factory=list)


def read_sheet(path: Path) -> Sheet:
    """Read the first sheet of an .xlsx file or a .csv file. Raises SpreadsheetError."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SpreadsheetError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {name}: {reason}."),
            name=path.name,
            reason=exc.strerror,
        ) from exc
    if size == 0:
        raise SpreadsheetError(EMPTY, name=path.name)
    if size > MAX_FILE_BYTES:
        raise SpreadsheetError(
            QT_TRANSLATE_NOOP("Errors", "{name} is larger than {limit} MB."),
            name=path.name,
            limit=MAX_FILE_BYTES // 2**20,
        )
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        sheet = _read_xlsx(path)
    elif suffix in (".csv", ".txt"):
        sheet = _read_csv(path)
    else:
        raise SpreadsheetError(NOT_A_SPREADSHEET, name=path.name)
    if not any(h.strip() for h in sheet.headers):
        raise SpreadsheetError(
            QT_TRANSLATE_NOOP("Errors", "{name} has no header row."), name=path.name
        )
    if not sheet.rows:
        raise SpreadsheetError(
            QT_TRANSLATE_NOOP("Errors", "{name} has a header row but no activities."),
            name=path.name,
        )
    return sheet


def _decode(raw: bytes) -> tuple[str, list[str]]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), []
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), [NOTICE_CP1252]
    except UnicodeDecodeError:
        raise SpreadsheetError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file's text encoding is not recognised; save it again as "
                "'CSV UTF-8' or as an Excel workbook (.xlsx).",
            )
        ) from None


def _read_csv(path: Path) -> Sheet:
    text, notices = _decode(path.read_bytes())
    if "\x00" in text:
        raise SpreadsheetError(NOT_A_SPREADSHEET, name=path.name)
    sample = text[: 64 * 1024]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        records = list(reader)
    except csv.Error as exc:
        raise SpreadsheetError(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a valid CSV file: {reason}."),
            name=path.name,
            reason=exc,
        ) from exc
    records = [r for r in records if any(cell.strip() for cell in r)] if records else []
    if not records:
        raise SpreadsheetError(EMPTY, name=path.name)
    headers, *data = records
    _check_row_count(len(data))
    rows: list[tuple[int, list[Cell]]] = [
        (number, list(record)) for number, record in enumerate(data, start=2)
    ]
    return Sheet(headers, rows, notices)


def _read_xlsx(path: Path) -> Sheet:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise SpreadsheetError(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a readable Excel workbook ({reason})."),
            name=path.name,
            reason=exc.__class__.__name__,
        ) from exc
    try:
        sheet = workbook["Activities"] if "Activities" in workbook.sheetnames else workbook.active
        if sheet is None:
            raise SpreadsheetError(EMPTY, name=path.name)
        rows_iter = sheet.iter_rows(values_only=True)
        headers: list[str] | None = None
        rows: list[tuple[int, list[Cell]]] = []
        for number, values in enumerate(rows_iter, start=1):
            cells = [_xlsx_cell(value) for value in values]
            if not any(c not in (None, "") for c in cells):
                continue
            if headers is None:
                headers = ["" if c is None else str(c) for c in cells]
                continue
            rows.append((number, cells))
            _check_row_count(len(rows))
    finally:
        workbook.close()
    if headers is None:
        raise SpreadsheetError(EMPTY, name=path.name)
    return Sheet(headers, rows)


def _xlsx_cell(value: object) -> Cell:
    if value is None or isinstance(value, (str, int, float, dt.datetime, dt.date)):
        return value
    return str(value)  # times, errors such as #N/A


def _check_row_count(count: int) -> None:
    if count > MAX_ROWS:
        raise SpreadsheetError(
            QT_TRANSLATE_NOOP("Errors", "The file has more than {limit} rows; split it."),
            limit=MAX_ROWS,
        )
