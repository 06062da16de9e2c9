"""Out-of-office posts for an absence: one at its start ("replies are slower until ...; urgent: call ...") and one
on the first working day back, on every channel, as drafts the officer reads and schedules.

They are drafts on purpose: the officer reviews the words before anything is scheduled. The absence remembers
its two posts and the period they were written for, so asking again opens them instead of writing a second pair.
Each absence's notices are its own: the coverage check of an absence lists only its own (`notices_of_others`),
and when an absence's dates changed, or an absence was deleted, while its pair is still an untouched pair of drafts,
asking again for out-of-office posts replaces that pair (the old drafts are deleted: they never went out). A
notice already set to scheduled, or edited, stays as the officer left it.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from models.channel import ChannelAccount
from models.planning import Absence
from models.post import Post, PostStatus, Variant
from services.errors import KnownError, translate
from services.holiday_calendar import holidays_between
from services.post_editing import delete_post, save_post
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


_PREFIX = "out_of_office."


def _key(absence: Absence) -> str:
    return f"{_PREFIX}{absence.id}"


def _recorded(value: object) -> tuple[list[str], list[str]]:
    """A stored record of notices: (post ids, [first day, last day] they were written for). Earlier versions kept
    only the ids; those count as written for the absence's dates as they are."""
    if isinstance(value, list):
        return [str(item) for item in value], []
    if isinstance(value, dict):
        posts, period = value.get("posts"), value.get("period")
        return ([str(item) for item in posts] if isinstance(posts, list) else [],
                [str(item) for item in period] if isinstance(period, list) else [])
    return [], []


def _period(absence: Absence) -> list[str]:
    return [absence.starts_on.isoformat(), absence.ends_on.isoformat()]


def _untouched_drafts(posts: list[Post]) -> bool:
    """Drafts as they were written: never scheduled, never edited since."""
    return all(post.status is PostStatus.DRAFT and post.updated_at == post.created_at for post in posts)


def existing_notices(store: Store, absence: Absence) -> list[Post]:
    """The absence's notices; none when they were written for other dates and are still untouched drafts (asking
    again then writes them for the dates as they are now)."""
    ids, period = _recorded(store.get_setting(_key(absence)))
    posts = [post for post in (store.get(Post, post_id) for post_id in ids) if post is not None]
    if posts and period and period != _period(absence) and _untouched_drafts(posts):
        return []
    return posts


def notices_of_others(store: Store, absence: Absence) -> set[str]:
    """The ids of the out-of-office posts written for any other absence (a deleted one too): not this absence's
    to finish or hand over."""
    found: set[str] = set()
    for key, value in store.query_tuples("SELECT key, value FROM settings WHERE key LIKE ? AND deleted_at IS NULL",
                                         [_PREFIX + "%"]):
        if key == PHONE_SETTING or key == _key(absence):
            continue
        try:
            found.update(_recorded(json.loads(value))[0])
        except (TypeError, ValueError):
            continue  # not JSON: the store notes it where the setting is read
    return found


def _outdated_drafts(store: Store, absence: Absence) -> list[Post]:
    """Untouched draft notices that no longer fit: this absence's pair for earlier dates, and the pairs of deleted
    absences."""
    outdated: list[Post] = []
    for key, value in store.query_tuples("SELECT key, value FROM settings WHERE key LIKE ? AND deleted_at IS NULL",
                                         [_PREFIX + "%"]):
        if key == PHONE_SETTING:
            continue
        try:
            ids, period = _recorded(json.loads(value))
        except (TypeError, ValueError):
            continue
        owner = store.get(Absence, key[len(_PREFIX):])
        if key == _key(absence):
            if not period or period == _period(absence):
                continue
        elif owner is not None:
            continue  # another absence's notices are its own
        posts = [post for post in (store.get(Post, post_id) for post_id in ids) if post is not None]
        if posts and _untouched_drafts(posts):
            outdated.extend(posts)
    return outdated


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
        for outdated in _outdated_drafts(store, absence):
            delete_post(store, outdated.id)
        for title, body, day in ((texts[0], texts[1].format(date=until, phone=phone.strip()), absence.starts_on),
                                 (texts[2], texts[3], back_on)):
            post = Post(title=title, body=body, status=PostStatus.DRAFT, language=language, time_zone=str(zone),
                        scheduled_at=datetime.combine(day, NOTICE_HOUR, zone), tags=["afwezigheid"])
            posts.append(save_post(store, post, [Variant(post_id=post.id, channel_id=c.id) for c in channels]))
        store.set_setting(_key(absence), {"posts": [post.id for post in posts], "period": _period(absence)})
        store.set_setting(PHONE_SETTING, phone.strip())
    return posts
