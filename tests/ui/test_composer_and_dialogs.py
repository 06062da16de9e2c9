"""The composer's images and repetition, the key dates dialog and the month overview on paper."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from models.channel import ChannelAccount, Network
from models.post import Post, PostStatus, Variant
from models.recurrence import Frequency, Recurrence
from models.settings import Country, Municipality
from services.errors import KnownError
from services.media_library import media_dir
from services.post_editing import images_of, save_post
from services.preferences import save_municipality
from services.series import occurrences_of
from services.store import Store
from ui.calendar_tab import CalendarTab
from ui.plain_text import typed_text
from ui.recurrence_dialog import RecurrenceDialog, describe

AMS = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def tab(qtbot, store: Store) -> Iterator[CalendarTab]:  # type: ignore[no-untyped-def]
    save_municipality(store, Municipality("Oosterzande", Country.NL, "Europe/Amsterdam"))
    store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
    widget = CalendarTab(store, today=date(2026, 3, 4))
    widget.resize(1200, 800)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.flush()  # as the window does when it closes: no autosave timer may fire after the store is closed


def photo(path: Path, colour: str = "#6aa84f") -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    image.save(str(path))
    return path


def open_planned_post(tab: CalendarTab, store: Store, title: str, body: str) -> Post:
    """A post on 11 March on the first channel, opened in the composer."""
    channel = store.find(ChannelAccount)[0]
    post = save_post(store, Post(title=title, body=body, scheduled_at=datetime(2026, 3, 11, 10, tzinfo=AMS)),
                     [Variant(post_id="", channel_id=channel.id)])
    tab.open_post(post.id)
    return post


def test_images_with_alt_text_are_stored_once_in_order_and_block_ready_without_alt(
        tab: CalendarTab, store: Store, tmp_path: Path) -> None:
    post = open_planned_post(tab, store, "Speeltuin", "Open!")
    composer = tab.composer
    first, second = photo(tmp_path / "a.png"), photo(tmp_path / "b.png", "#cc0000")
    composer.add_images([first, second, first])  # the same file twice: kept once in the library
    assert len(list(media_dir(store).iterdir())) == 2
    assert composer.images.rowCount() == 3
    composer.image_strip.remove_image()  # the last one (selected after adding)
    composer.status_box.select_value(PostStatus.READY)
    assert composer.status_box.current_value() is PostStatus.DRAFT
    assert "Images without an alt text: 2" in composer.problems_label.text()
    for row, alt in enumerate(["Kinderen op de glijbaan", "Het rode klimrek"]):
        composer.image_view.setCurrentIndex(composer.images.index(row))
        composer.alt_edit.setText(alt)
        composer.alt_edit.textEdited.emit(alt)
    composer.image_view.setCurrentIndex(composer.images.index(1))
    composer.image_strip.move_image(-1)  # the red one first
    composer.status_box.select_value(PostStatus.READY)
    composer.flush()
    stored = store.get(Post, post.id)
    assert stored is not None and stored.status is PostStatus.READY
    assert [link.alt_text for link, _media in images_of(store, post.id)] == ["Het rode klimrek",
                                                                            "Kinderen op de glijbaan"]


def test_the_image_list_shows_a_thumbnail_and_asks_for_the_alt_text(
        tab: CalendarTab, store: Store, tmp_path: Path) -> None:
    open_planned_post(tab, store, "Markt", "Markt")
    composer = tab.composer
    composer.add_images([photo(tmp_path / "a.png")])
    row = composer.images.index(0)
    assert composer.images.data(row) == "⚠ no alt text"
    thumbnail = composer.images.data(row, Qt.ItemDataRole.DecorationRole)
    assert not thumbnail.isNull() and thumbnail.width() <= 96 and thumbnail.height() <= 96
    composer.alt_edit.setText("Kramen op het plein")
    composer.alt_edit.textEdited.emit("Kramen op het plein")
    assert composer.images.data(row) == "Kramen op het plein"
    assert shown(composer.images.data(row, Qt.ItemDataRole.ToolTipRole)) == "Kramen op het plein"
    hostile = "<b>Kramen</b><br><img src='file:///etc/passwd'>"
    composer.alt_edit.setText(hostile)
    composer.alt_edit.textEdited.emit(hostile)
    assert shown(composer.images.data(row, Qt.ItemDataRole.ToolTipRole)) == hostile  # the tags as text, not markup


def shown(tooltip: str) -> str:
    """What a tooltip shows a person: Qt draws it as rich text when it looks like HTML."""
    from PySide6.QtGui import Qt as QtGuiNamespace  # mightBeRichText lives in QtGui's part of the namespace
    from PySide6.QtGui import QTextDocumentFragment

    if QtGuiNamespace.mightBeRichText(tooltip):
        return QTextDocumentFragment.fromHtml(tooltip).toPlainText()
    return tooltip


def test_saved_tells_the_time_on_the_municipalitys_clock(tab: CalendarTab, store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A laptop set to another time zone (or to UTC, as many are) says the same time as the rest of the window:
    09:00 UTC on 2 March is 10:00 in Oosterzande."""
    open_planned_post(tab, store, "Raadsvergadering", "Dinsdag om 20.00 uur")
    composer = tab.composer
    qtbot.keyClicks(composer.title_edit, " maart")
    composer.flush()
    assert composer.saved_label.text() == "Saved 10:00:00"


