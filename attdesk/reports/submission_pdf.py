"""submission.pdf: the submission for people, rendered from submission.json with ReportLab.

Every text the user typed goes through `para()`, which escapes it: ReportLab paragraphs
read a small markup language, and "<b>" or "&amp;" typed in a field must print literally.
Fonts are DejaVu Sans, shipped in resources/fonts and embedded, so accents, ñ, ç, œ and
typographic quotes print in every language. Labels come from the vocabularies and the
questionnaire definition in the chosen language; the few fixed phrases are below.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from attdesk import __version__
from attdesk.domain.countries import countries
from attdesk.domain.progress import Progress
from attdesk.domain.vocabularies import (
    ACTIVITY_FORMAT,
    ASSISTANCE_TYPE,
    FOCUS_AREA,
    INSTRUMENT,
    NEED_PRIORITY,
    NEED_STATUS,
    RELEVANCE,
    vocabulary,
)
from attdesk.questionnaire.definition import YES_NO_LABELS, Question, find_definition, localised
from attdesk.resource_files import local_path, read_json

FONT: Final = "DejaVuSans"
BOLD: Final = "DejaVuSans-Bold"

# The document's fixed phrases and field labels, by language (data, so translators can
# correct them without touching code).
PHRASES_FILE: Final = ("reports", "submission-phrases.json")


@cache
def _phrases() -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = read_json(*PHRASES_FILE)
    return found


def phrase(key: str, language: str) -> str:
    return localised(_phrases()[key], language)


@cache
def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(local_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(local_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def para(text: object) -> str:
    """User text made safe for a Paragraph: markup printed literally, line breaks kept."""
    return escape(str(text)).replace("\n", "<br/>")


class Styles:
    def __init__(self) -> None:
        base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=12.5)
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10,
                                    textColor=colors.HexColor("#555555"))  # fmt: skip
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8, leading=10)
        self.head_cell = ParagraphStyle("head", parent=self.cell, fontName=BOLD)
        self.title = ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=20, leading=25,
                                    spaceAfter=12)  # fmt: skip
        self.h1 = ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=15, leading=19,
                                 spaceBefore=6, spaceAfter=8, keepWithNext=1)  # fmt: skip
        self.h2 = ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=11.5, leading=14,
                                 spaceBefore=8, spaceAfter=4, keepWithNext=1)  # fmt: skip
        self.question = ParagraphStyle("q", parent=base, fontName=BOLD, spaceBefore=6)
        self.answer = ParagraphStyle("a", parent=base, leftIndent=10)
        self.fingerprint = ParagraphStyle("fp", parent=base, fontSize=8.5, leading=11,
                                          fontName=FONT)  # fmt: skip
        self.toc = [
            ParagraphStyle("toc1", parent=base, fontSize=10.5, leading=15, fontName=BOLD),
            ParagraphStyle("toc2", parent=base, fontSize=9, leading=12, leftIndent=14),
        ]


class Bookmark(Flowable):
    """An invisible mark: PDF outline entry and table-of-contents line."""

    def __init__(self, title: str, level: int, key: str, in_contents: bool = True):
        super().__init__()
        self.title, self.level, self.key = title, level, key
        self.in_contents = in_contents

    def wrap(self, *_args: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        canvas.bookmarkPage(self.key)
        canvas.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level > 0)


class SubmissionDoc(BaseDocTemplate):
    def __init__(self, stream: io.BytesIO, language: str, draft: bool, **kw: Any):
        super().__init__(stream, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                         topMargin=18 * mm, bottomMargin=18 * mm, **kw)  # fmt: skip
        self.language = language
        self.draft = draft
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's name
        if isinstance(flowable, Bookmark) and flowable.in_contents:
            self.notify("TOCEntry", (flowable.level, flowable.title, self.page, flowable.key))

    def _decorate(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        if self.draft:
            canvas.setFont(BOLD, 90)
            canvas.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.12))
            canvas.translate(A4[0] / 2, A4[1] / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, 0, phrase("draft", self.language))
        canvas.restoreState()


class NumberedCanvas:
    """Deferred page footers, so each page can say "page x of y"."""

    @staticmethod
    def factory(language: str, footer: str) -> Any:
        from reportlab.pdfgen.canvas import Canvas

        class _Canvas(Canvas):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self._pages: list[dict[str, Any]] = []

            def showPage(self) -> None:  # noqa: N802 - ReportLab's name
                self._pages.append(dict(self.__dict__))
                self._startPage()  # type: ignore[attr-defined]

            def save(self) -> None:
                total = len(self._pages)
                for state in self._pages:
                    self.__dict__.update(state)
                    self.setFont(FONT, 7.5)
                    self.setFillColor(colors.HexColor("#666666"))
                    number = self._pageNumber  # type: ignore[attr-defined]
                    text = phrase("page", language).format(page=number, pages=total)
                    width = self._pagesize[0]  # type: ignore[attr-defined]
                    self.drawRightString(width - 18 * mm, 10 * mm, text)
                    self.drawString(18 * mm, 10 * mm, footer)
                    super().showPage()
                super().save()

        return _Canvas


def _labels(vocabulary_id: str, codes: Sequence[str], language: str) -> str:
    vocab = vocabulary(vocabulary_id)
    return "; ".join(vocab.label(c, language) if c in vocab else c for c in codes)


def _dates(start: str | None, end: str | None, language: str) -> str:
    unknown = phrase("unknown", language)
    if start and end and start != end:
        return f"{start} – {end}"
    return start or end or unknown


class Renderer:
    def __init__(self, document: Mapping[str, Any], language: str, fingerprint: str):
        self.doc = document
        self.language = language
        self.fingerprint = fingerprint
        self.styles = Styles()
        self.orgs = {o["uuid"]: o for o in document["organisations"]}
        self.activity_titles = {a["uuid"]: a["title"] for a in document["activities"]}

    def t(self, key: str) -> str:
        return phrase(key, self.language)

    def org(self, uuid: str) -> str:
        o = self.orgs.get(uuid)
        if o is None:
            return uuid
        return f"{o['acronym']} — {o['name']}" if o["acronym"] else o["name"]

    def p(self, text: object, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(para(text), style or self.styles.body)

    # -- parts ------------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        s, d = self.styles, self.doc
        sub = d["submission"]
        state = (
            countries().get(d["state"]).name(self.language)
            if d["state"] in countries()
            else d["state"]
        )
        created = dt.datetime.fromisoformat(sub["created_at"].replace("Z", "+00:00"))
        focal = d["focal_point"]
        rows = [
            (self.t("state"), f"{state} ({d['state']})"),
            (self.t("period"), d["period"]),
            (self.t("revision"), str(sub["revision"])),
            (self.t("focal_point"),
             ", ".join(x for x in (focal["name"], focal["ministry"], focal["email"]) if x)),
            (self.t("date"), created.strftime("%Y-%m-%d %H:%M UTC")),
            (self.t("disclosure"), self.t(sub["disclosure"])),
        ]  # fmt: skip
        if sub["replaces"]:
            rows.insert(3, (self.t("replaces"), sub["replaces"]))
        table = Table(
            [[Paragraph(para(k), s.head_cell), Paragraph(para(v), s.cell)] for k, v in rows],
            colWidths=[45 * mm, None],
        )
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25,
                                    colors.lightgrey)]))  # fmt: skip
        items: list[Flowable] = [Spacer(1, 25 * mm), Paragraph(para(self.t("title")), s.title)]
        if sub["draft"]:
            items.append(Paragraph(para(self.t("draft")), ParagraphStyle("d", parent=s.h1,
                         textColor=colors.HexColor("#b00020"))))  # fmt: skip
        items += [Spacer(1, 6 * mm), table, Spacer(1, 10 * mm),
                  Paragraph(para(self.t("fingerprint")), s.head_cell),
                  Paragraph(para(self._grouped(self.fingerprint)), s.fingerprint),
                  Paragraph(para(self.t("fingerprint_note")), s.small), PageBreak()]  # fmt: skip
        return items

    @staticmethod
    def _grouped(digest: str) -> str:
        return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))

    def contents(self) -> list[Flowable]:
        toc = TableOfContents()
        toc.levelStyles = self.styles.toc
        return [Paragraph(para(self.t("contents")), self.styles.h1), toc, PageBreak()]

    def heading(self, text: str, level: int, key: str, in_contents: bool = True) -> list[Flowable]:
        """A heading with its PDF bookmark; records (hundreds of them) stay out of the
        contents page but keep their bookmark."""
        style = self.styles.h1 if level == 0 else self.styles.h2
        return [Bookmark(text, level, key, in_contents), Paragraph(para(text), style)]

    def activities(self, progress: Progress) -> list[Flowable]:
        s, lang = self.styles, self.language
        items = self.heading(self.t("activities"), 0, "activities")
        activities = self.doc["activities"]
        if not activities:
            return [*items, self.p(self.t("none")), PageBreak()]
        header = [
            Paragraph(para(self.t(k)), s.head_cell)
            for k in ("title_f", "dates", "relevance", "implementers")
        ]
        rows = [header]
        for a in activities:
            rows.append([
                Paragraph(para(a["title"]), s.cell),
                Paragraph(para(_dates(a["start_date"], a["end_date"], lang)), s.cell),
                Paragraph(para(_labels(RELEVANCE, [a["relevance"]], lang)), s.cell),
                Paragraph(para("; ".join(self._short_org(u) for u in a["implementers"])), s.cell),
            ])  # fmt: skip
        table = Table(rows, colWidths=[80 * mm, 32 * mm, 25 * mm, None], repeatRows=1)
        table.setStyle(_grid())
        items += [table, PageBreak()]
        for number, a in enumerate(activities, start=1):
            progress.check()
            items += self.heading(f"{number}. {a['title']}", 1, f"activity-{a['uuid']}", False)
            items.append(self.fields(self.activity_fields(a)))
            items.append(Spacer(1, 4 * mm))
        items.append(PageBreak())
        return items

    def _short_org(self, uuid: str) -> str:
        o = self.orgs.get(uuid)
        return (o["acronym"] or o["name"]) if o else uuid

    def activity_fields(self, a: Mapping[str, Any]) -> list[tuple[str, str]]:
        lang = self.language
        budget = a["budget"]
        return [
            (self.t("dates"), _dates(a["start_date"], a["end_date"], lang)),
            (self.t("format"),
             _labels(ACTIVITY_FORMAT, [a["format"]], lang) if a["format"] else ""),
            (self.t("place"), a["place"]),
            (self.t("relevance"), _labels(RELEVANCE, [a["relevance"]], lang)),
            (self.t("types"), _labels(ASSISTANCE_TYPE, a["types"], lang)),
            (self.t("focus_areas"), _labels(FOCUS_AREA, a["focus_areas"], lang)),
            (self.t("instruments"), _labels(INSTRUMENT, a["instruments"], lang)),
            (self.t("partner_states"), "; ".join(self._state(c) for c in a["partner_states"])),
            (self.t("implementers"), "; ".join(self.org(u) for u in a["implementers"])),
            (self.t("donors"), "; ".join(self.org(u) for u in a["donors"])),
            (self.t("larger_project"), a["larger_project"]),
            (self.t("budget"), f"{budget['amount']} {budget['currency']}" if budget else ""),
            (self.t("description"), a["description"]),
            (self.t("websites"), "\n".join(a["websites"])),
            (self.t("related"), "\n".join(self.activity_titles.get(u, u) for u in a["related"])),
            (self.t("contact"), a["implementer_contact"]),
            (self.t("notes"), a["notes"]),
        ]  # fmt: skip

    def _state(self, code: str) -> str:
        known = countries()
        return known.get(code).name(self.language) if code in known else code

    def fields(self, pairs: Sequence[tuple[str, str]]) -> Table:
        s = self.styles
        rows = [
            [Paragraph(para(k), s.head_cell), Paragraph(para(v), s.cell)] for k, v in pairs if v
        ]
        table = Table(rows, colWidths=[38 * mm, None], splitByRow=True)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25,
                                    colors.HexColor("#dddddd")),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))  # fmt: skip
        return table

    def needs(self, progress: Progress) -> list[Flowable]:
        lang = self.language
        items = self.heading(self.t("needs"), 0, "needs")
        needs = self.doc["needs"]
        if not needs:
            return [*items, self.p(self.t("none")), PageBreak()]
        for number, n in enumerate(needs, start=1):
            progress.check()
            cost = n["cost"]
            addressed = "\n".join(self.activity_titles.get(u, u) for u in n["addressed_by"])
            pairs = [
                (self.t("priority"), _labels(NEED_PRIORITY, [n["priority"]], lang)),
                (self.t("status"), _labels(NEED_STATUS, [n["status"]], lang)),
                (self.t("identified"), n["date_identified"] or ""),
                (self.t("focus_areas"), _labels(FOCUS_AREA, n["focus_areas"], lang)),
                (self.t("types"), _labels(ASSISTANCE_TYPE, n["types"], lang)),
                (self.t("instruments"), _labels(INSTRUMENT, n["instruments"], lang)),
                (self.t("cost"), f"{cost['amount']} {cost['currency']}" if cost else ""),
                (self.t("partner"),
                 self.org(n["preferred_partner"]) if n["preferred_partner"] else ""),
                (self.t("description"), n["description"]),
                (self.t("addressed_by"), addressed or self.t("not_addressed")),
                (self.t("notes"), n["notes"]),
            ]  # fmt: skip
            items += self.heading(f"{number}. {n['title']}", 1, f"need-{n['uuid']}", False)
            items += [self.fields(pairs), Spacer(1, 4 * mm)]
        removed = self.doc["removed"]
        if removed["activities"] or removed["needs"]:
            items += [Paragraph(para(self.t("removed")), self.styles.h2),
                      self.p("\n".join([*removed["activities"], *removed["needs"]]),
                             self.styles.small)]  # fmt: skip
        items.append(PageBreak())
        return items

    def questionnaire(self, progress: Progress) -> list[Flowable]:
        s, lang = self.styles, self.language
        q = self.doc["questionnaire"]
        items = self.heading(self.t("questionnaire"), 0, "questionnaire")
        if q is None:
            return [*items, self.p(self.t("no_questionnaire"))]
        definition = find_definition(q["id"], q["version"])
        if definition is None:  # unknown version: answers by ID, without texts
            for qid, answer in sorted(q["answers"].items()):
                items.append(self.p(f"{qid}: {answer['value']}", s.answer))
            return items
        items.insert(2, self.p(f"{definition.label(lang)} — {q['version']}", s.small))
        if q["nil_report"]:
            return [*items, self.p(self.t("nil_report"))]
        answers = q["answers"]
        for section in definition.sections:
            progress.check()
            items += self.heading(section.label(lang), 1, f"section-{section.id}")
            flags = q["sections"].get(section.id, {})
            if flags.get("withheld"):
                reason = flags.get("withheld_reason") or ""
                items.append(self.p(f"{self.t('withheld')}{': ' + reason if reason else ''}"))
                continue
            if flags.get("no_change"):
                items.append(self.p(self.t("no_change"), s.small))
            for question in section.questions:
                answer = answers.get(question.id)
                if answer is None and question.show_if is not None:
                    continue  # a follow-up that did not apply
                block: list[Flowable] = [
                    Paragraph(f"{para(question.id)}&nbsp; {para(question.label(lang))}", s.question)
                ]
                if answer is None:
                    block.append(self.p(self.t("not_answered"), s.small))
                else:
                    block += self.answer(question, answer)
                items.append(KeepTogether(block))
        return items

    def answer(self, question: Question, answer: Mapping[str, Any]) -> list[Flowable]:
        s, lang = self.styles, self.language
        value = answer["value"]
        out: list[Flowable] = []
        if question.type == "yes_no":
            out.append(
                self.p(localised(YES_NO_LABELS.get(str(value), {}), lang) or str(value), s.answer)
            )
        elif question.type in ("single_choice", "multiple_choice"):
            labels = {o.code: o.text(lang) for o in question.options}
            codes = value if isinstance(value, list) else [value]
            out.append(self.p("; ".join(labels.get(str(c), str(c)) for c in codes), s.answer))
        elif question.type in ("reference", "table"):
            columns = (
                [(f, f) for f in ("title", "number", "date", "link")]
                if question.type == "reference"
                else [(c.id, c.text(lang)) for c in question.columns]
            )
            options = {c.id: {o.code: o.text(lang) for o in c.options} for c in question.columns}
            header: list[Flowable] = [
                Paragraph(para(label.capitalize()), s.head_cell) for _id, label in columns
            ]
            rows: list[list[Flowable]] = [header]
            for row in value if isinstance(value, list) else []:
                cells: list[Flowable] = []
                for column_id, _label in columns:
                    cell = row.get(column_id, "")
                    names = options.get(column_id, {})
                    if isinstance(cell, list):
                        cell = "; ".join(str(names.get(c, c)) for c in cell)
                    else:
                        cell = names.get(cell, cell) if isinstance(cell, str) else cell
                    cells.append(Paragraph(para(cell), s.cell))
                rows.append(cells)
            table = Table(rows, repeatRows=1)
            table.setStyle(_grid())
            out.append(table)
        else:
            out.append(self.p(value, s.answer))
        if answer["details"]:
            out.append(self.p(f"{self.t('details')}: {answer['details']}", s.answer))
        if not answer["reviewed"]:
            out.append(self.p(f"({self.t('unreviewed')})", s.small))
        return out


def _grid() -> TableStyle:
    return TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ])  # fmt: skip


def render_submission_pdf(
    document: Mapping[str, Any],
    language: str,
    fingerprint: str,
    progress: Progress | None = None,
) -> bytes:
    """The PDF of a submission document, in one of the four languages."""
    register_fonts()
    progress = progress or Progress()
    renderer = Renderer(document, language, fingerprint)
    sub = document["submission"]
    stream = io.BytesIO()
    state = document["state"]
    title = f"{phrase('title', language)} — {state} {document['period']} r{sub['revision']}"
    doc = SubmissionDoc(
        stream,
        language,
        sub["draft"],
        title=title,
        author=document["focal_point"]["name"] or state,
        subject=f"{state} {document['period']}",
        creator=f"ATT Desk {__version__}",
        lang=language,
    )
    story: list[Flowable] = renderer.cover() + renderer.contents()
    story += renderer.activities(progress)
    progress.update(1, 3, "")
    story += renderer.needs(progress)
    progress.update(2, 3, "")
    story += renderer.questionnaire(progress)
    footer = f"{state} · {document['period']} · r{sub['revision']}" + (
        f" · {phrase('draft', language)}" if sub["draft"] else ""
    )
    doc.multiBuild(story, canvasmaker=NumberedCanvas.factory(language, footer))
    progress.update(3, 3, "")
    return stream.getvalue()
