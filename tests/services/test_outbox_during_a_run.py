"""While a run goes on: the crisis switch (or a deletion, an edit) thrown in the window while the run is busy with an
earlier post stops the later ones; and a server that answers every request correctly but slowly cannot keep a run
going: after its budget it starts no request, and the next run goes on with the rest."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from models.channel import ChannelAccount, Network
from models.post import DeliveryState, Post, PostStatus, Variant
from services.crisis import pause_all
from services.networks.base import Failure, PublishError, PublishRequest
from services.networks.facebook import FacebookClient
from services.networks.http import RunBudget, spending
from services.networks.mastodon import MastodonClient
from services.outbox import run_outbox
from services.post_editing import delete_post, save_post, variants_of
from services.sending import hand_over_sending
from services.store import Store
from tests.conftest import FakeClock
from tests.services.local_api import Seen, local_api
from tests.services.mastodon_server import TOKEN, MastodonServer, serve, stop

NOON = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
PAGE = "104857600012345"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOON)


@pytest.fixture
def mastodon(clock: FakeClock) -> Iterator[MastodonServer]:
    state = MastodonServer(clock=clock)
    httpd = serve(state)
    yield state
    stop(httpd, state)
    assert state.violations == []


def schedule(store: Store, when: datetime, channel: ChannelAccount, text: str) -> Post:
    post = Post(title=text, body=text, status=PostStatus.SCHEDULED, scheduled_at=when)
    return save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)])


def states(store: Store, post: Post) -> list[DeliveryState]:
    return [v.state for v in store.find(Variant, "post_id = ?", [post.id], include_deleted=True)]


# ---- the crisis switch while a run is sending -----------------------------------------------------------------------

@pytest.mark.parametrize("meanwhile", ["pause", "delete", "draft", "edit", "hand over"])
def test_what_the_window_changes_while_the_run_sends_an_earlier_post_is_not_sent_as_it_was(
        store: Store, clock: FakeClock, meanwhile: str) -> None:
    """The page's server takes the first post; while it does, the officer acts in the window (another connection
    to the data file). The second post, read by the run at its start, must not go out as it was read."""
    first = schedule(store, NOON - timedelta(minutes=2), facebook := store.save(ChannelAccount(
        network=Network.FACEBOOK, name="Facebook", external_id=PAGE, has_secret=True)), "Eerste bericht")
    second = schedule(store, NOON - timedelta(minutes=1), facebook, "Tweede bericht")
    page: list[str] = []

    def window_acts() -> None:
        window = Store.open(store.path, clock=clock)
        try:
            if meanwhile == "pause":
                pause_all(window, clock.now, "Brand in het centrum")
            elif meanwhile == "delete":
                delete_post(window, second.id)
            elif meanwhile == "hand over":  # "Hand over…" writes the file: the sending goes with it
                hand_over_sending(window, "Joris", clock.now)
            elif meanwhile == "draft":
                window.update_fields(window.get(Post, second.id), status=PostStatus.DRAFT)  # type: ignore[type-var]
            else:
                post = window.get(Post, second.id)
                assert post is not None
                post.body = "Tweede bericht, verbeterd"
                save_post(window, post, variants_of(window, second.id))
        finally:
            window.close()

    with local_api() as api:
        def create(seen: Seen) -> tuple[int, Any, dict[str, str]]:
            page.append(seen.form["message"])
            if len(page) == 1:
                window_acts()
            return 200, {"id": f"{PAGE}_{len(page)}"}, {}

        api.route("POST", f"/{PAGE}/feed")(create)
        run_outbox(store, lambda c: FacebookClient(PAGE, "page-token", base_url=api.url, clock=clock), clock.now)
        assert page[0] == "Eerste bericht" and "Tweede bericht" not in page
        assert states(store, first) == [DeliveryState.PUBLISHED]
        if meanwhile == "pause":
            assert page == ["Eerste bericht"] and states(store, second) == [DeliveryState.PAUSED]
        elif meanwhile == "hand over":
            assert page == ["Eerste bericht"] and states(store, second) != [DeliveryState.PUBLISHED]
        elif meanwhile in ("delete", "draft"):
            assert page == ["Eerste bericht"] and states(store, second) == [DeliveryState.NOT_QUEUED]
        else:  # the edited post goes out as it is now, once
            run_outbox(store, lambda c: FacebookClient(PAGE, "page-token", base_url=api.url, clock=clock),
                       clock.advance(minutes=1))
            assert page == ["Eerste bericht", "Tweede bericht, verbeterd"]


def test_a_post_paused_while_the_run_makes_room_in_mastodons_schedule_is_not_handed_over(
        store: Store, clock: FakeClock, mastodon: MastodonServer) -> None:
    """The pause comes in between the run's look at the post and the moment it would be marked sending: while the
    run takes a farther post back from the full schedule to make room for this one."""
    channel = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url=mastodon.url,
                                        has_secret=True))
    day = datetime(2026, 3, 12, 8, 0, tzinfo=UTC)
    for number in range(25):
        schedule(store, day + timedelta(hours=1, minutes=number), channel, f"Bericht {number}")
    client = MastodonClient(mastodon.url, TOKEN)
    run_outbox(store, lambda c: client, clock.now)
    assert len(mastodon.scheduled) == 25
    nearer = schedule(store, day, channel, "Eerder op de dag")

    def pause_on_take_back(method: str, path: str) -> None:
        if method == "DELETE":
            window = Store.open(store.path, clock=clock)
            try:
                pause_all(window, clock.now, "Storm")
            finally:
                window.close()

    mastodon.on_request = pause_on_take_back
    run_outbox(store, lambda c: client, clock.advance(minutes=1))
    assert "Eerder op de dag" not in [item["params"]["text"] for item in mastodon.scheduled.values()]
    assert states(store, nearer) == [DeliveryState.PAUSED]


# ---- a run's budget -------------------------------------------------------------------------------------------------

def slow_budget(server: MastodonServer, seconds_a_request: float = 2.5) -> RunBudget:
    """A budget of 60 seconds on a clock that moves on as the server answers: every request takes its time."""
    return RunBudget(60, clock=lambda: len(server.requests) * seconds_a_request)


def test_a_run_starts_no_request_after_its_budget_and_the_next_run_goes_on(store: Store, clock: FakeClock,
                                                                            mastodon: MastodonServer) -> None:
    channel = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url=mastodon.url,
                                        has_secret=True))
    posts = [schedule(store, NOON + timedelta(days=1 + number // 20, minutes=number), channel, f"Bericht {number}")
             for number in range(40)]  # 20 a day: Mastodon takes 25
    client = MastodonClient(mastodon.url, TOKEN)
    report = run_outbox(store, lambda c: client, clock.now, budget=slow_budget(mastodon))
    assert report.out_of_time and len(mastodon.requests) == 24  # 60 s at 2.5 s a request: then nothing more
    assert report.handed_over == len(mastodon.scheduled) == 22 and report.left_for_next_run == 18
    assert [states(store, post) for post in posts[22:]] == [[DeliveryState.QUEUED]] * 18
    report = run_outbox(store, lambda c: client, clock.advance(minutes=1), budget=slow_budget(mastodon))
    assert not report.out_of_time and report.handed_over == 18 and len(mastodon.scheduled) == 40


def test_a_due_post_left_by_a_spent_budget_says_why_it_waits(store: Store, clock: FakeClock,
                                                             mastodon: MastodonServer) -> None:
    channel = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url=mastodon.url,
                                        has_secret=True))
    posts = [schedule(store, NOON - timedelta(minutes=30 - number), channel, f"Bericht {number}")
             for number in range(30)]
    client = MastodonClient(mastodon.url, TOKEN)
    report = run_outbox(store, lambda c: client, clock.now, budget=slow_budget(mastodon, seconds_a_request=10))
    assert report.published == len(mastodon.statuses) == 4 and report.left_for_next_run == 26
    [waiting] = variants_of(store, posts[-1].id)
    assert waiting.state is DeliveryState.QUEUED and "used its 60 seconds" in waiting.last_error
    assert report.failures == []  # nothing failed: it waits


def test_a_request_after_the_budget_is_never_sent(mastodon: MastodonServer) -> None:
    client = MastodonClient(mastodon.url, TOKEN)
    spent = RunBudget(0)
    with spending(spent), pytest.raises(PublishError) as refused:
        client.publish(PublishRequest(text="Markt", language="nl", idempotency_key="k1"))
    assert refused.value.failure is Failure.OUT_OF_TIME and mastodon.requests == []
    client.publish(PublishRequest(text="Markt", language="nl", idempotency_key="k1"))  # outside a run: sent
    assert len(mastodon.statuses) == 1
