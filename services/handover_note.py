"""The printable handover note, as HTML (the PDF is printed from the same HTML by the UI): the absence and the
stand-in; per day of the absence the posts with channel and state; the channels and how to connect them; the
officer's note; what to do in a crisis. Written in the interface's language, for the colleague to keep beside
the laptop."""

from __future__ import annotations

import html
from datetime import date, timedelta

from models.channel import ChannelAccount, Network
from models.planning import Absence
from models.post import DeliveryState
from models.staff import StaffMember
from services.calendar_page import load_page
from services.errors import translate
from services.handover import HandoverNote
from services.preferences import load_municipality
from services.store import Store


def _connect_text(network: Network) -> str:
    return {
        Network.MASTODON: translate("HandoverNote", "Preferences > Development > New application on the instance; "
                                                    "copy the access token into Channels > Change."),
        Network.BLUESKY: translate("HandoverNote", "Settings > Privacy and security > App passwords; enter it in "
                                                   "Channels > Change."),
        Network.FACEBOOK: translate("HandoverNote", "A Page access token from the municipality's Meta app (ask "
                                                    "for it); enter it in Channels > Change."),
        Network.LINKEDIN: translate("HandoverNote", "An access token of the organization's LinkedIn app (ask for "
                                                    "it; valid 60 days); enter it in Channels > Change."),
        Network.MANUAL: translate("HandoverNote", "No token: Omroeper reminds you and you post it yourself."),
    }.get(network, translate("HandoverNote", "Enter its token in Channels > Change."))


def _state_text(network: Network | None, state: DeliveryState) -> str:
    if state is DeliveryState.PUBLISHED:
        return translate("HandoverNote", "published")
    if state is DeliveryState.SCHEDULED_REMOTE:
        return translate("HandoverNote", "safe at the network")
    if network is Network.MANUAL or state is DeliveryState.REMINDER:
        return translate("HandoverNote", "post this yourself")
    if state is DeliveryState.PAUSED:
        return translate("HandoverNote", "paused")
    return translate("HandoverNote", "from your laptop (enter its token)")


def handover_note_html(store: Store, absence: Absence | None, note: HandoverNote, today: date) -> str:
    municipality = load_municipality(store)
    e = html.escape
    names = {member.id: member.name for member in store.find(StaffMember, include_deleted=True)}
    start = absence.starts_on if absence else today
    end = absence.ends_on if absence else today + timedelta(days=13)
    heading = translate("HandoverNote", "Handover note")
    parts = [f"<h1>{e(heading)}{' – ' + e(municipality.name) if municipality.name else ''}</h1>"]
    if absence is not None:
        parts.append("<p>" + e(translate("HandoverNote", "{name} is away from {start} to {end} inclusive. {standin} "
                                                         "stands in.").format(
            name=names.get(absence.staff_id, "?"), start=absence.starts_on.isoformat(),
            end=absence.ends_on.isoformat(), standin=names.get(absence.standin_id or "", "?"))) + "</p>")
    page = load_page(store, start, end, municipality=municipality, today=today, ui_language="en")
    by_day, nothing = translate("HandoverNote", "Posts, day by day"), translate("HandoverNote",
                                                                                 "No posts planned in this period.")
    parts.append(f"<h2>{e(by_day)}</h2>")
    rows = []
    for day in sorted(page.posts):
        for post in page.posts[day]:
            channels = "<br>".join(
                f"{e(page.channels[cs.channel_id].name)}: "
                f"{e(_state_text(page.channels[cs.channel_id].network, cs.state))}"
                for cs in post.channels if cs.channel_id in page.channels)
            rows.append(f"<tr><td>{day.isoformat()} {e(page.clock_text(post))}</td><td>{e(post.label)}</td>"
                        f"<td>{channels}</td></tr>")
    parts.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'>" + "".join(rows) + "</table>"
                 if rows else f"<p>{e(nothing)}</p>")
    connect = translate("HandoverNote", "Channels and how to connect them")
    parts.append(f"<h2>{e(connect)}</h2><ul>")
    for channel in store.find(ChannelAccount, order_by="name"):
        parts.append(f"<li><b>{e(channel.name)}</b>: {e(_connect_text(channel.network))}</li>")
    parts.append("</ul>")
    for title, text in ((translate("HandoverNote", "Running topics"), note.running_topics),
                        (translate("HandoverNote", "Sensitive matters"), note.sensitive_matters),
                        (translate("HandoverNote", "Contacts"), note.contacts)):
        if text.strip():
            parts.append(f"<h2>{e(title)}</h2><p>{e(text).replace(chr(10), '<br>')}</p>")
    crisis = translate("HandoverNote", "In a crisis")
    parts.append(f"<h2>{e(crisis)}</h2><ol>" + "".join(
        f"<li>{e(step)}</li>" for step in (
            translate("HandoverNote", "Press Pause all in Omroeper's toolbar: every scheduled post stops, here and "
                                      "at the networks. Check the message: a network it could not reach may still "
                                      "publish; remove the post there by hand."),
            translate("HandoverNote", "Post only what the crisis team or the mayor's office has approved."),
            translate("HandoverNote", "When it is over, press Resume all; posts whose time passed wait for your "
                                      "decision."))) + "</ol>")
    return "<html><body>" + "".join(parts) + "</body></html>"
