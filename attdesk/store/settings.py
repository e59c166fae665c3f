"""Preferences stored in the database, so that they travel with it (a focal point who
copies their database to a new laptop keeps their state, role and contact details).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from attdesk.domain import checks
from attdesk.domain.issues import FieldIssue, ValidationError
from attdesk.domain.languages import DEFAULT_LANGUAGE, LANGUAGES
from attdesk.store.models import Setting

FOCAL_POINT: Final = "focal_point"
SECRETARIAT: Final = "secretariat"
ROLES: Final = (FOCAL_POINT, SECRETARIAT)

_PREFIX = "app."


@dataclass(frozen=True)
class AppSettings:
    """Who uses this installation and how. Empty role means setup has not been done."""

    language: str = DEFAULT_LANGUAGE
    role: str = ""
    state: str | None = None  # ISO3 of the focal point's own state
    contact_name: str = ""
    ministry: str = ""  # ministry or, for a secretariat, its organisation
    email: str = ""

    @property
    def configured(self) -> bool:
        return not validate_settings(self)


def validate_settings(settings: AppSettings) -> list[FieldIssue]:
    issues: list[FieldIssue] = []
    if settings.language not in LANGUAGES:
        issues.append(FieldIssue("language", "unknown_code", {"value": settings.language}))
    if settings.role not in ROLES:
        code = "unknown_code" if settings.role else "required"
        issues.append(FieldIssue("role", code, {"value": settings.role}))
    issues += checks.state("state", settings.state, required=settings.role == FOCAL_POINT)
    issues += checks.max_length("contact_name", settings.contact_name, 200)
    issues += checks.max_length("ministry", settings.ministry, 300)
    issues += checks.email("email", settings.email)
    return issues


def get_value(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return default if row is None else json.loads(row.value)


def set_value(session: Session, key: str, value: Any) -> None:
    session.merge(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))


def load_settings(session: Session) -> AppSettings:
    stored = {
        row.key.removeprefix(_PREFIX): json.loads(row.value)
        for row in session.scalars(select(Setting).where(Setting.key.startswith(_PREFIX)))
    }
    known = {f.name for f in fields(AppSettings)}
    return replace(AppSettings(), **{k: v for k, v in stored.items() if k in known})


def save_settings(session: Session, settings: AppSettings) -> None:
    """Validate and store; raises ValidationError listing every problem."""
    issues = validate_settings(settings)
    if issues:
        raise ValidationError(issues)
    for key, value in asdict(settings).items():
        set_value(session, _PREFIX + key, value)
