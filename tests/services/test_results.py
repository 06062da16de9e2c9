"""Results: figures come back from the networks as a post ages (Mastodon's local server, a Graph server speaking
Facebook's documented shapes), a network that fails keeps the figures it gave with its reason, figures typed in
for a channel posted by hand, and the month's figures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest

from models.channel import ChannelAccount, Network
from models.post import DeliveryState, Post, PostStatus, Variant
from models.results import FigureAge, FollowerCount, PostFigures, due_age
from services.channels import add_channel
from services.networks.facebook import FacebookClient
from services.networks.mastodon import MastodonClient
from services.results import (
    channel_problems,
    enter_figures,
    figures_line,
    latest_of_post,
    month_figures,
    sync_results,
)
from services.store import Store
from tests.conftest import FakeClock
from tests.services.local_api import PAGE, Seen, local_api
from tests.services.mastodon_server import TOKEN, MastodonServer, serve, stop


@pytest.fixture
def mastodon() -> Iterator[MastodonServer]:
    state = MastodonServer()
    httpd = serve(state)
    yield state
    stop(httpd, state)


def published(store: Store, channel: ChannelAccount, remote_id: str, when: datetime, title: str = "Braderie"
              ) -> Variant:
    post = store.save(Post(title=title, body=f"{title} zaterdag", status=PostStatus.PUBLISHED, scheduled_at=when))
    return store.save(Variant(post_id=post.id, channel_id=channel.id, state=DeliveryState.PUBLISHED,
                              remote_id=remote_id, published_at=when))


def figures_of(store: Store, variant: Variant) -> dict[FigureAge, PostFigures]:
    return {item.age: item for item in store.find(PostFigures, "variant_id = ?", [variant.id])}


def test_figures_are_due_at_a_day_a_week_and_a_month_and_only_the_latest_age_passed() -> None:
    out = datetime(2026, 3, 2, 9, 0).astimezone()
    assert due_age(out, out + timedelta(hours=23), set()) is None
    assert due_age(out, out + timedelta(days=1), set()) is FigureAge.DAY
    assert due_age(out, out + timedelta(days=2), {FigureAge.DAY}) is None
    assert due_age(out, out + timedelta(days=8), {FigureAge.DAY}) is FigureAge.WEEK
    assert due_age(out, out + timedelta(days=40), set()) is None  # past the last look: never asked
    assert due_age(out, out + timedelta(days=31), set()) is FigureAge.MONTH  # found late: the month's, not a day's
    assert due_age(out, out + timedelta(days=9), {FigureAge.MONTH}) is None


def test_mastodon_favourites_boosts_and_replies_come_back_as_the_post_ages(
        store: Store, clock: FakeClock, mastodon: MastodonServer) -> None:
    channel = add_channel(store, Network.MASTODON, "Mastodon", TOKEN, base_url=mastodon.url)
    status = mastodon.add_status("Braderie zaterdag", clock())
    variant = published(store, channel, str(status["id"]), clock())
    mastodon.statuses[0].update(favourites_count=7, reblogs_count=2, replies_count=1)
    mastodon.followers = 840

    assert sync_results(store, clock()).taken == 0  # not a day old yet: nothing asked
    clock.advance(days=1, minutes=5)
    report = sync_results(store, clock())
    assert report.taken == 1 and not report.problems
    day = figures_of(store, variant)[FigureAge.DAY]
    assert (day.likes, day.shares, day.replies, day.views, day.reach) == (7, 2, 1, None, None)

    mastodon.statuses[0].update(favourites_count=12)
    clock.advance(days=6)
    sync_results(store, clock())
    assert figures_of(store, variant)[FigureAge.WEEK].likes == 12
    assert latest_of_post(store, variant.post_id)[channel.id].likes == 12
    assert [f.followers for f in store.find(FollowerCount)] == [840] * 3  # at most once a day
    assert f"GET /api/v1/statuses/{status['id']}" in {f"{m} {p}" for m, p, _h, _b in mastodon.requests}
    assert mastodon.violations == []


@pytest.mark.parametrize("fault", ["500", "401", "drop", "429"])
def test_a_failing_mastodon_keeps_the_figures_it_gave_and_says_why(
        store: Store, clock: FakeClock, mastodon: MastodonServer, fault: str) -> None:
    channel = add_channel(store, Network.MASTODON, "Mastodon", TOKEN, base_url=mastodon.url)
    status = mastodon.add_status("Braderie zaterdag", clock())
    variant = published(store, channel, str(status["id"]), clock())
    mastodon.statuses[0].update(favourites_count=7)
    clock.advance(days=1, minutes=5)
    sync_results(store, clock())
    mastodon.statuses[0].update(favourites_count=30)
    clock.advance(days=6)
    mastodon.fail_next = [fault] * 5

    report = sync_results(store, clock())

    assert list(report.problems) == ["Mastodon"]
    assert latest_of_post(store, variant.post_id)[channel.id].likes == 7  # as it was
    reason = channel_problems(store)[channel.id]
    assert reason == report.problems["Mastodon"] and reason
    assert month_figures(store, date(2026, 3, 1)).channels[0].problem == reason
    mastodon.fail_next = []
    clock.advance(hours=1)
    sync_results(store, clock())  # the network is back: the week's figures replace the failed look
    assert latest_of_post(store, variant.post_id)[channel.id].likes == 30
    assert channel.id not in channel_problems(store)


def test_an_unreachable_server_keeps_the_figures_with_its_reason(store: Store, clock: FakeClock) -> None:
    channel = add_channel(store, Network.MASTODON, "Mastodon", TOKEN, base_url="http://127.0.0.1:9")
    variant = published(store, channel, "101", clock() - timedelta(days=8))
    enter_old = PostFigures(variant_id=variant.id, age=FigureAge.DAY, taken_at=clock() - timedelta(days=7), likes=4)
    store.save(enter_old)
    report = sync_results(store, clock())
    assert "cannot be reached" in report.problems["Mastodon"]
    assert latest_of_post(store, variant.post_id)[channel.id].likes == 4


def test_a_post_deleted_on_the_network_keeps_its_last_figures(store: Store, clock: FakeClock,
                                                              mastodon: MastodonServer) -> None:
    channel = add_channel(store, Network.MASTODON, "Mastodon", TOKEN, base_url=mastodon.url)
    variant = published(store, channel, "999", clock() - timedelta(days=8))
    store.save(PostFigures(variant_id=variant.id, age=FigureAge.DAY, taken_at=clock() - timedelta(days=7), likes=4))
    report = sync_results(store, clock())
    assert report.missing == 1
    assert "no longer shows" in figures_of(store, variant)[FigureAge.WEEK].problem
    assert latest_of_post(store, variant.post_id)[channel.id].likes == 4


def graph_post(seen: Seen) -> tuple[int, object, dict[str, str]]:
    """A Page post's counts as Graph documents them: summaries of the reactions and comments edges, and shares
    (left out by Graph when nobody shared)."""
    fields = seen.query.get("fields", "")
    if fields == "followers_count":
        return 200, {"id": PAGE, "followers_count": 4120}, {}
    assert "reactions.summary(total_count)" in fields and "comments.summary(total_count)" in fields
    return 200, {"id": seen.path[1:], "reactions": {"data": [], "summary": {"total_count": 31}},
                 "comments": {"data": [], "summary": {"total_count": 4, "order": "ranked"}},
                 "shares": {"count": 3}}, {}


RETIRED = {"post_impressions", "post_impressions_unique", "page_fans", "post_engaged_users"}


def graph_insights(seen: Seen) -> tuple[int, object, dict[str, str]]:
    """Graph's insights: a retired metric name fails the whole request, as Graph does since the 2025 changes."""
    metrics = seen.query.get("metric", "").split(",")
    if RETIRED & set(metrics) or not metrics[0]:
        return 400, {"error": {"message": "(#100) The value must be a valid insights metric", "type":
                               "OAuthException", "code": 100}}, {}
    values = {"post_media_view": 2480, "post_total_media_view_unique": 1370}
    return 200, {"data": [{"name": name, "period": "lifetime", "values": [{"value": values[name]}],
                           "title": name, "id": f"{seen.path[1:]}/{name}/lifetime"} for name in metrics]}, {}


