"""The Results tab (a month's figures, charts, best posts, the monthly report as a PDF in Dutch or English), the
figures of a published post in the composer, and figures typed in for a channel posted by hand."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from models.channel import ChannelAccount, Network
from models.inbox import InboxItem, ItemKind, ItemState
from models.post import DeliveryState, Post, PostStatus, Variant
from models.results import FigureAge, PostFigures
from services.errors import KnownError
from services.post_editing import save_post, variants_of
from services.report import month_report
from services.store import Store
from tests.conftest import FakeClock
from tests.support.results_month import fill_month
from tests.ui.month_hover import hovered_line
from ui.calendar_tab import CalendarTab
from ui.delivery_row import FIGURES
from ui.figures_dialog import FiguresDialog
from ui.report_pdf import report_document, write_report_pdf
from ui.results_tab import ResultsTab


def test_the_tab_shows_the_month_per_channel_with_charts_and_best_posts(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    fill_month(store, posts=12)
    mastodon_channel = next(c for c in store.find(ChannelAccount) if c.network is Network.MASTODON)
    came = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
    for number, answered in ((1, came + timedelta(hours=3)), (2, None)):  # one answered after 3 hours, one open
        store.save(InboxItem(channel_id=mastodon_channel.id, network="mastodon", kind=ItemKind.REPLY,
                             remote_id=str(number), received_at=came, answered_at=answered,
                             state=ItemState.ANSWERED if answered else ItemState.OPEN))
    tab = ResultsTab(store)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_month(date(2026, 11, 1))
    assert "12" in tab.summary_label.text()
    names = [tab.channel_model.data(tab.channel_model.index(row, 0)) for row in range(tab.channel_model.rowCount())]
    assert set(names) == {"Mastodon", "Bluesky", "Facebook", "WhatsApp"}
    mastodon = names.index("Mastodon")
    assert tab.channel_model.data(tab.channel_model.index(mastodon, 5)) == "–"  # Mastodon counts no views
    assert tab.channel_model.data(tab.channel_model.index(names.index("Facebook"), 7)).startswith("4")
    assert tab.best_model.rowCount() == 5 and tab.best_model.data(tab.best_model.index(0)).startswith("1. ")
    assert [chart.chart.name for chart in tab.charts if chart.chart] == ["reactions", "rhythm", "followers"]
    inbox = tab.inbox_label.text()
    assert "Messages received: 2; answered: 1." in inbox and "Median response time: 3.0 hours" in inbox
    assert "19" in inbox
    tab.go(-1)
    assert tab.channel_model.rowCount() == 3  # October: only the follower counts taken before November
    assert tab.best_model.rowCount() == 0


def test_the_monthly_report_is_a_pdf_in_the_language_chosen(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fill_month(store, posts=8)
    words = {}
    for language in ("nl", "en"):
        report = month_report(store, date(2026, 11, 1), language, "Oosterzande")
        words[language] = report_document(report).toPlainText()
        target = tmp_path / f"rapport-{language}.pdf"
        write_report_pdf(report, target)
        assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 10_000
    assert "november 2026" in words["nl"] and "November 2026" in words["en"]
    assert "Best posts of the month" in words["en"] and "Oosterzande" in words["nl"]
    # A direction override in the municipality's name mirrored the heading on paper; it is left out.
    mirrored = month_report(store, date(2026, 11, 1), "en", "Oost\u202eerzande").html
    assert "\u202e" not in mirrored and "Oosterzande" in mirrored
    # the interface's language is back after the report
    assert QApplication.translate("Report", "Channel") == "Channel"


def test_a_report_file_that_cannot_be_replaced_keeps_last_months_and_says_so(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                                              tmp_path: Path) -> None:
    """A PDF held by a reader (on Windows) or read-only cannot be written over. The report was said to be written,
    and the file was last month's: now the old file stays as it was, and the officer is told."""
    fill_month(store, posts=4)
    target = tmp_path / "rapport.pdf"
    write_report_pdf(month_report(store, date(2026, 11, 1), "en", "Oosterzande"), target)
    before = target.read_bytes()
    if subprocess.run(["chattr", "+i", str(target)], capture_output=True).returncode != 0:
        pytest.skip("needs chattr to hold the file, as a reader holding it open would")
    try:
        with pytest.raises(KnownError) as refused:
            write_report_pdf(month_report(store, date(2026, 10, 1), "en", "Oosterzande"), target)
    finally:
        subprocess.run(["chattr", "-i", str(target)], check=True)
    assert "could not be written" in refused.value.message
    assert target.read_bytes() == before
    assert not (tmp_path / "rapport.pdf.partial").exists()


