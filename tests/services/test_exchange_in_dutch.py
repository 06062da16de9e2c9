"""CSV and iCalendar as a Dutch or Flemish officer meets them: a file saved by Dutch Excel is read as it is, and
what Omroeper writes opens in Dutch Excel in columns, with the words the interface uses."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from models.channel import ChannelAccount, Network
from models.post import Post, PostStatus, Variant
from services.csv_exchange import apply_import, export_csv, read_csv
from services.ics_export import build_ics
from services.post_editing import save_post
from services.store import STORE_FILE_NAME, Store

AMS = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def channels(store: Store) -> Store:
    store.save(ChannelAccount(network=Network.FACEBOOK, name="Facebook"))
    store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
    return store


def dutch_excel(path: Path, *rows: str) -> Path:
    """As Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)": ";" and Windows-1252."""
    header = "titel;datum;tijd;kanalen;tekst;tags;status;campagne"
    path.write_bytes(("\r\n".join([header, *rows]) + "\r\n").encode("cp1252"))
    return path


def test_a_file_from_dutch_excel_with_dutch_words_and_dates_is_read(channels: Store, tmp_path: Path) -> None:
    path = dutch_excel(tmp_path / "planning.csv",
                       "Kerstmarkt;24-12-2026;9:30;Facebook;Op het Marktplein, gratis;markt;concept;Evenementen",
                       "Oliebollen;31-12-26;14.00;WhatsApp;Bij de kerk;;Idee;",
                       "Nieuwjaar;1/1/2027;10u30;Facebook;Gelukkig nieuwjaar!;;ingepland;",
                       "Afval;5.1.2027;;Facebook;Nieuwe ophaaldagen;afval;klaar;")
    report = read_csv(channels, path)
    assert report.errors == []
    assert [(row.post.title, row.post.scheduled_at, row.post.status) for row in report.valid] == [
        ("Kerstmarkt", datetime(2026, 12, 24, 9, 30, tzinfo=AMS), PostStatus.DRAFT),
        ("Oliebollen", datetime(2026, 12, 31, 14, 0, tzinfo=AMS), PostStatus.IDEA),
        ("Nieuwjaar", datetime(2027, 1, 1, 10, 30, tzinfo=AMS), PostStatus.SCHEDULED),
        ("Afval", datetime(2027, 1, 5, 9, 0, tzinfo=AMS), PostStatus.READY),  # no time: 09:00
    ]
    assert report.valid[0].post.campaign == "Evenementen" and report.valid[0].post.tags == ["markt"]
    assert apply_import(channels, report) == 4


@pytest.mark.parametrize(("day", "at", "expected"), [
    ("24-12-2026", "9:30", datetime(2026, 12, 24, 9, 30)),
    ("24-12-26", "09:30", datetime(2026, 12, 24, 9, 30)),
    ("24/12/2026", "9.30", datetime(2026, 12, 24, 9, 30)),
    ("24.12.2026", "9:30:00", datetime(2026, 12, 24, 9, 30)),
    ("2026-12-24", "9.30 uur", datetime(2026, 12, 24, 9, 30)),
    ("24-12-2026", "9u30", datetime(2026, 12, 24, 9, 30)),
    ("24-12-2026", "9 uur", datetime(2026, 12, 24, 9, 0)),
    ("24-12-2026", "9:30 PM", datetime(2026, 12, 24, 21, 30)),
    ("24-12-2026", "12:15 a.m.", datetime(2026, 12, 24, 0, 15)),
])
def test_dates_day_first_and_times_as_people_type_them(channels: Store, tmp_path: Path, day: str, at: str,
                                                       expected: datetime) -> None:
    report = read_csv(channels, dutch_excel(tmp_path / "tijden.csv", f"Markt;{day};{at};Facebook;tekst;;idee;"))
    assert report.errors == []
    assert report.valid[0].post.scheduled_at == expected.replace(tzinfo=AMS)


@pytest.mark.parametrize(("day", "at"), [("24-13-2026", "9:30"), ("31-4-2026", "9:30"), ("24-12-2026", "9"),
                                         ("24-12-2026", "25:00"), ("24-12-2026", "9:75"), ("24-12/2026", "9:30"),
                                         ("24-12-2026", "13:00 PM"), ("12/24/2026", "9:30")])
