from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from models.channel import ChannelAccount, Network
from models.planning import KeyDate, KeyDateKind
from models.post import Post, PostStatus, Variant
from models.settings import Country, Municipality
from services.calendar_page import Rhythm, load_page
from services.post_editing import save_post
from services.store import Store

AMS = ZoneInfo("Europe/Amsterdam")
OOSTERZANDE = Municipality("Oosterzande", Country.NL, "Europe/Amsterdam")


def test_a_post_late_in_the_evening_stands_on_its_local_day(store: Store) -> None:
    post = Post(title="Nachtelijke werkzaamheden", status=PostStatus.DRAFT,
                scheduled_at=datetime(2026, 4, 30, 23, 30, tzinfo=AMS))  # 21:30 UTC, still 30 April here
    save_post(store, post, [])
    page = load_page(store, date(2026, 4, 1), date(2026, 4, 30), municipality=OOSTERZANDE, today=date(2026, 4, 1),
                     ui_language="nl")
    assert [p.title for p in page.posts[date(2026, 4, 30)]] == ["Nachtelijke werkzaamheden"]
    assert page.holidays[date(2026, 4, 27)] == "Koningsdag"


def test_the_page_holds_key_dates_and_gaps_from_today_on(store: Store) -> None:
    facebook = store.save(ChannelAccount(network=Network.FACEBOOK, name="Facebook"))
    store.save(KeyDate(title="Weekmarkt", kind=KeyDateKind.MARKET, on_date=date(2026, 4, 4), rrule="FREQ=WEEKLY"))
    for day in (6, 8, 10):  # a full week for Facebook: Mon, Wed, Fri
        post = Post(title=f"Bericht {day}", status=PostStatus.DRAFT,
                    scheduled_at=datetime(2026, 4, day, 9, tzinfo=AMS))
        save_post(store, post, [Variant(post_id=post.id, channel_id=facebook.id)])
    page = load_page(store, date(2026, 4, 1), date(2026, 4, 19), municipality=OOSTERZANDE,
                     today=date(2026, 4, 3), ui_language="en", rhythm=Rhythm(per_week=3))
    assert [kd.title for kd in page.key_dates[date(2026, 4, 11)]] == ["Weekmarkt"]
    assert date(2026, 4, 2) not in page.gaps  # before today: history, not a gap
    assert [c.name for c in page.gaps[date(2026, 4, 3)]] == ["Facebook"]  # the week of 30 March: empty
    assert not any(date(2026, 4, 6) <= day <= date(2026, 4, 12) for day in page.gaps)  # target met
    assert date(2026, 4, 13) in page.gaps and date(2026, 4, 18) not in page.gaps  # weekends do not count


def test_local_day_and_time_come_right_on_both_clock_change_nights(store: Store) -> None:
    from datetime import UTC

    moments = [datetime(2026, 3, 29, 0, 30, tzinfo=UTC), datetime(2026, 3, 29, 1, 30, tzinfo=UTC),
               datetime(2026, 10, 25, 0, 30, tzinfo=UTC), datetime(2026, 10, 25, 1, 30, tzinfo=UTC),
               datetime(2026, 10, 25, 22, 59, tzinfo=UTC), datetime(2026, 10, 25, 23, 1, tzinfo=UTC)]
    for moment in moments:
        save_post(store, Post(title=moment.isoformat(), status=PostStatus.DRAFT, scheduled_at=moment), [])
    for month in (3, 10):
        first = date(2026, month, 1)
        last = date(2026, month + 1, 1) - timedelta(days=1)
        page = load_page(store, first, last, municipality=OOSTERZANDE, today=first, ui_language="en")
        for day, posts in page.posts.items():
            for post in posts:
                expected = post.scheduled_at.astimezone(AMS)  # type: ignore[union-attr]
                assert (day, page.clock_text(post)) == (expected.date(), expected.strftime("%H:%M"))
    october = load_page(store, date(2026, 10, 1), date(2026, 10, 31), municipality=OOSTERZANDE,
                        today=date(2026, 10, 1), ui_language="en")
    assert [page_post.local_time for page_post in october.posts[date(2026, 10, 25)]] == ["02:30", "02:30", "23:59"]
    assert [page_post.local_time for page_post in october.posts[date(2026, 10, 26)]] == ["00:01"]  # 23:01 UTC


def test_the_page_says_who_is_away_on_each_day(store: Store) -> None:
    from models.planning import Absence
    from models.staff import StaffMember
    from services.calendar_page import load_page
    from services.preferences import load_municipality

    sanne = store.save(StaffMember(name="Sanne de Vries", is_self=True))
    joris = store.save(StaffMember(name="Joris Bakker"))
    store.save(Absence(staff_id=sanne.id, standin_id=joris.id, starts_on=date(2026, 3, 30), ends_on=date(2026, 4, 2)))
    page = load_page(store, date(2026, 4, 1), date(2026, 4, 30), municipality=load_municipality(store),
                     today=date(2026, 3, 1), ui_language="en")
    assert page.absences == {date(2026, 4, 1): ["Sanne away (Joris stands in)"],
                             date(2026, 4, 2): ["Sanne away (Joris stands in)"]}
