"""The coverage check for an absence: what could go wrong while the officer is away, each finding with the action
that puts it right.

- a week that falls short of the municipality's posting rhythm (add a post on its first empty working day; public
  holidays are no working days);
- a post that needs this laptop on during the absence, because its network keeps no schedule of its own or its
  time lies beyond how far ahead that network accepts posts, counted from the absence's first day (hand it over
  or move it);
- a token that expires before the return (renew it);
- a post still an idea or a draft in the period (finish it);
- a stand-in without a signature (add one).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from zoneinfo import ZoneInfo

from models.channel import NATIVE_WINDOW, ChannelAccount, Network
from models.planning import Absence
from models.post import DeliveryState, PostStatus
from models.rhythm import week_start
from models.staff import Signature, StaffMember
from services.calendar_page import load_page
from services.errors import translate
from services.out_of_office import notices_of_others
from services.preferences import load_municipality
from services.store import Clock, Store


class Action(StrEnum):
    ADD_POST = "add_post"  # target: the day
    HAND_OVER_OR_MOVE = "hand_over_or_move"  # target: the post
    RENEW_TOKEN = "renew_token"  # target: the channel
    FINISH_POST = "finish_post"  # target: the post
    ADD_SIGNATURE = "add_signature"  # target: the staff member


@dataclass(frozen=True)
class Finding:
    action: Action
    text: str
    day: date | None = None  # the day it concerns (for a token: the day it expires)
    post_id: str = ""
    channel_id: str = ""
    staff_id: str = ""


def check_coverage_at(store_path: Path, absence: Absence, today: date, clock: Clock) -> list[Finding]:
    """The check on its own connection to the data file: for a background thread (it reads a whole absence's
    calendar, longer than a frame)."""
    store = Store.open(store_path, clock, create=False)
    try:
        return check_coverage(store, absence, today)
    finally:
        store.close()


def check_coverage(store: Store, absence: Absence, today: date) -> list[Finding]:
    municipality = load_municipality(store)
    zone = ZoneInfo(municipality.time_zone)
    start = max(absence.starts_on, today)
    if start > absence.ends_on:
        return []
    page = load_page(store, start, absence.ends_on, municipality=municipality, today=today, ui_language="en")
    findings: list[Finding] = []
    weeks_seen: set[date] = set()
    for day in sorted(page.gaps):  # one finding a short week, on its first day without a post
        if week_start(day) in weeks_seen:
            continue
        weeks_seen.add(week_start(day))
        shortfall = page.gaps[day]
        planned = shortfall.planned
        text = translate("Coverage", "this week has %n of the {target} posts of your rhythm", "", planned)
        findings.append(Finding(Action.ADD_POST, text.format(target=shortfall.target), day=day))
    leaving = datetime.combine(absence.starts_on, time(), zone)
    others = notices_of_others(store, absence)  # another absence's out-of-office drafts are not this one's to finish
    for day in sorted(page.posts):
        for post in page.posts[day]:
            label = f"{page.clock_text(post)} {post.label}"
            if post.status in (PostStatus.IDEA, PostStatus.DRAFT) and post.id not in others:
                findings.append(Finding(Action.FINISH_POST, translate(
                    "Coverage", "{post}: still an idea or a draft").format(post=label), day=day, post_id=post.id))
            if post.status is not PostStatus.SCHEDULED or post.paused or post.scheduled_at is None:
                continue
            for channel_state in post.channels:
                channel = page.channels.get(channel_state.channel_id)
                if channel is None or channel_state.state in (DeliveryState.PUBLISHED, DeliveryState.SCHEDULED_REMOTE):
                    continue
                if channel.network is Network.MANUAL:
                    continue  # a reminder for whoever posts by hand: the handover note lists it
                window = NATIVE_WINDOW.get(channel.network)
                if window is None or post.scheduled_at - leaving > window[1]:
                    findings.append(Finding(Action.HAND_OVER_OR_MOVE, translate(
                        "Coverage", "{post}: {channel} only gets it when this laptop is on").format(
                        post=label, channel=channel.name), day=day, post_id=post.id, channel_id=channel.id))
    back = datetime.combine(absence.ends_on + timedelta(days=1), time(), zone)
    for channel in store.find(ChannelAccount, order_by="name"):
        if channel.token_expires_at is not None and channel.token_expires_at < back:
            findings.append(Finding(Action.RENEW_TOKEN, translate(
                "Coverage", "{channel}: the token expires before the return").format(channel=channel.name),
                day=channel.token_expires_at.astimezone(zone).date(), channel_id=channel.id))
    if absence.standin_id:
        stand_in = store.get(StaffMember, absence.standin_id)
        if stand_in is not None and not store.find(Signature, "staff_id = ?", [stand_in.id]):
            findings.append(Finding(Action.ADD_SIGNATURE, translate(
                "Coverage", "{name} stands in but has no signature for replies").format(name=stand_in.name),
                staff_id=stand_in.id))
    return findings