def test_a_date_or_time_that_is_none_is_refused_by_its_line(channels: Store, tmp_path: Path, day: str,
                                                            at: str) -> None:
    report = read_csv(channels, dutch_excel(tmp_path / "fout.csv", f"Markt;{day};{at};Facebook;tekst;;idee;"))
    assert report.valid == []
    [(line, reason)] = report.errors
    if day == "24-12-2026":  # the time is wrong: it is named, and the date is not blamed
        assert line == 2 and f"(found “{at}”)" in reason and "9:30" in reason and "date" not in reason
    else:
        assert line == 2 and "24-12-2026" in reason and day in reason


def test_a_wrong_status_names_the_statuses_in_the_interfaces_words(channels: Store, tmp_path: Path,
                                                                  dutch: None) -> None:
    report = read_csv(channels, dutch_excel(tmp_path / "status.csv", "Markt;24-12-2026;9:30;Facebook;x;;gepost;"))
    [(_line, reason)] = report.errors
    assert reason == "status “gepost” is niet een van idee, concept, klaar, ingepland"


def planned(store: Store) -> None:
    facebook, whatsapp = store.find(ChannelAccount, order_by="name")
    for title, status, chosen, day in (("Kerstmarkt", PostStatus.SCHEDULED, [facebook, whatsapp], 24),
                                       ("Oliebollen", PostStatus.IDEA, [whatsapp], 31)):
        post = Post(title=title, body=f"Over de {title.lower()}; één tekst", status=status, tags=["dorp"],
                    scheduled_at=datetime(2026, 12, day, 9, 30, tzinfo=AMS))
        save_post(store, post, [Variant(post_id=post.id, channel_id=c.id) for c in chosen])


def test_in_a_dutch_interface_the_export_is_what_dutch_excel_opens_in_columns(channels: Store, tmp_path: Path,
                                                                              dutch: None) -> None:
    planned(channels)
    path = tmp_path / "planning.csv"
    assert export_csv(channels, path) == 2
    lines = path.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[0] == "titel;datum;tijd;kanalen;tekst;tags;status;campagne;tekst:Facebook;tekst:WhatsApp"
    assert lines[1] == "Kerstmarkt;2026-12-24;09:30;\"Facebook;WhatsApp\";\"Over de kerstmarkt; één tekst\";dorp;" \
                       "ingepland;;;"
    assert lines[2] == "Oliebollen;2026-12-31;09:30;WhatsApp;\"Over de oliebollen; één tekst\";dorp;idee;;;"
    fresh = Store.open(tmp_path / "fresh" / STORE_FILE_NAME)  # read back where the interface is English
    fresh.save(ChannelAccount(network=Network.FACEBOOK, name="Facebook"))
    fresh.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
    report = read_csv(fresh, path)
    assert report.errors == []
    assert [(row.post.title, row.post.status, len(row.channel_ids)) for row in report.valid] == [
        ("Kerstmarkt", PostStatus.SCHEDULED, 2), ("Oliebollen", PostStatus.IDEA, 1)]
    assert report.valid[0].post.body == "Over de kerstmarkt; één tekst"
    fresh.close()


def test_in_an_english_interface_the_export_is_the_standard_comma_file(channels: Store, tmp_path: Path) -> None:
    planned(channels)
    path = tmp_path / "planning.csv"
    export_csv(channels, path)
    lines = path.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[0] == "title,date,time,channels,text,tags,status,campaign,text:Facebook,text:WhatsApp"
    assert ",scheduled," in lines[1]


def test_the_icalendar_description_names_the_status_in_the_interfaces_words(channels: Store, dutch: None) -> None:
    planned(channels)
    events = icalendar.Calendar.from_ical(build_ics(channels)).walk("VEVENT")
    posts = [event for event in events if str(event["uid"]).startswith("post-")]  # the world days come along too
    descriptions = sorted(str(event["description"]) for event in posts)
    assert descriptions[0].startswith("Kanalen: Facebook, WhatsApp\nStatus: Ingepland\n")
    assert descriptions[1].startswith("Kanalen: WhatsApp\nStatus: Idee\n")
