"""The Key dates dialog and the repeat dialog as the officer uses them: a key date is saved back as it was shown,
world days are switched off or changed, and "the last Friday" is there from any Friday."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QLocale, Qt

from models.planning import KeyDate, KeyDateKind
from models.recurrence import Frequency, Recurrence
from models.settings import Country, Municipality
from services.key_dates import key_dates_between
from services.preferences import save_municipality
from services.store import Store
from ui.key_date_list_model import KeyDateListModel
from ui.key_dates_dialog import KeyDatesDialog
from ui.recurrence_dialog import RecurrenceDialog

TODAY = date(2026, 3, 4)


def dialog_on(qtbot, store: Store) -> KeyDatesDialog:  # type: ignore[no-untyped-def]
    dialog = KeyDatesDialog(store, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.set_check.setChecked(False)  # the officer's own dates only, unless a test wants the built-in ones
    return dialog


def select(dialog: KeyDatesDialog, title: str) -> None:
    row = [key_date.title for key_date in dialog.model.key_dates].index(title)
    dialog.table.setCurrentIndex(dialog.model.index(row, KeyDateListModel.TITLE))


def shown_with_two(qtbot, store: Store) -> KeyDatesDialog:  # type: ignore[no-untyped-def]
    """The dialog on screen over two key dates of the officer's own, Kermis and Weekmarkt, none chosen."""
    for title in ("Kermis", "Weekmarkt"):
        store.save(KeyDate(title=title, on_date=date(2026, 3, 20)))
    dialog = dialog_on(qtbot, store)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def answered(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The answers to "throw away what you changed?", taken in turn; a question with none left fails the test."""
    import ui.typed_work as typed_work

    answers: list[bool] = []
    monkeypatch.setattr(typed_work, "ask", lambda parent, title, text: answers.pop(0))
    return answers


def untick(dialog: KeyDatesDialog, title: str) -> None:
    """Unticks the key date's box in the list's first column, as a click on it does."""
    row = [key_date.title for key_date in dialog.model.key_dates].index(title)
    dialog.model.setData(dialog.model.index(row, KeyDateListModel.SHOWN), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)


def repeat_texts(dialog: KeyDatesDialog) -> list[str]:
    return [dialog.repeat_box.itemText(i) for i in range(dialog.repeat_box.count())]


def stored(store: Store, title: str) -> tuple[Any, ...]:
    [key_date] = [k for k in store.find(KeyDate) if k.title == title]
    return key_date.title, key_date.kind, key_date.on_date, key_date.rrule, key_date.days, key_date.notes


# Every kind of rule the app can store, each on a day where the dialog's own choices would say something else or
# the same: the demo's market and waste days, the council meeting whose first date is a first Thursday, a world day.
RULES = [
    ("Kermis", date(2026, 3, 20), ""),
    ("Markt (elke week)", date(2026, 3, 7), "FREQ=WEEKLY"),
    ("Weekmarkt", date(2026, 3, 7), "FREQ=WEEKLY;BYDAY=SA"),
    ("GFT-container", date(2026, 3, 3), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"),
    ("Raadsvergadering", date(2026, 3, 5), "FREQ=MONTHLY;BYDAY=+2TH"),
    ("Repair café", date(2026, 3, 27), "FREQ=MONTHLY;BYDAY=-1FR"),
    ("Vierde vrijdag", date(2026, 3, 27), "FREQ=MONTHLY;BYDAY=+4FR"),
    ("Huurbetaling", date(2026, 1, 31), "FREQ=MONTHLY"),
    ("Kwartaalcijfers", date(2026, 1, 15), "FREQ=MONTHLY;INTERVAL=3"),
    ("Dag van de Mantelzorg", date(2026, 11, 10), "FREQ=YEARLY"),
    ("Burendag", date(2026, 9, 26), "FREQ=YEARLY;BYMONTH=9;BYDAY=+4SA"),
    ("Veteranendag", date(2026, 6, 27), "FREQ=YEARLY;BYMONTH=6;BYDAY=-1SA"),
    ("Inzameling", date(2026, 3, 2), "FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20261231"),
    ("Opruimdagen", date(2026, 4, 1), "FREQ=DAILY;COUNT=3"),
]


def test_saving_any_key_date_unchanged_changes_nothing(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    for title, day, rule in RULES:
        store.save(KeyDate(title=title, kind=KeyDateKind.OTHER, on_date=day, rrule=rule, notes="n"))
    before = {title: stored(store, title) for title, _day, _rule in RULES}
    dialog = dialog_on(qtbot, store)
    for title, _day, _rule in RULES:
        select(dialog, title)
        dialog.save_selected()
    assert {title: stored(store, title) for title, _day, _rule in RULES} == before


@pytest.mark.usefixtures("english")
def test_the_repeat_box_says_what_is_stored(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    for title, day, rule in RULES:
        store.save(KeyDate(title=title, on_date=day, rrule=rule))
    dialog = dialog_on(qtbot, store)
    shown = {}
    for title, _day, _rule in RULES:
        select(dialog, title)
        shown[title] = dialog.repeat_box.currentText()
    assert shown["Weekmarkt"] == "Every week on Saturday"
    assert shown["GFT-container"] == "Every 2 weeks on Tuesday"
    assert shown["Raadsvergadering"] == "Every month on the second Thursday"  # not the first: its date's own
    assert shown["Repair café"] == "Every month on the last Friday"
    assert shown["Vierde vrijdag"] == "Every month on the fourth Friday"
    assert shown["Burendag"] == "Every year on the fourth Saturday of September"
    assert shown["Opruimdagen"] == "Every day, 3 times"
    assert shown["Kermis"] == "Once"
    select(dialog, "Raadsvergadering")  # a first Thursday whose rule says the second: both are offered
    assert {"Every month on the first Thursday", "Every month on the second Thursday"} <= set(repeat_texts(dialog))


@pytest.mark.usefixtures("english")
def test_a_new_key_date_repeats_as_chosen_and_follows_its_date(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_on(qtbot, store)
    dialog.title_edit.setText("Raadsvergadering")
    dialog.kind_box.select_value(KeyDateKind.COUNCIL)
    dialog.date_edit.setDate(QDate(2026, 3, 12))
    dialog.repeat_box.setCurrentIndex(dialog.repeat_box.findText("Every month on the second Thursday"))
    dialog.date_edit.setDate(QDate(2026, 3, 19))  # moved a week: the third Thursday now
    assert dialog.repeat_box.currentText() == "Every month on the third Thursday"
    dialog.add()
    [council] = store.find(KeyDate)
    assert (council.title, council.kind, council.on_date, council.rrule) == (
        "Raadsvergadering", KeyDateKind.COUNCIL, date(2026, 3, 19), "FREQ=MONTHLY;BYDAY=+3TH")
    assert dialog.model.data(dialog.model.index(0, KeyDateListModel.REPEATS)) == "Every month on the third Thursday"
    select(dialog, "Raadsvergadering")
    dialog.title_edit.setText("Gemeenteraad")
    dialog.save_selected()
    assert store.find(KeyDate)[0].title == "Gemeenteraad"
    dialog.remove_selected()
    assert store.find(KeyDate) == [] and dialog.model.rowCount() == 0


def test_a_key_date_needs_a_title(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_on(qtbot, store)
    dialog.add()
    assert store.find(KeyDate) == [] and "needs a title" in dialog.title_edit.placeholderText()


@pytest.mark.usefixtures("dutch")
def test_built_in_world_days_are_listed_switched_off_and_changed(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    save_municipality(store, Municipality("Oosterzande", Country.NL, "Europe/Amsterdam"))
    dialog = KeyDatesDialog(store, today=TODAY)
    qtbot.addWidget(dialog)
    titles = [key_date.title for key_date in dialog.model.key_dates]
    assert {"Burendag", "Week tegen Eenzaamheid", "Dag van de Mantelzorg", "Dag van de Aarde"} <= set(titles)
    assert titles.index("Dag van de Aarde") < titles.index("Burendag")  # by their next day from 4 March
    row = titles.index("Burendag")
    assert dialog.model.data(dialog.model.index(row, KeyDateListModel.DAY)) == QLocale().toString(
        date(2026, 9, 26), QLocale.FormatType.ShortFormat)  # the fourth Saturday of September

    def september() -> list[str]:
        return [k.title for _d, k in key_dates_between(store, date(2026, 9, 1), date(2026, 9, 30),
                                                       country=Country.NL, language="nl")]

    assert "Burendag" in september()
    dialog.model.setData(dialog.model.index(row, KeyDateListModel.SHOWN), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert "Burendag" not in september()
    row = [k.title for k in dialog.model.key_dates].index("Burendag")
    assert dialog.model.data(dialog.model.index(row, KeyDateListModel.SHOWN),
                             Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked  # still listed
    select(dialog, "Week tegen Eenzaamheid")
    assert dialog.days_spin.value() == 7
    dialog.title_edit.setText("Week tegen Eenzaamheid (met koffie in het dorpshuis)")
    dialog.save_selected()
    assert "Week tegen Eenzaamheid (met koffie in het dorpshuis)" in september()
    dialog.set_check.setChecked(False)  # the whole set
    assert september() == [] and dialog.model.rowCount() == 0


@pytest.fixture(scope="module")
def rule_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return Store.open(Path(tmp_path_factory.mktemp("rules")) / "omroeper.sqlite")


rules = st.builds(
    lambda frequency, interval, weekdays, ending, nth, month: _rule(frequency, interval, weekdays, ending, nth, month),
    st.sampled_from(list(Frequency)), st.integers(1, 4), st.sets(st.integers(0, 6), max_size=3),
    st.sampled_from(["never", "until", "count"]), st.sampled_from([None, 1, 2, 3, 4, -1]), st.integers(1, 12))


def _rule(frequency: Frequency, interval: int, weekdays: set[int], ending: str, nth: int | None,
          month: int) -> Recurrence:
    until = date(2027, 6, 30) if ending == "until" else None
    count = 5 if ending == "count" else None
    if nth is not None and frequency in (Frequency.MONTHLY, Frequency.YEARLY):
        return Recurrence(frequency, interval, (min(weekdays or {3}),), until, count, nth,
                          month if frequency is Frequency.YEARLY else None)
    return Recurrence(frequency, interval, tuple(sorted(weekdays)), until, count)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rule=rules, day=st.dates(date(2024, 1, 1), date(2028, 12, 31)))
def test_any_rule_and_date_are_saved_back_unchanged(qtbot, rule_store: Store, rule: Recurrence,  # type: ignore[no-untyped-def]
                                                    day: date) -> None:
    key_date = rule_store.save(KeyDate(title="Regel", on_date=day, rrule=rule.to_text(), days=2))
    dialog = dialog_on(qtbot, rule_store)
    select(dialog, "Regel")
    dialog.save_selected()
    again = rule_store.get(KeyDate, key_date.id)
    assert again is not None and (again.on_date, again.rrule, again.days) == (day, rule.to_text(), 2)
    rule_store.mark_deleted(again)


@pytest.mark.usefixtures("english")
def test_the_last_friday_is_offered_from_any_friday_and_kept_apart_from_the_fourth(qtbot) -> None:  # type: ignore[no-untyped-def]
    fourth = RecurrenceDialog(date(2026, 11, 27))  # the fourth Friday of November, and its last
    second = RecurrenceDialog(date(2026, 11, 13))
    for dialog in (fourth, second):
        qtbot.addWidget(dialog)
        dialog.frequency.select_value(Frequency.MONTHLY)
    assert [fourth.monthly_mode.itemText(i) for i in range(fourth.monthly_mode.count())] == [
        "on day 27", "on the fourth Friday", "on the last Friday"]
    assert second.monthly_mode.itemText(2) == "on the last Friday"
    second.monthly_mode.select_value("last")
    assert second.recurrence() == Recurrence(Frequency.MONTHLY, weekdays=(4,), week_of_month=-1)
    fourth.monthly_mode.select_value("weekday")
    assert fourth.recurrence() == Recurrence(Frequency.MONTHLY, weekdays=(4,), week_of_month=4)
    last = Recurrence(Frequency.MONTHLY, weekdays=(4,), week_of_month=-1)
    reopened = RecurrenceDialog(date(2026, 11, 27), last)
    qtbot.addWidget(reopened)
    assert reopened.monthly_mode.currentText() == "on the last Friday" and reopened.recurrence() == last
    moved = RecurrenceDialog(date(2026, 11, 17), Recurrence(Frequency.MONTHLY, weekdays=(0,), week_of_month=2))
    qtbot.addWidget(moved)  # a Tuesday, with a rule of second Mondays: kept as it is
    assert moved.recurrence() == Recurrence(Frequency.MONTHLY, weekdays=(0,), week_of_month=2)


def test_what_was_typed_in_the_form_is_not_thrown_away_without_a_question(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The form is saved with Add or Save: choosing another key date or closing the dialog asks first when it
    holds changes; saving, ticking the built-in days or only looking asks nothing."""
    answers = answered(monkeypatch)
    dialog = shown_with_two(qtbot, store)
    select(dialog, "Kermis")
    select(dialog, "Weekmarkt")  # only looking: no question (answers is empty: a question would fail here)
    dialog.set_check.setChecked(True)  # saved at once
    dialog.set_check.setChecked(False)
    select(dialog, "Weekmarkt")
    qtbot.keyClicks(dialog.notes_edit, "op het Marktplein")
    answers.append(False)  # keep writing
    select(dialog, "Kermis")
    assert dialog.selected().title == "Weekmarkt"  # type: ignore[union-attr]
    assert dialog.notes_edit.text() == "op het Marktplein"
    answers.append(False)
    dialog.reject()
    assert dialog.isVisible()
    dialog.save_selected()
    assert stored(store, "Weekmarkt")[5] == "op het Marktplein"
    select(dialog, "Kermis")  # saved: no question
    dialog.reject()
    assert not dialog.isVisible() and answers == []


def test_ticking_a_box_in_the_list_keeps_what_is_typed_in_the_form(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    """A row's box (shown in the calendar or not) and the built-in days' box change the list at once; the form
    keeps the key date it shows and what is typed in it (the list was read again and the form with it)."""
    dialog = shown_with_two(qtbot, store)
    select(dialog, "Weekmarkt")
    qtbot.keyClicks(dialog.notes_edit, "op het Marktplein")
    untick(dialog, "Kermis")
    assert [k.enabled for k in store.find(KeyDate) if k.title == "Kermis"] == [False]  # saved at once
    assert dialog.selected().title == "Weekmarkt"  # type: ignore[union-attr]
    assert dialog.notes_edit.text() == "op het Marktplein"
    dialog.set_check.setChecked(True)
    assert dialog.selected().title == "Weekmarkt"  # type: ignore[union-attr]
    assert dialog.notes_edit.text() == "op het Marktplein"
    dialog.save_selected()
    assert stored(store, "Weekmarkt")[5] == "op het Marktplein"


def test_a_new_key_date_being_typed_is_not_saved_over_a_ticked_or_chosen_row(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """With no row chosen, the form is a new key date: ticking a row's box keeps the form new (Save stays off; it
    was enabled for the ticked row, and Save renamed that row to the new title), and choosing a row asks first."""
    answers = answered(monkeypatch)
    dialog = shown_with_two(qtbot, store)
    assert dialog.selected() is None
    qtbot.keyClicks(dialog.title_edit, "Nieuwe dag")
    untick(dialog, "Kermis")
    assert dialog.selected() is None and not dialog.save_button.isEnabled()
    assert dialog.title_edit.text() == "Nieuwe dag"
    answers.append(False)  # keep writing
    select(dialog, "Weekmarkt")
    assert dialog.title_edit.text() == "Nieuwe dag" and answers == []
    dialog.add()
    assert sorted(key_date.title for key_date in store.find(KeyDate)) == ["Kermis", "Nieuwe dag", "Weekmarkt"]


@pytest.mark.usefixtures("dutch")
def test_a_built_in_day_being_edited_comes_back_with_its_typing_when_the_built_in_days_do(  # type: ignore[no-untyped-def]
        qtbot, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Hiding the built-in days takes Burendag out of the list while its notes are being typed: the form keeps
    them, and showing the days again chooses Burendag again, so Save writes them there. No question is asked."""
    import ui.typed_work as typed_work

    monkeypatch.setattr(typed_work, "ask", lambda parent, title, text: pytest.fail(f"asked: {text}"))
    save_municipality(store, Municipality("Oosterzande", Country.NL, "Europe/Amsterdam"))
    dialog = KeyDatesDialog(store, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    select(dialog, "Burendag")
    qtbot.keyClicks(dialog.notes_edit, "koffie in het dorpshuis")
    dialog.set_check.setChecked(False)  # Burendag leaves the list; the form keeps what is typed
    assert dialog.selected() is None and dialog.notes_edit.text() == "koffie in het dorpshuis"
    dialog.set_check.setChecked(True)
    assert dialog.selected().title == "Burendag"  # type: ignore[union-attr]
    assert dialog.notes_edit.text() == "koffie in het dorpshuis" and dialog.save_button.isEnabled()
    dialog.save_selected()
    assert [k.notes for k in store.find(KeyDate) if k.title == "Burendag"] == ["koffie in het dorpshuis"]