def test_the_report_button_writes_the_chosen_file(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fill_month(store, posts=4)
    tab = ResultsTab(store)
    qtbot.addWidget(tab)
    tab.show_month(date(2026, 11, 1))
    tab.language_box.select_value("en")
    tab.write_report_to(tmp_path / "november")
    assert (tmp_path / "november.pdf").read_bytes().startswith(b"%PDF")
    assert "november.pdf" in tab.status_label.text()


def test_a_published_post_shows_its_latest_figures_in_the_composer(qtbot, store: Store, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    mastodon = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
    post = Post(title="Markt", body="Markt", status=PostStatus.PUBLISHED, scheduled_at=clock() - timedelta(days=2))
    save_post(store, post, [Variant(post_id=post.id, channel_id=mastodon.id)])
    variant = variants_of(store, post.id)[0]
    store.update_fields(variant, state=DeliveryState.PUBLISHED, remote_id="101", published_at=post.scheduled_at)
    store.save(PostFigures(variant_id=variant.id, age=FigureAge.DAY, taken_at=clock(), likes=12, shares=3,
                           replies=2))
    tab = CalendarTab(store)
    qtbot.addWidget(tab)
    tab.open_post(post.id)
    row = tab.composer.editors[mastodon.id].delivery_row
    assert row.figures_label.text() == "Figures: 12 likes · 3 shares · 2 replies"
    assert not row.buttons[FIGURES].isVisibleTo(row)  # a network's figures are fetched, not typed


def test_figures_are_typed_in_for_a_post_published_by_hand(qtbot, store: Store, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    whatsapp = store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
    post = Post(title="Afvalkalender", body="Afvalkalender", status=PostStatus.PUBLISHED,
                scheduled_at=clock() - timedelta(days=1))
    save_post(store, post, [Variant(post_id=post.id, channel_id=whatsapp.id)])
    store.update_fields(variants_of(store, post.id)[0], state=DeliveryState.PUBLISHED, published_at=clock())
    tab = CalendarTab(store)
    qtbot.addWidget(tab)
    tab.open_post(post.id)
    row = tab.composer.editors[whatsapp.id].delivery_row
    assert row.buttons[FIGURES].isVisibleTo(row) and row.figures_label.isHidden()

    def fill_in() -> None:
        dialog = next(widget for widget in QApplication.topLevelWidgets()
                      if isinstance(widget, FiguresDialog) and widget.isVisible())
        dialog.likes.setValue(25)
        dialog.replies.setValue(4)
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    row.buttons[FIGURES].click()
    assert row.figures_label.text() == "Figures: 25 likes · 0 shares · 4 replies"
    stored = store.find(PostFigures)
    assert [(item.age, item.likes, item.views) for item in stored] == [(FigureAge.BY_HAND, 25, None)]


def test_the_window_has_a_results_tab(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.tabs.tabText(5) == "Results"
    assert isinstance(window.tab_page(5), ResultsTab)


def test_the_month_shows_a_published_posts_figures_in_its_tooltip(qtbot, store: Store, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    mastodon = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
    post = Post(title="Markt", body="Markt", status=PostStatus.PUBLISHED, scheduled_at=clock() - timedelta(hours=3))
    save_post(store, post, [Variant(post_id=post.id, channel_id=mastodon.id)])
    variant = variants_of(store, post.id)[0]
    store.update_fields(variant, state=DeliveryState.PUBLISHED, remote_id="101", published_at=post.scheduled_at)
    store.save(PostFigures(variant_id=variant.id, age=FigureAge.DAY, taken_at=clock(), likes=12, shares=3,
                           replies=2))
    tab = CalendarTab(store, today=clock().date())
    tab.resize(1200, 800)
    qtbot.addWidget(tab)
    tab.show()
    tab.finish_startup()
    tab.go_to(clock().date())
    tab.month_view.grab()  # paints it, which lays out where each post's line is
    line = hovered_line(tab.month_view, post.scheduled_at.astimezone().date(), "Markt")
    assert "Mastodon: published – 12 likes · 3 shares · 2 replies" in tab.month_view.tooltip_at(line)