def test_facebook_reactions_comments_shares_views_and_reach_come_back(store: Store, clock: FakeClock) -> None:
    channel = add_channel(store, Network.FACEBOOK, "Facebook", "page-token-0123", external_id=PAGE)
    variant = published(store, channel, f"{PAGE}_77", clock() - timedelta(days=1, hours=2))
    with local_api() as api:
        api.route("GET", rf"/{PAGE}_77")(graph_post)
        api.route("GET", rf"/{PAGE}")(graph_post)
        api.route("GET", rf"/{PAGE}_77/insights")(graph_insights)
        report = sync_results(store, clock(), client_for=lambda c: FacebookClient(c.external_id, "page-token-0123",
                                                                                  base_url=api.url))
    assert not report.problems and report.followers == 1
    day = figures_of(store, variant)[FigureAge.DAY]
    assert (day.likes, day.replies, day.shares, day.views, day.reach) == (31, 4, 3, 2480, 1370)
    assert figures_line(day) == "31 likes · 3 shares · 4 replies · 2480 views · reach 1370"
    assert store.find(FollowerCount)[0].followers == 4120
    assert all("page-token-0123" not in str(seen.query) for seen in api.seen)


def test_facebook_withholding_insights_still_gives_the_counts(store: Store, clock: FakeClock) -> None:
    channel = add_channel(store, Network.FACEBOOK, "Facebook", "page-token-0123", external_id=PAGE)
    variant = published(store, channel, f"{PAGE}_78", clock() - timedelta(days=1, hours=2))
    with local_api() as api:
        api.route("GET", rf"/{PAGE}_78")(graph_post)
        api.route("GET", rf"/{PAGE}")(graph_post)
        api.route("GET", rf"/{PAGE}_78/insights")(lambda seen: (400, {"error": {
            "message": "(#10) Not enough viewers for the insights", "code": 10}}, {}))
        sync_results(store, clock(), client_for=lambda c: FacebookClient(c.external_id, "t0k3n", base_url=api.url))
    day = figures_of(store, variant)[FigureAge.DAY]
    assert (day.likes, day.views, day.reach, day.problem) == (31, None, None, "")


