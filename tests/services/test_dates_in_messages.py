"""Every date and time in a message is written as the interface's language writes it, on the municipality's
clock where there is one: never 2026-07-01, never the laptop's own time zone by accident."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from models.common import to_utc_text
from models.planning import Absence
from models.staff import StaffMember
from services.absences import save_absence
from services.backup import check_not_lost, take_backup
from services.errors import KnownError, MissingStoreError
from services.handover_check import check_clock
from services.i18n import date_text, moment_text, number_text, short_moment_text
from services.store import Store


@pytest.fixture
def laptop_in_tokyo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A laptop whose clock is set to another zone than the municipality's."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_an_instant_is_written_in_words_on_the_municipalitys_clock(laptop_in_tokyo: None) -> None:
    moment = datetime(2026, 12, 24, 9, 30, tzinfo=UTC)
    assert moment_text(moment, "Europe/Amsterdam") == "24 December 2026 at 10:30"
    assert short_moment_text(moment, "Europe/Brussels") == "24 Dec 2026 10:30"
    assert date_text(date(2026, 12, 24), weekday=True) == "Thursday 24 December 2026"


def test_in_dutch_dates_and_numbers_read_as_dutch(dutch: None) -> None:
    moment = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    assert moment_text(moment, "Europe/Amsterdam") == "2 maart 2026 om 09:00"
    assert date_text(date(2026, 12, 24), weekday=True) == "donderdag 24 december 2026"
    assert number_text(63206) == "63.206"


def test_an_overlapping_absence_names_the_other_one_in_words(store: Store, dutch: None) -> None:
    sanne = store.save(StaffMember(name="Sanne"))
    save_absence(store, Absence(staff_id=sanne.id, starts_on=date(2026, 7, 1), ends_on=date(2026, 7, 14)))
    with pytest.raises(KnownError) as refused:
        save_absence(store, Absence(staff_id=sanne.id, starts_on=date(2026, 7, 10), ends_on=date(2026, 7, 20)))
    assert "(1 juli 2026 tot en met 14 juli 2026)" in refused.value.message


def test_a_missing_data_file_names_its_backup_by_date_and_time(store: Store, tmp_path: Path) -> None:
    store.save(StaffMember(name="Sanne"))
    take_backup(store.conn, tmp_path / "backups", "daily", datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    with pytest.raises(MissingStoreError) as missing:
        check_not_lost(tmp_path / "gone.sqlite", tmp_path / "backups")
    assert "(the newest, from 2 March 2026 at " in missing.value.message and "2026-03-02" not in missing.value.message


def test_a_file_from_a_clock_ahead_says_when_in_words() -> None:
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    message = check_clock("overdracht.omroeper", to_utc_text(now + timedelta(days=3)), now)
    assert message is not None and "made on 5 March 2026 at " in message and "UTC" not in message

