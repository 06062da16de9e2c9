"""The printable handover note, as HTML (the PDF is printed from the same HTML by the UI): the absence and the
stand-in; per day of the absence the posts that go out (or went out, or failed) with each channel's state; the
ideas, drafts and ready posts of the period in a list of their own, because they go out only once someone sets
them to "scheduled"; the channels and how to connect them; the officer's note; what to do in a crisis. Written
in the interface's language (its dates too, times on the municipality's clock), for the colleague to keep
beside the laptop."""

from __future__ import annotations

from datetime import date, timedelta

from models.channel import ChannelAccount, Network
from models.planning import Absence
from models.post import DeliveryState, PostStatus
from models.staff import StaffMember
from services.calendar_page import CalendarPage, load_page
from services.errors import translate
from services.handover import HandoverNote
from services.i18n import date_text, interface_language, status_word
from services.plain_text import html_text
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


def _state_text(network: Network | None, state: DeliveryState, paused: bool) -> str:
    """What will happen to the post on this channel, as the stand-in needs to know it."""
    if state is DeliveryState.PUBLISHED:
        return translate("HandoverNote", "published")
    if paused or state is DeliveryState.PAUSED:
        return translate("HandoverNote", "paused")
    if state is DeliveryState.SCHEDULED_REMOTE:
        return translate("HandoverNote", "safe at the network")
    if state is DeliveryState.FAILED:
        return translate("HandoverNote", "failed: open the post to see why")
    if state is DeliveryState.OVERDUE:
        return translate("HandoverNote", "overdue: send it now, move it or skip it")
    if state in (DeliveryState.UNCONFIRMED, DeliveryState.SENDING):
        return translate("HandoverNote", "not known whether it went out: check on the network")
    if network is Network.MANUAL or state is DeliveryState.REMINDER:
        return translate("HandoverNote", "post this yourself")
    return translate("HandoverNote", "from your laptop (enter its token)")


# Posts that go out, went out or should have: the day-by-day list. Ideas, drafts and ready posts go nowhere until
# someone sets them to "scheduled": they have a list of their own, so that nobody waits for them to appear.
_ON_THEIR_WAY = (PostStatus.SCHEDULED, PostStatus.PUBLISHED, PostStatus.FAILED)


def handover_note_html(store: Store, absence: Absence | None, note: HandoverNote, today: date) -> str:
    """The note as HTML. Dates are written as the interface's language writes them, times on the
    municipality's clock."""
    municipality = load_municipality(store)
    e = html_text
    names = {member.id: member.name for member in store.find(StaffMember, include_deleted=True)}
    start = absence.starts_on if absence else today
    end = absence.ends_on if absence else today + timedelta(days=13)
    heading = translate("HandoverNote", "Handover note")
    parts = [f"<h1>{e(heading)}{' – ' + e(municipality.name) if municipality.name else ''}</h1>"]
    if absence is not None:
        parts.append("<p>" + e(translate("HandoverNote", "{name} is away from {start} to {end} inclusive. {standin} "
                                                         "stands in.").format(
            name=names.get(absence.staff_id, "?"), start=date_text(absence.starts_on),
            end=date_text(absence.ends_on), standin=names.get(absence.standin_id or "", "?"))) + "</p>")
    page = load_page(store, start, end, municipality=municipality, today=today, ui_language=interface_language())
    by_day, nothing = translate("HandoverNote", "Posts, day by day"), translate("HandoverNote",
                                                                                 "No posts planned in this period.")
    parts.append(f"<h2>{e(by_day)}</h2>")
    planned = _rows(page, _ON_THEIR_WAY, with_states=True)
    parts.append(_table(planned) if planned else f"<p>{e(nothing)}</p>")
    not_planned = _rows(page, (PostStatus.IDEA, PostStatus.DRAFT, PostStatus.READY), with_states=False)
    if not_planned:
        title = translate("HandoverNote", "Not planned to go out: ideas, drafts and ready posts")
        why = translate("HandoverNote", "These go out only when someone sets them to Scheduled in the calendar.")
        parts.append(f"<h2>{e(title)}</h2><p>{e(why)}</p>")
        parts.append(_table(not_planned))
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


def _rows(page: CalendarPage, statuses: tuple[PostStatus, ...], *, with_states: bool) -> list[str]:
    """Table rows, day by day: the day (on its first row), the time, the post, and per channel its state (or, for
    a post not planned to go out, its status)."""
    e = html_text
    rows = []
    for day in sorted(page.posts):
        shown_day = date_text(day, weekday=True)
        for post in page.posts[day]:
            if post.status not in statuses:
                continue
            names = [page.channels[cs.channel_id].name for cs in post.channels if cs.channel_id in page.channels]
            if with_states:
                channels = "<br>".join(
                    f"{e(page.channels[cs.channel_id].name)}: "
                    f"{e(_state_text(page.channels[cs.channel_id].network, cs.state, post.paused))}"
                    for cs in post.channels if cs.channel_id in page.channels)
            else:
                channels = e(status_word(post.status)) + (": " + e(", ".join(names)) if names else "")
            rows.append(f"<tr><td>{e(shown_day)}</td><td>{e(page.clock_text(post))}</td><td>{e(post.label)}</td>"
                        f"<td>{channels}</td></tr>")
            shown_day = ""
    return rows


def _table(rows: list[str]) -> str:
    return "<table border='1' cellspacing='0' cellpadding='4' width='100%'>" + "".join(rows) + "</table>"