def test_a_server_that_lies_about_its_figures_costs_those_figures_only(
        store: Store, clock: FakeClock, mastodon: MastodonServer) -> None:
    """A like count of 10**20 did not fit the store, and every run that fetched figures (the window's, every five
    minutes, with the outbox's and the inbox's) failed on it. A count no post can have is not believed."""
    channel = add_channel(store, Network.MASTODON, "Mastodon", TOKEN, base_url=mastodon.url)
    status = mastodon.add_status("Braderie zaterdag", clock())
    variant = published(store, channel, str(status["id"]), clock())
    mastodon.statuses[0].update(favourites_count=10**20, reblogs_count=2, replies_count=-1)
    mastodon.followers = 10**19
    report = sync_results(store, clock.advance(days=1, minutes=5))
    day = figures_of(store, variant)[FigureAge.DAY]
    assert not report.problems and (day.likes, day.shares, day.replies) == (None, 2, None)
    assert store.find(FollowerCount) == []


def test_insights_in_a_shape_graph_does_not_document_are_no_figures(store: Store, clock: FakeClock) -> None:
    """Graph's insights as a list of names instead of metrics broke the whole run (the outbox's and the inbox's
    with it, every five minutes): now they give no views, and the counts stand."""
    channel = add_channel(store, Network.FACEBOOK, "Facebook", "page-token-0123", external_id=PAGE)
    variant = published(store, channel, f"{PAGE}_79", clock() - timedelta(days=1, hours=2))
    with local_api() as api:
        api.route("GET", rf"/{PAGE}_79")(graph_post)
        api.route("GET", rf"/{PAGE}")(lambda seen: (200, {"id": PAGE, "followers_count": "veel"}, {}))
        api.route("GET", rf"/{PAGE}_79/insights")(lambda seen: (200, {"data": ["post_media_view", 7]}, {}))
        report = sync_results(store, clock(), client_for=lambda c: FacebookClient(c.external_id, "page-token-0123",
                                                                                  base_url=api.url))
    day = figures_of(store, variant)[FigureAge.DAY]
    assert not report.problems and (day.likes, day.views, day.reach) == (31, None, None)
    assert store.find(FollowerCount) == []


def test_an_answer_no_reading_foresaw_fails_that_channel_in_words_and_the_others_are_fetched(
        store: Store, clock: FakeClock, mastodon: MastodonServer) -> None:
    """What a network can say is read as such; an answer that trips the reading in a way nobody foresaw stands
    for here by a client whose every call fails unexpectedly. That channel's look fails with a message (and the
    log has the details); the other channel's figures come, and the run goes on."""
    facebook = add_channel(store, Network.FACEBOOK, "Facebook", "page-token-0123", external_id=PAGE)
    on_facebook = published(store, facebook, f"{PAGE}_80", clock() - timedelta(days=1, hours=2))
    channel = add_channel(store, Network.MASTODON, "Mastodon", TOKEN, base_url=mastodon.url)
    status = mastodon.add_status("Braderie zaterdag", clock() - timedelta(days=1, hours=2))
    on_mastodon = published(store, channel, str(status["id"]), clock() - timedelta(days=1, hours=2))
    mastodon.statuses[0].update(favourites_count=7)

    class Tripping:
        def _call(self, *_args: object, **_options: object) -> dict[str, object]:
            raise TypeError("an answer nobody foresaw")

    report = sync_results(store, clock(), client_for=lambda account: Tripping() if account.network is
                          Network.FACEBOOK else MastodonClient(mastodon.url, TOKEN, clock=clock))
    assert figures_of(store, on_mastodon)[FigureAge.DAY].likes == 7
    assert report.problems == {"Facebook": "Omroeper met an unexpected error while fetching the figures "
                                           "(TypeError); the other channels were fetched."}
    assert figures_of(store, on_facebook)[FigureAge.DAY].problem == report.problems["Facebook"]


