"""What the editor's pick lists offer: organisations and other activities."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QDialog, QWidget

from attdesk.domain.text import fold
from attdesk.gui.context import AppContext
from attdesk.store.activities import find_activities, load_activities
from attdesk.store.needs import find_needs, load_needs
from attdesk.store.organisations import OrganisationRow, list_organisations

SUGGESTIONS = 30


class OrganisationSource:
    """The organisation list, cached and refreshed when it changes."""

    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self._rows: dict[str, OrganisationRow] = {}
        self._folded: list[tuple[str, str]] = []
        self.reload()
        ctx.organisationsChanged.connect(self.reload)

    def reload(self) -> None:
        with self.ctx.sessions() as session:
            rows = list_organisations(session)
        self._rows = {row.uuid: row for row in rows}
        self._folded = [(row.uuid, fold(f"{row.acronym} {row.name}")) for row in rows]

    def rows(self) -> list[OrganisationRow]:
        return list(self._rows.values())

    def suggestions(self, text: str) -> Sequence[tuple[str, str]]:
        words = fold(text).split()
        hits = [uuid for uuid, folded in self._folded if all(w in folded for w in words)]
        # Acronym matches first: people type "UNLI" for UNLIREC.
        key = fold(text)
        hits.sort(key=lambda uuid: not fold(self._rows[uuid].acronym).startswith(key))
        return [(uuid, self._rows[uuid].long_name) for uuid in hits[:SUGGESTIONS]]

    def display(self, key: str) -> str:
        row = self._rows.get(key)
        return row.long_name if row else key

    def create(self, text: str, parent: QWidget) -> str | None:
        from attdesk.gui.organisation_dialog import OrganisationDialog

        dialog = OrganisationDialog(self.ctx, parent, name=text)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_row is None:
            return None
        self.reload()
        return dialog.result_row.uuid


class ActivitySource:
    """Other activities, found by the same search as the table."""

    def __init__(self, ctx: AppContext, current_uuid: Callable[[], str | None]):
        self.ctx = ctx
        self._current = current_uuid
        self._titles: dict[str, str] = {}

    def suggestions(self, text: str) -> Sequence[tuple[str, str]]:
        with self.ctx.sessions() as session:
            found = find_activities(session, text, SUGGESTIONS, exclude=self._current())
        offers = []
        for uuid, title, start in found:
            display = f"{title} ({start})" if start else title
            self._titles[uuid] = display
            offers.append((uuid, display))
        return offers

    def display(self, key: str) -> str:
        if key not in self._titles:
            with self.ctx.sessions() as session:
                found = load_activities(session, [key])
            if key in found:
                data = found[key]
                start = data.start_date.iso() if data.start_date else ""
                self._titles[key] = f"{data.title} ({start})" if start else data.title
        return self._titles.get(key, key)

    def create(self, text: str, parent: QWidget) -> str | None:
        return None  # related activities must exist already


class NeedSource:
    """The state's needs, for linking an activity to the needs it addressed."""

    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self._titles: dict[str, str] = {}

    def suggestions(self, text: str) -> Sequence[tuple[str, str]]:
        with self.ctx.sessions() as session:
            found = find_needs(session, text, SUGGESTIONS)
        self._titles.update(found)
        return found

    def display(self, key: str) -> str:
        if key not in self._titles:
            with self.ctx.sessions() as session:
                self._titles.update((u, n.title) for u, n in load_needs(session, [key]).items())
        return self._titles.get(key, key)

    def create(self, text: str, parent: QWidget) -> str | None:
        return None  # needs are recorded in the Needs section