def test_a_file_that_is_no_image_is_refused_with_a_message(tab: CalendarTab, store: Store, tmp_path: Path) -> None:
    tab.new_post_on(date(2026, 3, 12))
    messages: list[str] = []
    tab.composer.problem.connect(messages.append)
    (tmp_path / "notulen.docx").write_bytes(b"PK")
    tab.composer.add_images([tmp_path / "notulen.docx"])
    assert messages and "not an image Omroeper can use" in messages[0]
    assert tab.composer.images.rowCount() == 0


@pytest.mark.usefixtures("english")
def test_a_post_made_to_repeat_in_the_composer_becomes_a_weekly_series(
        tab: CalendarTab, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    tab.new_post_on(date(2026, 3, 14))
    composer = tab.composer

    def weekly_four_times(dialog: RecurrenceDialog) -> int:
        dialog.frequency.select_value(Frequency.WEEKLY)
        dialog.end_after.setChecked(True)
        dialog.count.setValue(4)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecurrenceDialog, "exec", weekly_four_times)
    composer.choose_repeat()
    assert composer.pending_recurrence == Recurrence(Frequency.WEEKLY, weekdays=(5,), count=4)
    composer.master_edit.setPlainText("Zaterdag is er markt")
    composer.flush()
    series_ids = {p.series_id for p in store.find(Post)}
    assert len(series_ids) == 1
    series = occurrences_of(store, series_ids.pop() or "")
    assert [p.scheduled_at.astimezone(AMS).strftime("%d-%m %H:%M") for p in series if p.scheduled_at] == [
        "14-03 09:00", "21-03 09:00", "28-03 09:00", "04-04 09:00"]
    assert composer.repeat_button.text() == "Part of a series: Every week on Saturday, 4 times"

    # An edit to the third market day "and later posts of the series" reaches the fourth, not the first two.
    composer.open_post(series[2].id)
    assert not composer.series_scope.isHidden() and not composer.series_scope.applies_to_later_posts()
    composer.series_scope.and_later.setChecked(True)
    composer.master_edit.setPlainText("Zaterdag is er markt, nu ook met vis")
    composer.flush()
    assert [p.body for p in occurrences_of(store, series[0].series_id or "")] == [
        "Zaterdag is er markt", "Zaterdag is er markt", "Zaterdag is er markt, nu ook met vis",
        "Zaterdag is er markt, nu ook met vis"]
    composer.open_post(series[0].id)
    assert not composer.series_scope.applies_to_later_posts()  # each post opens with "this post only"


def test_the_month_overview_is_written_as_a_pdf(tab: CalendarTab, store: Store, tmp_path: Path) -> None:
    from services.calendar_page import load_page
    from services.month_overview import month_overview_html
    from ui.month_print import write_pdf

    channel = store.find(ChannelAccount)[0]
    save_post(store, Post(title="Oud papier", status=PostStatus.SCHEDULED, body="Zaterdag",
                          scheduled_at=datetime(2026, 3, 7, 9, tzinfo=AMS)),
              [Variant(post_id="", channel_id=channel.id)])
    page = load_page(store, date(2026, 2, 23), date(2026, 4, 5), municipality=tab.municipality,
                     today=date(2026, 3, 4), ui_language="en")
    html = month_overview_html(page, date(2026, 3, 1), "Oosterzande")
    assert "Oud papier" in html and "Social media planning March 2026" in html
    path = tmp_path / "maart.pdf"
    write_pdf(html, path)
    assert path.read_bytes().startswith(b"%PDF") and path.stat().st_size > 2000
    # Chosen over the data file by a slip in the dialog, the PDF replaced every post; a folder was "saved" to.
    with pytest.raises(KnownError, match="is a database"):
        write_pdf(html, store.path)
    assert store.path.read_bytes().startswith(b"SQLite format 3\x00") and store.find(Post)
    with pytest.raises(KnownError, match="is a folder"):
        write_pdf(html, tmp_path)


@pytest.mark.usefixtures("english")
def test_a_repeat_rule_is_told_in_words() -> None:
    assert describe(Recurrence(Frequency.DAILY)) == "Every day"
    assert describe(Recurrence(Frequency.WEEKLY, interval=2, weekdays=(3, 0), count=1)) == (
        "Every 2 weeks on Monday, Thursday, once")
    assert describe(Recurrence(Frequency.MONTHLY, weekdays=(3,), week_of_month=2, until=date(2026, 12, 31))) == (
        "Every month on the second Thursday, until 31 December 2026")
    assert describe(Recurrence(Frequency.YEARLY, interval=5)) == "Every 5 years"