def test_figures_typed_in_for_a_channel_posted_by_hand(store: Store, clock: FakeClock) -> None:
    channel = add_channel(store, Network.MANUAL, "WhatsApp")
    variant = published(store, channel, "", clock())
    enter_figures(store, variant.id, clock(), likes=5, shares=1, replies=2)
    clock.advance(days=3)
    enter_figures(store, variant.id, clock(), likes=9, shares=1, replies=2)
    latest = latest_of_post(store, variant.post_id)[channel.id]
    assert (latest.age, latest.likes) == (FigureAge.BY_HAND, 9)
    assert sync_results(store, clock()).taken == 0  # nothing to ask a network for


def test_the_month_counts_posts_reactions_followers_the_best_posts_and_the_rhythm(store: Store) -> None:
    from tests.support.results_month import fill_month

    fill_month(store, posts=12)
    month = month_figures(store, date(2026, 11, 1))
    assert month.posts == 12
    assert sum(channel.posts for channel in month.channels) >= 24  # two or three channels each
    facebook = next(channel for channel in month.channels if channel.name == "Facebook")
    assert facebook.views and facebook.reach and facebook.followers and facebook.followers_before == 4120
    mastodon = next(channel for channel in month.channels if channel.name == "Mastodon")
    assert mastodon.views is None and mastodon.reach is None  # Mastodon measures neither
    assert [post.reactions for post in month.best] == sorted((post.reactions for post in month.best), reverse=True)
    assert len(month.best) == 5
    assert [week.monday for week in month.weeks] == [date(2026, 11, d) for d in (2, 9, 16, 23)]
    assert sum(week.published for week in month.weeks) <= 12
    assert month.inbox.available and month.inbox.messages == 0 and month.inbox.survey_hours == 19
    assert month_figures(store, date(2026, 10, 1)).posts == 0


def test_figures_and_followers_travel_in_the_handover_and_come_back(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from services.handover import HandoverNote, export_handover, read_handover
    from services.merge import plan_merge
    from services.merge_apply import apply_merge

    def take_in(store: Store, path, now: datetime) -> None:  # type: ignore[no-untyped-def]
        handover = read_handover(path)
        try:
            apply_merge(store, handover, plan_merge(store, handover), now)
        finally:
            handover.discard()

    clock = FakeClock()
    officer = Store.open(tmp_path / "officer" / "omroeper.sqlite", clock=clock)
    standin = Store.open(tmp_path / "standin" / "omroeper.sqlite", clock=clock)
    try:
        channel = officer.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
        variant = published(officer, channel, "", clock() + timedelta(hours=1))
        enter_figures(officer, variant.id, clock(), likes=5, shares=0, replies=1)
        officer.save(FollowerCount(channel_id=channel.id, taken_at=clock(), followers=230))
        first = tmp_path / "naar-joris.omroeper"
        export_handover(officer, first, HandoverNote(), clock.advance(hours=1))
        take_in(standin, first, clock.advance(hours=1))
        assert latest_of_post(standin, variant.post_id)[channel.id].likes == 5
        assert [count.followers for count in standin.find(FollowerCount)] == [230]

        enter_figures(standin, variant.id, clock.advance(days=2), likes=40, shares=2, replies=3)  # the stand-in's
        back = tmp_path / "terug.omroeper"
        export_handover(standin, back, HandoverNote(), clock.advance(hours=1))
        take_in(officer, back, clock.advance(hours=1))
        assert latest_of_post(officer, variant.post_id)[channel.id].likes == 40
    finally:
        officer.close()
        standin.close()


def test_the_window_s_background_run_brings_the_figures_that_are_due(store: Store, clock: FakeClock,
                                                                      mastodon: MastodonServer) -> None:
    """Every five minutes the window's run (services/inbox_view.run_and_sync_at) also asks for the figures of
    posts that reached a day, a week or a month: nobody has to press a button for them to come back."""
    from services.inbox_view import run_and_sync_at

    channel = add_channel(store, Network.MASTODON, "Mastodon", TOKEN, base_url=mastodon.url)
    status = mastodon.add_status("Markt", clock())
    variant = published(store, channel, str(status["id"]), clock() - timedelta(days=1, minutes=5))
    mastodon.statuses[0].update(favourites_count=5)
    run_and_sync_at(store.path, clock(), sync=False)
    assert figures_of(store, variant) == {}  # an outbox run alone asks nothing
    run_and_sync_at(store.path, clock(), sync=True)
    assert figures_of(store, variant)[FigureAge.DAY].likes == 5
    assert mastodon.violations == []
