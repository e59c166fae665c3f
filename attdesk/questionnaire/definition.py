"""Questionnaire definitions: questionnaires are data, not code.

Each version of a questionnaire is one JSON file in resources/questionnaires/, valid against
resources/schema/questionnaire-definition-1.schema.json. Loading checks the schema and what a
schema cannot say (unique IDs, conditions that point backwards at real answers), then turns
the file into the frozen objects below, which the engine, the GUI and the exports share.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Final

import jsonschema

from attdesk.domain.languages import DEFAULT_LANGUAGE
from attdesk.domain.text import QT_TRANSLATE_NOOP
from attdesk.domain.vocabularies import vocabulary
from attdesk.errors import AttDeskError
from attdesk.resource_files import read_json, resource

SCHEMA_FILE: Final = "questionnaire-definition-1.schema.json"

YES_NO: Final = "yes_no"
SINGLE_CHOICE: Final = "single_choice"
MULTIPLE_CHOICE: Final = "multiple_choice"
SHORT_TEXT: Final = "short_text"
LONG_TEXT: Final = "long_text"
INTEGER: Final = "integer"
DATE: Final = "date"
REFERENCE: Final = "reference"
TABLE: Final = "table"
EMAIL: Final = "email"
PHONE: Final = "phone"
URL: Final = "url"
YES_NO_ANSWERS: Final = ("yes", "no", "partly", "not_applicable")
YES_NO_LABELS: Final = {
    "yes": {"en": "Yes", "es": "Sí", "pt": "Sim", "fr": "Oui"},
    "no": {"en": "No", "es": "No", "pt": "Não", "fr": "Non"},
    "partly": {"en": "Partly", "es": "Parcialmente", "pt": "Parcialmente", "fr": "En partie"},
    "not_applicable": {
        "en": "Not applicable",
        "es": "No aplica",
        "pt": "Não se aplica",
        "fr": "Sans objet",
    },
}


class DefinitionError(AttDeskError):
    """A questionnaire definition file is broken (a defect in what ATT Desk ships)."""


Text = Mapping[str, str]


def localised(text: Text | None, language: str) -> str:
    if not text:
        return ""
    return text.get(language) or text.get(DEFAULT_LANGUAGE) or next(iter(text.values()), "")


@dataclass(frozen=True)
class Option:
    code: str
    label: Text

    def text(self, language: str) -> str:
        return localised(self.label, language)


@dataclass(frozen=True)
class Article:
    instrument: str
    article: str


def _options(data: Mapping[str, Any]) -> tuple[Option, ...]:
    if "vocabulary" in data:
        vocab = vocabulary(data["vocabulary"])
        return tuple(Option(t.code, t.labels) for t in (vocab.term(c) for c in vocab.codes))
    return tuple(Option(o["code"], o["label"]) for o in data.get("options", ()))


@dataclass(frozen=True)
class Column:
    """A typed column of a repeating table."""

    id: str
    type: str
    label: Text
    required: bool = False
    options: tuple[Option, ...] = ()

    def text(self, language: str) -> str:
        return localised(self.label, language)


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    text: Text
    section_id: str
    guidance: Text = field(default_factory=dict)
    required: bool = False
    details: bool = False
    answers: tuple[str, ...] = ()  # yes_no: offered answers
    options: tuple[Option, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    columns: tuple[Column, ...] = ()
    show_if: Mapping[str, Any] | None = None
    articles: tuple[Article, ...] = ()
    carry_forward: bool = True
    persistent: bool = False  # kept between periods even without carrying answers forward

    def label(self, language: str) -> str:
        return localised(self.text, language)

    def help(self, language: str) -> str:
        return localised(self.guidance, language)

    def choice_codes(self) -> tuple[str, ...]:
        """Values a choice answer may take (yes_no answers or option codes)."""
        return self.answers if self.type == YES_NO else tuple(o.code for o in self.options)


@dataclass(frozen=True)
class Section:
    id: str
    title: Text
    questions: tuple[Question, ...]
    guidance: Text = field(default_factory=dict)
    articles: tuple[Article, ...] = ()

    def label(self, language: str) -> str:
        return localised(self.title, language)

    def help(self, language: str) -> str:
        return localised(self.guidance, language)


@dataclass(frozen=True)
class Definition:
    id: str
    version: str
    title: Text
    instrument: str
    metadata: Mapping[str, Any]
    sections: tuple[Section, ...]

    def label(self, language: str) -> str:
        return localised(self.title, language)

    def questions(self) -> Iterator[Question]:
        for section in self.sections:
            yield from section.questions

    @property
    def by_id(self) -> dict[str, Question]:
        return _index(self)

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    def __hash__(self) -> int:
        return hash((self.id, self.version))


@cache
def _index(definition: Definition) -> dict[str, Question]:
    return {q.id: q for q in definition.questions()}


def _articles(data: Mapping[str, Any]) -> tuple[Article, ...]:
    return tuple(Article(a["instrument"], a["article"]) for a in data.get("articles", ()))


def _question(data: Mapping[str, Any], section_id: str) -> Question:
    kind = data["type"]
    return Question(
        id=data["id"],
        type=kind,
        text=data["text"],
        section_id=section_id,
        guidance=data.get("guidance", {}),
        required=bool(data.get("required", False)),
        details=bool(data.get("details", False)),
        answers=tuple(data.get("answers", YES_NO_ANSWERS)) if kind == YES_NO else (),
        options=_options(data) if kind in (SINGLE_CHOICE, MULTIPLE_CHOICE) else (),
        minimum=data.get("minimum"),
        maximum=data.get("maximum"),
        columns=tuple(
            Column(c["id"], c["type"], c["label"], bool(c.get("required", False)), _options(c))
            for c in data.get("columns", ())
        ),
        show_if=data.get("show_if"),
        articles=_articles(data),
        carry_forward=bool(data.get("carry_forward", True)),
        persistent=bool(data.get("persistent", False)),
    )


BROKEN: Final = QT_TRANSLATE_NOOP(
    "Errors", "The questionnaire definition {name} is broken: {problem}"
)


def _condition_problems(
    condition: Mapping[str, Any], earlier: Mapping[str, Question], owner: str
) -> Iterator[str]:
    for key in ("all", "any"):
        for part in condition.get(key, ()):
            yield from _condition_problems(part, earlier, owner)
    if "not" in condition:
        yield from _condition_problems(condition["not"], earlier, owner)
    if "question" in condition:
        target = earlier.get(condition["question"])
        if target is None:
            yield f"{owner} depends on {condition['question']}, which does not come before it"
        elif "in" in condition:
            allowed = set(target.choice_codes())
            if not allowed:
                yield f"{owner}: 'in' needs a choice question, {target.id} is {target.type}"
            for value in condition["in"]:
                if value not in allowed:
                    yield f"{owner}: {target.id} cannot be {value!r}"
        elif "at_least" in condition and target.type != INTEGER:
            yield f"{owner}: 'at_least' needs a whole-number question, {target.id} is not"


def parse_definition(data: Any, name: str = "definition") -> Definition:
    """Check a definition document and build it; DefinitionError names the first problem."""
    validator = jsonschema.Draft202012Validator(read_json("schema", SCHEMA_FILE))
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "top level"
        raise DefinitionError(BROKEN, name=name, problem=f"{where}: {error.message}")
    sections = []
    seen: dict[str, Question] = {}
    section_ids: set[str] = set()
    problems: list[str] = []
    for section_data in data["sections"]:
        if section_data["id"] in section_ids:
            problems.append(f"section {section_data['id']} appears twice")
        section_ids.add(section_data["id"])
        questions = []
        for question_data in section_data["questions"]:
            question = _question(question_data, section_data["id"])
            if question.id in seen:
                problems.append(f"question {question.id} appears twice")
            if question.show_if is not None:
                problems += _condition_problems(question.show_if, seen, question.id)
            seen[question.id] = question
            questions.append(question)
        sections.append(
            Section(
                section_data["id"],
                section_data["title"],
                tuple(questions),
                section_data.get("guidance", {}),
                _articles(section_data),
            )
        )
    if problems:
        raise DefinitionError(BROKEN, name=name, problem="; ".join(problems))
    return Definition(
        data["id"],
        data["version"],
        data["title"],
        data["instrument"],
        data["metadata"],
        tuple(sections),
    )


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


@cache
def shipped_definitions() -> tuple[Definition, ...]:
    """Every definition in resources/questionnaires/, oldest version first."""
    found = []
    for entry in resource("questionnaires").iterdir():
        if entry.name.endswith(".json"):
            found.append(parse_definition(json.loads(entry.read_text("utf-8")), entry.name))
    return tuple(sorted(found, key=lambda d: (d.id, version_key(d.version))))


def find_definition(questionnaire_id: str, version: str) -> Definition | None:
    for definition in shipped_definitions():
        if definition.id == questionnaire_id and definition.version == version:
            return definition
    return None


def latest_definition(questionnaire_id: str) -> Definition | None:
    versions = [d for d in shipped_definitions() if d.id == questionnaire_id]
    return versions[-1] if versions else None


def questionnaire_ids() -> Sequence[str]:
    return tuple(dict.fromkeys(d.id for d in shipped_definitions()))
