"""Out-of-office posts for an absence: one at its start ("replies are slower until ...; urgent: call ...") and one
on the first working day back, on every channel, as drafts the officer reads and schedules.

They are drafts on purpose: the officer reviews the words before anything is scheduled. The absence remembers
its two posts, so asking again opens them instead of writing a second pair.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from models.channel import ChannelAccount
from models.planning import Absence
from models.post import Post, PostStatus, Variant
from services.errors import KnownError, translate
from services.holiday_calendar import holidays_between
from services.post_editing import save_post
from services.preferences import load_municipality
from services.store import Store

NOTICE_HOUR = time(9, 0)
PHONE_SETTING = "out_of_office.phone"

_MONTHS = {"nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                  "oktober", "november", "december"),
           "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December")}

# The words residents read, in the municipality's language (not the interface's): Dutch for NL and Flanders.
TEXTS = {
    "nl": ("Even minder snel", "Tot en met {date} reageren we wat minder snel op berichten en reacties. We lezen "
           "alles en je krijgt antwoord, alleen kan het iets langer duren. Is het dringend? Bel {phone}.",
           "Weer op volle sterkte", "We zijn er weer helemaal: je berichten en reacties beantwoorden we weer zo "
           "snel als je van ons gewend bent. Dank voor je geduld!"),
    "en": ("Replies a little slower", "Until {date} we answer messages and comments a little more slowly. We read "
           "everything and you will get an answer; it may just take longer. Urgent? Call {phone}.",
           "Back at full strength", "We are fully back: we answer your messages and comments as quickly as you are "
           "used to again. Thank you for your patience!"),
}


def _key(absence: Absence) -> str:
    return f"out_of_office.{absence.id}"


def existing_notices(store: Store, absence: Absence) -> list[Post]:
    ids = store.get_setting(_key(absence)) or []
    return [post for post in (store.get(Post, post_id) for post_id in ids) if post is not None]


def _first_working_day_after(store: Store, day: date) -> date:
    municipality = load_municipality(store)
    closed = holidays_between(municipality.country, municipality.region, day, day + timedelta(days=14), "en")
    day += timedelta(days=1)
    while day.weekday() >= 5 or day in closed:
        day += timedelta(days=1)
    return day


def draft_notices(store: Store, absence: Absence, phone: str, language: str = "nl") -> list[Post]:
    """The two draft posts (away, back) on every channel; the existing pair when they were drafted before."""
    found = existing_notices(store, absence)
    if found:
        return found
    if not phone.strip():
        raise KnownError(translate("OutOfOffice", "Give the phone number residents can call for urgent matters."))
    texts = TEXTS.get(language, TEXTS["nl"])
    zone = ZoneInfo(load_municipality(store).time_zone)
    until = f"{absence.ends_on.day} {_MONTHS.get(language, _MONTHS['nl'])[absence.ends_on.month - 1]}"
    channels = store.find(ChannelAccount, order_by="name")
    back_on = _first_working_day_after(store, absence.ends_on)
    posts = []
    with store.transaction():
        for title, body, day in ((texts[0], texts[1].format(date=until, phone=phone.strip()), absence.starts_on),
                                 (texts[2], texts[3], back_on)):
            post = Post(title=title, body=body, status=PostStatus.DRAFT, language=language, time_zone=str(zone),
                        scheduled_at=datetime.combine(day, NOTICE_HOUR, zone), tags=["afwezigheid"])
            posts.append(save_post(store, post, [Variant(post_id=post.id, channel_id=c.id) for c in channels]))
        store.set_setting(_key(absence), [post.id for post in posts])
        store.set_setting(PHONE_SETTING, phone.strip())
    return posts
