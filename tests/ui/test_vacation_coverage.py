"""The Vacation tab's coverage check as the officer reads it: the municipality's rhythm (not one per channel), no
holiday taken for a gap, and only this absence's out-of-office drafts."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from models.channel import ChannelAccount, Network
from models.planning import Absence
from models.post import Post, PostStatus, Variant
from models.staff import Signature, StaffMember
from services.calendar_page import Rhythm, save_rhythm
from services.post_editing import save_post
from services.store import Store

AMS = ZoneInfo("Europe/Amsterdam")


def findings_shown(qtbot, tab) -> list[str]:  # type: ignore[no-untyped-def]
    """The findings' lines, once the check (which runs off the window's thread) has come back."""
    qtbot.waitUntil(lambda: "checking" not in tab.coverage_title.text())
    return [tab.findings.data(tab.findings.index(row)) for row in range(tab.findings.rowCount())]


@pytest.mark.usefixtures("english")
def test_a_well_planned_absence_has_nothing_about_the_rhythm(make_window, qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    sanne = store.save(StaffMember(name="Sanne", is_self=True))
    joris = store.save(StaffMember(name="Joris"))
    store.save(Signature(staff_id=joris.id, language="nl", text="Groet, Joris"))
    save_rhythm(store, Rhythm(per_week=3))
    channels = [store.save(ChannelAccount(network=network, name=network.value, has_secret=True))
                for network in (Network.FACEBOOK, Network.MASTODON, Network.MANUAL, Network.FACEBOOK)]
    # Two weeks, three posts each, most on one or two of the four channels (Facebook and Mastodon hold them).
    for day, picked in ((13, [0, 1]), (15, [0]), (17, [1]), (20, [0, 1, 3]), (22, [3]), (24, [0])):
        post = Post(title=f"Post {day}", body="…", status=PostStatus.SCHEDULED,
                    scheduled_at=datetime(2026, 7, day, 10, tzinfo=AMS))
        save_post(store, post, [Variant(post_id=post.id, channel_id=channels[n].id) for n in picked])
    store.save(Absence(staff_id=sanne.id, standin_id=joris.id, starts_on=date(2026, 7, 13), ends_on=date(2026, 7, 24)))
    window = make_window()
    window.tabs.setCurrentIndex(3)
    tab = window.tab_page(3)
    shown = findings_shown(qtbot, tab)
    assert not any("rhythm" in line for line in shown), shown


@pytest.mark.usefixtures("english")
def test_a_short_week_is_one_line_with_its_count(make_window, qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    sanne = store.save(StaffMember(name="Sanne", is_self=True))
    save_rhythm(store, Rhythm(per_week=3))
    for network in (Network.FACEBOOK, Network.MASTODON, Network.BLUESKY, Network.LINKEDIN):
        store.save(ChannelAccount(network=network, name=network.value, has_secret=True))
    # The week of Christmas 2026: Friday 25 December is a holiday; nothing is planned.
    store.save(Absence(staff_id=sanne.id, starts_on=date(2026, 12, 21), ends_on=date(2026, 12, 24)))
    window = make_window()
    window.tabs.setCurrentIndex(3)
    tab = window.tab_page(3)
    shown = findings_shown(qtbot, tab)
    rhythm_lines = [line for line in shown if "rhythm" in line]
    assert rhythm_lines == ["Add a post  ·  Mon 21 Dec: this week has 0 of the 3 posts of your rhythm"]
