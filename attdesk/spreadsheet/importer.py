"""Import activities from a spreadsheet: a preview first, then one transaction.

`plan_import` reads and checks every row without writing anything; the GUI shows the plan
(rows to create, to update, rejected with their errors, organisations to add) and the CLI
prints it. `apply_import` writes the valid rows, all or nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Final

from sqlalchemy.orm import Session

from attdesk.domain import activity as fields
from attdesk.domain.activity import ActivityData, validate_activity
from attdesk.domain.checks import is_uuid, parse_amount
from attdesk.domain.countries import countries
from attdesk.domain.issues import FieldIssue
from attdesk.domain.organisation import OrganisationData
from attdesk.domain.partial_date import PartialDate, PartialDateError, date_issue
from attdesk.domain.progress import Progress
from attdesk.domain.text import QT_TRANSLATE_NOOP, fold
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
from attdesk.spreadsheet.reader import Cell, read_sheet
from attdesk.store import activities as activity_store
from attdesk.store import organisations as organisation_store

CREATE: Final = "create"
UPDATE: Final = "update"
# Organisations not yet in the list are named "new:<folded name>" until the import adds them.
_NEW_ORG: Final = "new:"


@dataclass
class RowResult:
    """One spreadsheet row: what it will do, or why it cannot be imported."""

    row: int
    title: str
    data: ActivityData | None
    issues: list[FieldIssue] = field(default_factory=list)
    action: str | None = None  # CREATE or UPDATE when the row can be imported

    @property
    def ok(self) -> bool:
        return not self.issues


@dataclass
class ImportPlan:
    source: Path
    rows: list[RowResult]
    new_organisations: list[str]  # names that the import will add to the list
    notices: list[str] = field(default_factory=list)

    @property
    def accepted(self) -> list[RowResult]:
        return [row for row in self.rows if row.ok]

    @property
    def rejected(self) -> list[RowResult]:
        return [row for row in self.rows if not row.ok]


@dataclass(frozen=True)
class ImportSummary:
    created: int
    updated: int
    rejected: int
    organisations_added: int


def plan_import(session: Session, path: Path, progress: Progress | None = None) -> ImportPlan:
    """Read and check every row of `path`; writes nothing. Raises SpreadsheetError for a
    file that cannot be read at all or has columns ATT Desk does not know."""
    progress = progress or Progress()
    sheet = read_sheet(path)
    positions = _column_positions(sheet.headers)
    parser = _RowParser(session)
    results: list[RowResult] = []
    for done, (number, cells) in enumerate(sheet.rows, start=1):
        values = {
            name: cells[index] if index < len(cells) else None for name, index in positions.items()
        }
        results.append(parser.parse(number, values))
        if done % 200 == 0:
            progress.update(done, len(sheet.rows))
    _check_uuids(session, results)
    return ImportPlan(path, results, sorted(parser.new_organisations.values()), sheet.notices)


def apply_import(
    session: Session, plan: ImportPlan, progress: Progress | None = None
) -> ImportSummary:
    """Write the plan's valid rows in the caller's transaction (all or nothing)."""
    new_uuids: dict[str, str] = {}
    for key, name in sorted(_new_org_keys(plan)):
        row = organisation_store.create_organisation(session, OrganisationData(name=name))
        new_uuids[key] = row.uuid

    def resolve(values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(new_uuids.get(v, v) for v in values)

    items = [
        replace(
            row.data, implementers=resolve(row.data.implementers), donors=resolve(row.data.donors)
        )
        for row in plan.accepted
        if row.data is not None
    ]
    activity_store.save_activities(session, items, progress)
    return ImportSummary(
        created=sum(1 for row in plan.accepted if row.action == CREATE),
        updated=sum(1 for row in plan.accepted if row.action == UPDATE),
        rejected=len(plan.rejected),
        organisations_added=len(new_uuids),
    )


def _new_org_keys(plan: ImportPlan) -> list[tuple[str, str]]:
    """(placeholder, name) of the organisations that accepted rows actually use."""
    used = {
        value
        for row in plan.accepted
        if row.data is not None
        for value in (*row.data.implementers, *row.data.donors)
        if value.startswith(_NEW_ORG)
    }
    names = {f"{_NEW_ORG}{fold(name)}": name for name in plan.new_organisations}
    return [(key, names[key]) for key in used]


def _column_positions(headers: list[str]) -> dict[str, int]:
    positions: dict[str, int] = {}
    unknown: list[str] = []
    for index, header in enumerate(headers):
        key = layout.header_key(header)
        if not key:
            continue
        if key not in layout.BY_NAME:
            unknown.append(header)
        elif key in positions:
            raise SpreadsheetError(
                QT_TRANSLATE_NOOP("Errors", "The column {column} appears twice."), column=header
            )
        else:
            positions[key] = index
    if unknown:
        raise SpreadsheetError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Unknown columns: {unknown}. The columns ATT Desk reads are: {expected}. "
                "Save the template from File > Spreadsheet template to see the layout.",
            ),
            unknown=", ".join(unknown),
            expected=", ".join(layout.COLUMN_NAMES),
        )
    missing = [c.name for c in layout.COLUMNS if c.required and c.name not in positions]
    if missing:
        raise SpreadsheetError(
            QT_TRANSLATE_NOOP("Errors", "Required columns are missing: {missing}."),
            missing=", ".join(missing),
        )
    return positions


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat()
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return str(cell).strip()


class _RowParser:
    """Turns one row of cells into ActivityData, collecting every problem it finds."""

    def __init__(self, session: Session):
        self.session = session
        self.organisations: dict[str, str | None] = {}  # folded text -> UUID or None
        self.new_organisations: dict[str, str] = {}  # placeholder -> name as first typed

    def parse(self, number: int, values: dict[str, Cell]) -> RowResult:
        issues: list[FieldIssue] = []
        text = {name: _text(value) for name, value in values.items()}

        def codes(column: str, vocabulary_id: str) -> tuple[str, ...]:
            return self._codes(column, vocabulary_id, text.get(column, ""), issues)

        uuid = text.get(layout.UUID, "").lower() or None
        if uuid and not is_uuid(uuid):
            issues.append(FieldIssue(layout.UUID, "bad_uuid", {"value": uuid}))
            uuid = None
        data = ActivityData(
            uuid=uuid,
            title=text.get(fields.TITLE, ""),
            description=text.get(fields.DESCRIPTION, ""),
            format=self._code(fields.FORMAT, ACTIVITY_FORMAT, text.get(fields.FORMAT, ""), issues),
            start_date=self._date(fields.START_DATE, values.get(fields.START_DATE), issues),
            end_date=self._date(fields.END_DATE, values.get(fields.END_DATE), issues),
            place=text.get(fields.PLACE, ""),
            relevance=self._code(
                fields.RELEVANCE_FIELD, RELEVANCE, text.get(fields.RELEVANCE_FIELD, ""), issues
            ),
            types=codes(fields.TYPES, ASSISTANCE_TYPE),
            focus_areas=codes(fields.FOCUS_AREAS, FOCUS_AREA),
            instruments=codes(fields.INSTRUMENTS, INSTRUMENT),
            partner_states=self._states(text.get(fields.PARTNER_STATES, ""), issues),
            implementers=self._organisations(text.get(fields.IMPLEMENTERS, "")),
            donors=self._organisations(text.get(fields.DONORS, "")),
            larger_project=text.get(fields.LARGER_PROJECT, ""),
            budget_amount=self._amount(values.get(fields.BUDGET_AMOUNT), issues),
            budget_currency=text.get(fields.BUDGET_CURRENCY, "") or None,
            websites=tuple(layout.split_list(text.get(fields.WEBSITES, ""))),
            related=self._related(text.get(fields.RELATED, ""), issues),
            implementer_contact=text.get(fields.CONTACT, ""),
            notes=text.get(fields.NOTES, ""),
        ).normalised()
        reported = {issue.field for issue in issues}
        # A cell that could not be read is reported once, not again as "required".
        issues += [i for i in validate_activity(data) if i.field not in reported]
        return RowResult(number, data.title, data, issues)

    def _code(
        self, column: str, vocabulary_id: str, text: str, issues: list[FieldIssue]
    ) -> str | None:
        if not text:
            return None
        code = vocabulary(vocabulary_id).resolve(text)
        if code is None:
            issues.append(FieldIssue(column, "unknown_code", {"value": text}))
        return code

    def _codes(
        self, column: str, vocabulary_id: str, text: str, issues: list[FieldIssue]
    ) -> tuple[str, ...]:
        found = [
            self._code(column, vocabulary_id, part, issues) for part in layout.split_list(text)
        ]
        return tuple(code for code in found if code)

    def _states(self, text: str, issues: list[FieldIssue]) -> tuple[str, ...]:
        result = []
        for part in layout.split_list(text):
            code = countries().resolve(part)
            if code is None:
                issues.append(FieldIssue(fields.PARTNER_STATES, "unknown_state", {"value": part}))
            else:
                result.append(code)
        return tuple(result)

    def _organisations(self, text: str) -> tuple[str, ...]:
        result = []
        for name in layout.split_list(text):
            key = fold(name)
            if key not in self.organisations:
                found = organisation_store.find_organisation(self.session, name)
                self.organisations[key] = found.uuid if found else None
            org_uuid = self.organisations[key]
            if org_uuid is None:
                placeholder = f"{_NEW_ORG}{key}"
                self.new_organisations.setdefault(placeholder, " ".join(name.split()))
                result.append(placeholder)
            else:
                result.append(org_uuid)
        return tuple(result)

    def _date(self, column: str, cell: Cell, issues: list[FieldIssue]) -> PartialDate | None:
        try:
            if isinstance(cell, dt.datetime):
                return PartialDate.from_date(cell.date())
            if isinstance(cell, dt.date):
                return PartialDate.from_date(cell)
            if isinstance(cell, (int, float)) and not isinstance(cell, bool):
                if float(cell).is_integer():
                    return PartialDate(int(cell))
                raise PartialDateError("bad_date", str(cell))
            return PartialDate.parse_optional(_text(cell))
        except PartialDateError as error:
            issues.append(date_issue(column, error))
            return None

    def _amount(self, cell: Cell, issues: list[FieldIssue]) -> Decimal | None:
        text = _text(cell)
        if not text:
            return None
        try:
            if isinstance(cell, (int, float)) and not isinstance(cell, bool):
                return Decimal(str(cell))
            return parse_amount(text)
        except (ValueError, InvalidOperation):
            issues.append(FieldIssue(fields.BUDGET_AMOUNT, "bad_amount", {"value": text}))
            return None

    def _related(self, text: str, issues: list[FieldIssue]) -> tuple[str, ...]:
        result = []
        for part in layout.split_list(text):
            if is_uuid(part.lower()):
                result.append(part.lower())
            else:
                issues.append(FieldIssue(fields.RELATED, "bad_uuid", {"value": part}))
        return tuple(result)


def _check_uuids(session: Session, results: list[RowResult]) -> None:
    """Decide create or update per row; reject repeated UUIDs and unknown related ones."""
    wanted = [r.data.uuid for r in results if r.data is not None and r.data.uuid]
    related = [u for r in results if r.data is not None for u in r.data.related]
    existing = activity_store.activity_ids_by_uuid(session, [*wanted, *related])
    in_file = set(wanted)
    first_row: dict[str, int] = {}
    for result in results:
        data = result.data
        if data is None:
            continue
        if data.uuid:
            if data.uuid in first_row:
                result.issues.append(
                    FieldIssue(layout.UUID, "duplicate_uuid", {"row": str(first_row[data.uuid])})
                )
            first_row.setdefault(data.uuid, result.row)
        for related_uuid in data.related:
            if related_uuid not in existing and related_uuid not in in_file:
                result.issues.append(
                    FieldIssue(fields.RELATED, "unknown_activity", {"value": related_uuid})
                )
        if result.ok:
            result.action = UPDATE if data.uuid in existing else CREATE
