"""Writing analysis tables for analysts: JSON, tidy CSV, XLSX (one sheet per table)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from attdesk.analysis.figures import Table
from attdesk.atomic import atomic_path, write_bytes_atomically


def tables_json(tables: Sequence[Table]) -> str:
    return json.dumps({"tables": [t.as_json() for t in tables]}, ensure_ascii=False, indent=2)


def tables_csv(tables: Sequence[Table]) -> str:
    """Tidy form, one line per value: table, row, column, value (pivots in any tool)."""
    stream = io.StringIO()
    writer = csv.writer(stream)
    writer.writerow(["table", "row", "column", "value"])
    for table in tables:
        keys = _label_columns(table)
        for row in table.rows:
            label = " / ".join(str(v) for v in row[:keys])
            for column, value in zip(table.columns[keys:], row[keys:], strict=True):
                writer.writerow([table.name, label, column, value])
    return stream.getvalue()


def _label_columns(table: Table) -> int:
    """How many leading columns name a row (the rest are its measures)."""
    for index in range(1, len(table.columns)):
        if table.rows and all(isinstance(row[index], int | float) for row in table.rows):
            return index
    return 1


def write_tables(tables: Sequence[Table], target: Path) -> None:
    """By extension: .json, .csv (UTF-8 with BOM, for Excel) or .xlsx."""
    suffix = target.suffix.lower()
    if suffix == ".json":
        write_bytes_atomically(target, tables_json(tables).encode())
    elif suffix == ".csv":
        write_bytes_atomically(target, tables_csv(tables).encode("utf-8-sig"))
    elif suffix == ".xlsx":
        book = Workbook()
        book.remove(book.active)
        for table in tables:
            sheet = book.create_sheet(table.name[:31])
            sheet.append([table.title])
            sheet.append(table.columns)
            for row in table.rows:
                sheet.append(row)
        with atomic_path(target) as temporary:
            book.save(temporary)
    else:
        raise ValueError(f"unsupported file type: {target.suffix}")
