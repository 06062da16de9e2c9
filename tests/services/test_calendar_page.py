from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from models.channel import ChannelAccount, Network
from models.planning import KeyDate, KeyDateKind
from models.post import Post, PostStatus, Variant
from models.rhythm import Shortfall
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
    store.save(ChannelAccount(network=Network.BLUESKY, name="Bluesky"))  # no post of its own: the target is in all
    store.save(KeyDate(title="Weekmarkt", kind=KeyDateKind.MARKET, on_date=date(2026, 4, 4), rrule="FREQ=WEEKLY"))
    for day in (7, 8, 10):  # three posts in the week of Easter Monday (6 April), all on Facebook
        post = Post(title=f"Bericht {day}", status=PostStatus.DRAFT,
                    scheduled_at=datetime(2026, 4, day, 9, tzinfo=AMS))
        save_post(store, post, [Variant(post_id=post.id, channel_id=facebook.id)])
    page = load_page(store, date(2026, 3, 30), date(2026, 4, 19), municipality=OOSTERZANDE,
                     today=date(2026, 4, 1), ui_language="en", rhythm=Rhythm(per_week=3))
    assert [kd.title for kd in page.key_dates[date(2026, 4, 11)]] == ["Weekmarkt"]
    assert date(2026, 3, 31) not in page.gaps  # before today: history, not a gap
    assert page.gaps[date(2026, 4, 1)] == Shortfall(planned=0, target=3)  # the week of 30 March: empty
    assert date(2026, 4, 3) in page.holidays and date(2026, 4, 3) not in page.gaps  # Good Friday: no gap
    assert not any(date(2026, 4, 6) <= day <= date(2026, 4, 12) for day in page.gaps)  # target met in all
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


def test_the_gaps_read_from_the_page_match_those_read_whole(store: Store) -> None:
    """The page's own days take their planned posts from the posts the page read; only the edge weeks outside it
    are read again. The gaps come out as when the whole range is read, and a filter changes what is shown, not the
    rhythm's gaps."""
    from models.rhythm import gap_days, week_start
    from services.calendar_queries import CalendarFilter, planned_post_days
    from services.holiday_calendar import holidays_between

    facebook = store.save(ChannelAccount(network=Network.FACEBOOK, name="Facebook"))
    bluesky = store.save(ChannelAccount(network=Network.BLUESKY, name="Bluesky"))
    plans = [  # (day in 2026, channels, status): ideas, failed posts and posts without a channel do not count
        (date(2026, 4, 27), [facebook], PostStatus.DRAFT), (date(2026, 4, 28), [facebook, bluesky], PostStatus.READY),
        (date(2026, 4, 29), [bluesky], PostStatus.IDEA), (date(2026, 4, 30), [facebook], PostStatus.FAILED),
        (date(2026, 5, 1), [bluesky], PostStatus.SCHEDULED),  # after the page, in its last week
        (date(2026, 5, 2), [facebook], PostStatus.PUBLISHED), (date(2026, 4, 13), [bluesky], PostStatus.DRAFT),
        (date(2026, 4, 15), [bluesky], PostStatus.IDEA), (date(2026, 4, 16), [], PostStatus.DRAFT),
    ]
    for day, channels, status in plans:
        post = Post(title=f"{day} {status}", body="Oud papier", status=status, campaign="Afval" if day.day % 2 else "",
                    scheduled_at=datetime(day.year, day.month, day.day, 10, tzinfo=AMS))
        save_post(store, post, [Variant(post_id=post.id, channel_id=c.id) for c in channels])
    first, last, today = date(2026, 4, 1), date(2026, 4, 30), date(2026, 4, 8)
    after = week_start(last) + timedelta(days=7)
    planned = planned_post_days(store, datetime(2026, 4, 6, tzinfo=AMS),
                                datetime.combine(after, datetime.min.time(), AMS), AMS)
    closed = holidays_between(Country.NL, "", date(2026, 4, 6), after, "en")
    whole = gap_days(planned, today, last, per_week=4, closed=closed)
    for only in (CalendarFilter(), CalendarFilter(channel_ids=frozenset({facebook.id})),
                 CalendarFilter(campaign="Afval")):
        page = load_page(store, first, last, municipality=OOSTERZANDE, today=today, ui_language="en",
                         rhythm=Rhythm(per_week=4), only=only)
        assert page.gaps == whole
    # The week of 27 April holds four posts (27 and 28 April, 1 and 2 May, the last a Saturday) and Koningsdag
    # lowers its target to four (of five working days, four are open): met.
    assert not any(date(2026, 4, 27) <= day <= date(2026, 4, 30) for day in whole)
    assert date(2026, 4, 21) in whole  # the week of 20 April holds none
    assert whole[date(2026, 4, 15)] == Shortfall(1, 4)  # an idea is no post, nor is a draft without a channel
