"""The Secretariat section driven through its real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from attdesk.exchange.export import export_submission
from attdesk.exchange.signing import load_or_create_key
from attdesk.gui.main_window import SECRETARIAT, MainWindow
from attdesk.store.activities import save_activities
from attdesk.store.database import Database, open_database
from attdesk.store.models import HELD, ReceivedSubmission
from attdesk.store.settings import FOCAL_POINT, AppSettings, load_settings, save_settings
from tests.factories import activity


def package(tmp_path: Path, key_folder: str, name: str) -> Path:
    focal = open_database(tmp_path / f"{name}.sqlite")
    try:
        with focal.sessions.begin() as session:
            save_settings(session, AppSettings(role=FOCAL_POINT, state="PAN"))
            save_activities(session, [activity(), activity(title="Second course")])
            result = export_submission(session, load_settings(session), "2025",
                                       tmp_path / name, load_or_create_key(tmp_path / key_folder),
                                       draft=True)  # fmt: skip
        return result.written.path
    finally:
        focal.close()


def test_import_review_and_a_held_key(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window.go_to(SECRETARIAT)
    view = window.secretariat
    assert view.proxy.rowCount() == 0
    good = package(tmp_path, "keys", "first")
    other = package(tmp_path, "other-keys", "second")
    junk = tmp_path / "junk.attdesk"
    junk.write_bytes(b"not a package")
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a: QMessageBox.StandardButton.Yes))  # fmt: skip
    view.import_paths([good, other, junk])
    qtbot.waitUntil(lambda: len(view.last_outcomes) == 3, timeout=30_000)
    results = [view.ui.resultList.item(i).text() for i in range(view.ui.resultList.count())]
    assert any("imported PAN 2025 r1" in r for r in results)
    assert any("held: key changed" in r for r in results)
    assert any("junk.attdesk: rejected" in r for r in results)
    assert view.proxy.rowCount() == 2

    with db.sessions() as session:
        held = session.query(ReceivedSubmission).filter_by(status=HELD).one()
    for row in range(view.proxy.rowCount()):
        view.ui.inboxTable.selectRow(row)
        if view.current_uuid() == held.revision_uuid:
            break
    assert view.ui.acceptKeyButton.isVisible()
    assert "fingerprint" in view.ui.selectedLabel.text()
    view.ui.rejectKeyButton.click()
    assert view.proxy.rowCount() == 1

    view.ui.inboxTable.selectRow(0)
    profile = view.ui.selectedLabel.text()
    assert "2 activities, 0 needs" in profile and "No questionnaire response" in profile
    view.ui.reviewCombo.setCurrentIndex(view.ui.reviewCombo.findData("has_issues"))
    view.ui.commentEdit.setPlainText("Answers to Art. IX missing.")
    view.ui.saveReviewButton.click()
    with db.sessions() as session:
        row = session.query(ReceivedSubmission).one()
        assert (row.review_status, row.review_comment) == (
            "has_issues",
            "Answers to Art. IX missing.",
        )

    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    view.ui.inboxTable.selectRow(0)
    pdf = view.open_pdf()
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    assert opened == [str(pdf)]

    titles = [view.ui.figureList.item(i).text() for i in range(view.ui.figureList.count())]
    assert "Activities by relevance" in titles
    view.ui.figureList.setCurrentRow(titles.index("Activities by relevance"))
    assert view.ui.figureTable.rowCount() >= 1
    assert not view.chart.isHidden() and view.chart.bars()[0] == ("ATT-focused", 2.0)
    target = tmp_path / "figures.pdf"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        staticmethod(lambda *a, **k: (str(target), "PDF report with charts (*.pdf)")),
    )
    view.export_figures()
    assert target.read_bytes().startswith(b"%PDF")


def test_overlaps_are_confirmed_in_the_view(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    from attdesk.exchange.importer import import_packages

    paths = []
    for state, title in (("PAN", "Regional tracing workshop, Lima"),
                         ("COL", "Lima: regional workshop on tracing")):  # fmt: skip
        focal = open_database(tmp_path / f"{state}.sqlite")
        with focal.sessions.begin() as session:
            save_settings(session, AppSettings(role=FOCAL_POINT, state=state))
            save_activities(session, [activity(title=title, partner_states=(state,))])
            paths.append(export_submission(session, load_settings(session), "2025",
                                           tmp_path / state, load_or_create_key(tmp_path / state),
                                           draft=True).written.path)  # fmt: skip
        focal.close()
    import_packages(db.sessions, paths)
    window.go_to(SECRETARIAT)
    view = window.secretariat
    view.reload()
    assert view.ui.overlapTable.rowCount() == 1
    assert "(1)" in view.ui.tabs.tabText(view.ui.tabs.indexOf(view.ui.overlapsTab))
    view.ui.overlapTable.selectRow(0)
    view.ui.sameButton.click()
    assert view.ui.overlapTable.rowCount() == 0
    clusters = next(t for t in view.tables if t.name == "clusters")
    assert clusters.rows[0][1] == "COL, PAN"
    names = [t.name for t in view.tables]
    view.ui.figureList.setCurrentRow(names.index("gap_matrix"))
    grid = view.ui.figureTable
    assert grid.rowCount() == 2  # the heat map: one row per state
    assert grid.verticalHeaderItem(0).text() == "COL"
    assert grid.item(0, 0).text() == "1 / 0"
    # the cross-state browser: the confirmed cluster is one row reported by both states
    records = view.ui
    assert records.recordTable.rowCount() == 1
    assert records.recordTable.item(0, 0).text() == "COL, PAN"
    records.recordStateFilter.setCurrentIndex(records.recordStateFilter.findData("COL"))
    assert records.recordTable.rowCount() == 1
    records.recordSearch.setText("LIMA")
    view.records.apply()
    assert records.recordTable.rowCount() == 1
    records.recordSearch.setText("brokering")
    view.records.apply()
    assert records.recordTable.rowCount() == 0 and records.recordCount.text() == "0 of 1"
    records.recordSearch.setText("")
    view.records.apply()
    records.recordRelevanceFilter.setCurrentIndex(
        records.recordRelevanceFilter.findData("att_relevant")
    )
    assert records.recordTable.rowCount() == 0  # the workshop is ATT-focused
    records.recordRelevanceFilter.setCurrentIndex(0)
    records.recordYearFrom.setValue(2017)
    assert records.recordTable.rowCount() == 0  # it took place in 2016
    records.recordYearFrom.setValue(2016)
    assert records.recordTable.rowCount() == 1
    records.recordKindCombo.setCurrentIndex(records.recordKindCombo.findData("needs"))
    assert records.recordTable.columnCount() == 5


def test_state_profile_and_a_diff_between_any_two_revisions(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    from attdesk.exchange.importer import import_packages

    focal = open_database(tmp_path / "focal.sqlite")
    key = load_or_create_key(tmp_path / "keys")
    paths = []
    with focal.sessions.begin() as session:
        save_settings(session, AppSettings(role=FOCAL_POINT, state="PAN"))
        save_activities(session, [activity(title="First course")])
    for title in ("Second course", "Third course"):
        with focal.sessions.begin() as session:
            paths.append(
                export_submission(
                    session, load_settings(session), "2025", tmp_path / title, key, draft=True
                ).written.path
            )
            save_activities(session, [activity(title=title)])
    focal.close()
    import_packages(db.sessions, paths)
    window.go_to(SECRETARIAT)
    view = window.secretariat
    view.reload()
    ui = view.ui
    assert ui.stateList.count() == 1 and ui.stateList.item(0).text() == "Panama (PAN)"
    assert ui.profileTable.rowCount() == 2
    assert ui.profileTable.item(1, 1).text() == "r2"
    assert "Activities added: Second course" in ui.diffText.toPlainText()
    ui.compareTo.setCurrentIndex(0)
    assert "Choose two different revisions" in ui.diffText.toPlainText()


def test_offers_are_entered_in_the_window_and_matched(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    from attdesk.store.offers import list_offers
    from tests.gui.test_activities_view import check

    window.go_to(SECRETARIAT)
    view = window.secretariat
    ui = view.ui
    ui.tabs.setCurrentWidget(ui.offersTab)
    ui.addOfferButton.click()
    assert "provider" in ui.offerErrorLabel.text() and "focus_areas" in ui.offerErrorLabel.text()
    ui.providerEdit.setText("UNLIREC")
    check(qtbot, ui.offerAreasList, "marking")
    check(qtbot, ui.offerStatesList, "PAN")
    ui.offerFromSpin.setValue(2025)
    ui.addOfferButton.click()
    with db.sessions() as session:
        (offer,) = list_offers(session)
    assert (offer.provider, offer.focus_areas, offer.states, offer.year_from, offer.year_to) == (
        "UNLIREC",
        ("marking",),
        ("PAN",),
        2025,
        None,
    )
    assert ui.offerTable.rowCount() == 1 and ui.offerErrorLabel.text() == ""
    ui.offerTable.selectRow(0)
    ui.deleteOfferButton.click()
    with db.sessions() as session:
        assert list_offers(session) == []


def test_file_menu_imports_packages(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    chosen: list[str] = []

    def choose(*_args: object, **_kwargs: object) -> tuple[list[str], str]:
        chosen.append("asked")
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(choose))
    window.ui.actionImportPackages.trigger()
    assert chosen == ["asked"]
    assert window.ui.pages.currentWidget() is window.secretariat