@pytest.mark.usefixtures("dutch")
def test_a_repeat_rule_is_told_in_dutch() -> None:
    assert describe(Recurrence(Frequency.WEEKLY, weekdays=(5,), count=4)) == "Elke week op zaterdag, 4 keer"
    assert describe(Recurrence(Frequency.MONTHLY, weekdays=(0,), week_of_month=-1)) == (
        "Elke maand op de laatste maandag")
    assert describe(Recurrence(Frequency.DAILY, interval=3, until=date(2027, 1, 6))) == (
        "Elke 3 dagen, tot en met 6 januari 2027")


@pytest.mark.usefixtures("english")
def test_the_monthly_choice_names_the_weekday_as_the_rule_keeps_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    second = RecurrenceDialog(date(2026, 11, 12))  # the second Thursday of November
    fifth = RecurrenceDialog(date(2026, 10, 29))  # a fifth Thursday: kept as the last one
    for dialog in (second, fifth):
        qtbot.addWidget(dialog)
        dialog.frequency.select_value(Frequency.MONTHLY)
        dialog.monthly_mode.select_value("weekday")
    assert second.monthly_mode.currentText() == "on the second Thursday"
    assert second.recurrence() == Recurrence(Frequency.MONTHLY, weekdays=(3,), week_of_month=2)
    assert fifth.monthly_mode.currentText() == "on the last Thursday"
    assert fifth.recurrence() == Recurrence(Frequency.MONTHLY, weekdays=(3,), week_of_month=-1)
    assert describe(fifth.recurrence()) == "Every month on the last Thursday"  # type: ignore[arg-type]


@pytest.mark.usefixtures("dutch")
def test_the_interval_reads_as_words_not_every_1(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = RecurrenceDialog(date(2026, 11, 12))
    qtbot.addWidget(dialog)
    dialog.frequency.select_value(Frequency.WEEKLY)
    assert dialog.interval.text() == "elke week"
    dialog.interval.setValue(2)
    assert dialog.interval.text() == "om de 2 weken"
    dialog.frequency.select_value(Frequency.MONTHLY)
    assert dialog.interval.text() == "om de 2 maanden"
    dialog.interval.setValue(1)
    assert dialog.interval.text() == "elke maand"


def test_an_edit_keeps_every_character_of_the_texts_it_did_not_touch(tab: CalendarTab, store: Store,
                                                                     qtbot) -> None:  # type: ignore[no-untyped-def]
    """Non-breaking spaces ("10 km", "€ 5", kept on one line) became plain ones at any save, also in texts the
    officer never touched: a post from a CSV import or a handover was changed by an edit of its title."""
    channel = store.find(ChannelAccount)[0]
    body, own = "Kaas\u00a0€\u00a05,\u2009zaterdag", "Mastodon:\u00a010\u00a0km\u202fverder"
    post = save_post(store, Post(title="Markt", body=body, scheduled_at=datetime(2026, 3, 11, 10, tzinfo=AMS)),
                     [Variant(post_id="", channel_id=channel.id, body=own)])
    tab.open_post(post.id)
    composer = tab.composer
    qtbot.keyClicks(composer.title_edit, " op het plein")
    composer.flush()
    saved = store.get(Post, post.id)
    assert saved.title == "Markt op het plein" and saved.body == body
    assert [variant.body for variant in store.find(Variant, "post_id = ?", [post.id])] == [own]


def test_a_line_broken_with_shift_enter_is_saved_as_a_line_break(tab: CalendarTab, store: Store,
                                                                  qtbot) -> None:  # type: ignore[no-untyped-def]
    post = open_planned_post(tab, store, "Markt", "")
    composer = tab.composer
    qtbot.keyClicks(composer.master_edit, "Zaterdag")
    qtbot.keyClick(composer.master_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(composer.master_edit, "markt")
    composer.flush()
    assert store.get(Post, post.id).body == "Zaterdag\nmarkt"


def test_a_document_pasted_by_mistake_is_not_added_to_the_post_and_the_officer_is_told(
        tab: CalendarTab, store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A megabyte pasted into the main text froze the composer for half a minute, and every key after it for
    twenty seconds; no network takes it."""
    post = open_planned_post(tab, store, "Markt", "Zaterdag markt")
    composer = tab.composer
    channel_editor = next(iter(composer.editors.values()))
    QApplication.clipboard().setText("Notulen van de raad. " * 50_000)
    for editor in (composer.master_edit, channel_editor.text_edit):
        editor.setFocus()
        editor.paste()
        assert typed_text(editor) == "Zaterdag markt"
        [message] = tab.window().findChildren(QMessageBox)
        assert message.isVisible() and "Nothing was added" in message.text()
        message.close()
        QApplication.processEvents()  # closed messages go (deleted on close)
    qtbot.keyClick(composer.master_edit, Qt.Key.Key_End)
    qtbot.keyClicks(composer.master_edit, "!")
    composer.flush()
    assert store.get(Post, post.id).body == "Zaterdag markt!"
    assert [variant.body for variant in store.find(Variant, "post_id = ?", [post.id])] == [None]
