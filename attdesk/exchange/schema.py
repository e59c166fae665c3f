"""Validation of submission documents against the published JSON Schema."""

from __future__ import annotations

from functools import cache
from typing import Any, Final

import jsonschema

from attdesk.domain.text import QT_TRANSLATE_NOOP
from attdesk.errors import AttDeskError
from attdesk.resource_files import read_json

SUBMISSION_SCHEMA: Final = "submission-1.schema.json"
FORMAT: Final = "attdesk-submission"
FORMAT_VERSION: Final = "1.0"
INVALID: Final = QT_TRANSLATE_NOOP("Errors", "The submission does not follow its schema: {problem}")


class SchemaError(AttDeskError):
    """A document does not follow the submission schema."""


@cache
def _validator() -> jsonschema.protocols.Validator:
    schema = read_json("schema", SUBMISSION_SCHEMA)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def schema_problems(document: Any, limit: int = 10) -> list[str]:
    """Up to `limit` problems, each as "where: what"."""
    problems = []
    for error in sorted(_validator().iter_errors(document), key=lambda e: list(e.path)):
        where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        problems.append(f"{where}: {error.message[:300]}")
        if len(problems) >= limit:
            break
    return problems


def check_submission(document: Any) -> None:
    """Raise SchemaError naming the first problems if the document is not valid."""
    problems = schema_problems(document, limit=3)
    if problems:
        raise SchemaError(INVALID, problem="; ".join(problems))
