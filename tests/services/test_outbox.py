"""The outbox with a fake clock: exactly once through crashes, offline days, throttling, dead tokens and the
night the clocks change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from models.channel import ChannelAccount, Network
from models.post import DeliveryState, Post, PostStatus, Variant
from models.publish_attempt import PublishAttempt
from models.recurrence import localize
from services.crisis import pause_post
from services.networks.base import (
    Account,
    AccountInfo,
    Failure,
    Published,
    PublishError,
    PublishRequest,
    ScheduledCheck,
    ScheduledCopy,
)
from services.networks.mastodon import MastodonClient
from services.outbox import Outbox, run_outbox
from services.post_editing import save_post, variants_of
from services.store import Store
from tests.conftest import FakeClock
from tests.services.mastodon_server import TOKEN, MastodonServer, serve

AMS = ZoneInfo("Europe/Amsterdam")
NOON = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


class Crash(BaseException):
    """The process dies here (nothing after this point runs; what was committed stays)."""


class FakeNetwork:
    """A network that remembers what it received. Idempotent ones recognise a resend by its key."""

    def __init__(self, idempotent: bool = True) -> None:
        self.idempotent = idempotent
        self.received: list[PublishRequest] = []
        self.scheduled: dict[str, PublishRequest] = {}
        self.by_key: dict[str, Published] = {}
        self.plan: list[object] = []  # per publish call: a PublishError to raise, "lose-answer", "crash-before/after"
        self.published_from_schedule: dict[str, Published] = {}

    def who_am_i(self) -> AccountInfo:
        return AccountInfo(name="fake", account=self.account())

    def account(self) -> Account:
        return Account(id="fake-account", name="@fake")

    def new_key(self) -> str:
        return f"key-{len(self.by_key) + len(self.received) + 1}-{id(self)}"

    def publish(self, request: PublishRequest) -> Published:
        action = self.plan.pop(0) if self.plan else None
        if action == "crash-before":
            raise Crash()
        if isinstance(action, PublishError):
            raise action
        if self.idempotent and request.idempotency_key in self.by_key:
            result = self.by_key[request.idempotency_key]
        elif request.scheduled_at is not None:
            result = Published(remote_id=f"s{len(self.scheduled) + 1}", scheduled=True)
            self.scheduled[result.remote_id] = request
        else:
            self.received.append(request)
            result = Published(remote_id=str(len(self.received)), url=f"https://net.example/{len(self.received)}")
        self.by_key[request.idempotency_key] = result
        if action == "crash-after":
            raise Crash()
        if action == "lose-answer":
            raise PublishError(Failure.UNKNOWN, "the answer was lost")
        return result

    def scheduled_copy(self, remote_id: str) -> ScheduledCopy | None:
        request = self.scheduled.get(remote_id)
        return None if request is None else ScheduledCopy(request.text, waiting=True,
                                                           scheduled_at=request.scheduled_at)

    def cancel_scheduled(self, remote_id: str) -> None:
        self.scheduled.pop(remote_id, None)

    def check_scheduled(self, remote_id: str, request: PublishRequest) -> ScheduledCheck:
        """The network's own schedule publishes at the time (the test says when: `publish_scheduled`)."""
        if remote_id in self.published_from_schedule:
            return ScheduledCheck(published=self.published_from_schedule[remote_id])
        return ScheduledCheck() if remote_id in self.scheduled else ScheduledCheck(gone="deleted there")

    def publish_scheduled(self) -> None:
        for remote_id, request in list(self.scheduled.items()):
            self.received.append(request)
            self.published_from_schedule[remote_id] = Published(remote_id=f"p-{remote_id}",
                                                                url=f"https://net.example/{len(self.received)}")
            del self.scheduled[remote_id]

    def safe_to_resend(self, request: PublishRequest, first_sent: datetime, now: datetime) -> bool:
        return self.idempotent and now - first_sent < timedelta(minutes=50)

    searchable = False  # can it look among its recent posts (Facebook, LinkedIn)?
    absence_is_proof = False

    def find_published(self, request: PublishRequest, since: datetime) -> Published | None:
        if not self.searchable:
            raise PublishError(Failure.UNKNOWN, "cannot tell")
        for number, received in enumerate(self.received, 1):
            if received.text == request.text:
                return Published(remote_id=str(number), url=f"https://net.example/{number}")
        return None


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOON)


def account(store: Store, network: Network, name: str) -> ChannelAccount:
    return store.save(ChannelAccount(network=network, name=name, base_url="https://net.example", has_secret=True))


def schedule(store: Store, when: datetime, *channels: ChannelAccount, text: str = "Zaterdag markt") -> Post:
    post = Post(title=text, body=text, status=PostStatus.SCHEDULED, scheduled_at=when)
    return save_post(store, post, [Variant(post_id=post.id, channel_id=c.id) for c in channels])


def state(store: Store, post: Post) -> list[DeliveryState]:
    return [variant.state for variant in variants_of(store, post.id)]


def test_a_due_post_is_published_once_and_recorded(store: Store, clock: FakeClock) -> None:
    bluesky = account(store, Network.BLUESKY, "Bluesky")
    network = FakeNetwork()
    post = schedule(store, NOON - timedelta(minutes=1), bluesky)
    report = run_outbox(store, lambda channel: network, clock.now)
    assert report.published == 1 and len(network.received) == 1
    [variant] = variants_of(store, post.id)
    assert variant.state is DeliveryState.PUBLISHED and variant.remote_url == "https://net.example/1"
    assert [a.outcome for a in store.find(PublishAttempt)] == ["published"]
    assert store.get(Post, post.id).status is PostStatus.PUBLISHED  # type: ignore[union-attr]
    assert run_outbox(store, lambda channel: network, clock.advance(minutes=5)).published == 0
    assert len(network.received) == 1


def test_a_future_post_goes_to_the_networks_own_schedule_and_is_taken_back_when_edited(store: Store,
                                                                                       clock: FakeClock) -> None:
    mastodon = account(store, Network.MASTODON, "Mastodon")
    network = FakeNetwork()
    post = schedule(store, NOON + timedelta(days=2), mastodon)
    assert run_outbox(store, lambda channel: network, clock.now).handed_over == 1
    assert state(store, post) == [DeliveryState.SCHEDULED_REMOTE] and list(network.scheduled) == ["s1"]
    post.body = "Markt gaat niet door wegens storm"
    save_post(store, post, variants_of(store, post.id))
    report = run_outbox(store, lambda channel: network, clock.advance(minutes=1))
    assert report.taken_back == 1 and report.handed_over == 1
    assert [r.text for r in network.scheduled.values()] == ["Markt gaat niet door wegens storm"]
    pause_post(store, post, clock.now, "storm")
    run_outbox(store, lambda channel: network, clock.advance(minutes=1))
    assert network.scheduled == {} and state(store, post) == [DeliveryState.PAUSED]


def test_a_network_without_its_own_schedule_waits_here_until_due(store: Store, clock: FakeClock) -> None:
    bluesky = account(store, Network.BLUESKY, "Bluesky")
    network = FakeNetwork()
    post = schedule(store, NOON + timedelta(hours=3), bluesky)
    assert run_outbox(store, lambda channel: network, clock.now).waiting == 1
    assert state(store, post) == [DeliveryState.QUEUED]
    run_outbox(store, lambda channel: network, clock.advance(hours=3))
    assert state(store, post) == [DeliveryState.PUBLISHED]


def test_manual_channels_become_reminders(store: Store, clock: FakeClock) -> None:
    whatsapp = account(store, Network.MANUAL, "WhatsApp")
    post = schedule(store, NOON + timedelta(hours=1), whatsapp)
    run_outbox(store, lambda channel: pytest.fail("no client for a manual channel"), clock.now)
    assert state(store, post) == [DeliveryState.REMINDER]


@pytest.mark.parametrize("crash", ["crash-before", "crash-after"])
def test_a_crash_while_sending_to_mastodon_neither_loses_nor_doubles_the_post(store: Store, clock: FakeClock,
                                                                              crash: str) -> None:
    mastodon = account(store, Network.MASTODON, "Mastodon")
    server = MastodonServer()
    httpd = serve(server)
    try:
        post = schedule(store, NOON, mastodon)
        real = MastodonClient(server.url, TOKEN)

        class Dying:
            def __getattr__(self, name: str) -> object:
                return getattr(real, name)

            def publish(self, request: PublishRequest) -> Published:
                if crash == "crash-before":
                    raise Crash()
                real.publish(request)
                raise Crash()

        with pytest.raises(Crash):
            run_outbox(store, lambda channel: Dying(), clock.now)  # type: ignore[arg-type, return-value]
        assert state(store, post) == [DeliveryState.SENDING]
        assert len(server.statuses) == (0 if crash == "crash-before" else 1)
        report = run_outbox(store, lambda channel: MastodonClient(server.url, TOKEN), clock.advance(minutes=2))
        assert report.published == 1 and state(store, post) == [DeliveryState.PUBLISHED]
        assert len(server.statuses) == 1  # the resend carried the same Idempotency-Key
        assert variants_of(store, post.id)[0].remote_id == server.statuses[0]["id"]
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert server.violations == []


def test_where_a_resend_could_post_twice_the_officer_decides(store: Store, clock: FakeClock) -> None:
    facebook = account(store, Network.BLUESKY, "Zonder sleutel")
    network = FakeNetwork(idempotent=False)
    network.plan = ["crash-after"]
    post = schedule(store, NOON, facebook)
    with pytest.raises(Crash):
        run_outbox(store, lambda channel: network, clock.now)
    report = run_outbox(store, lambda channel: network, clock.advance(minutes=1))
    assert report.unconfirmed == 1 and state(store, post) == [DeliveryState.UNCONFIRMED]
    assert len(network.received) == 1  # not sent a second time
    assert "could not tell whether this post arrived" in variants_of(store, post.id)[0].last_error


@pytest.mark.parametrize("arrived", [True, False])
def test_without_idempotency_the_recent_posts_decide_and_not_found_is_never_a_resend(store: Store, clock: FakeClock,
                                                                                     arrived: bool) -> None:
    linkedin = account(store, Network.LINKEDIN, "LinkedIn")
    network = FakeNetwork(idempotent=False)
    network.searchable = True
    network.plan = ["crash-after" if arrived else "crash-before"]
    post = schedule(store, NOON, linkedin)
    with pytest.raises(Crash):
        run_outbox(store, lambda channel: network, clock.now)
    report = run_outbox(store, lambda channel: network, clock.advance(minutes=1))
    if arrived:
        assert report.published == 1 and state(store, post) == [DeliveryState.PUBLISHED]
    else:  # not (yet) on a list that may lag: looked for a while, then the officer decides
        assert report.waiting == 1 and state(store, post) == [DeliveryState.SENDING]
        report = run_outbox(store, lambda channel: network, clock.advance(minutes=15))
        assert report.unconfirmed == 1 and state(store, post) == [DeliveryState.UNCONFIRMED]
    assert len(network.received) == (1 if arrived else 0)  # found when it had arrived; never sent again


def test_a_lost_answer_is_settled_at_the_next_run_with_the_same_key(store: Store, clock: FakeClock) -> None:
    bluesky = account(store, Network.BLUESKY, "Net")
    network = FakeNetwork()
    network.plan = ["lose-answer"]
    post = schedule(store, NOON, bluesky)
    first = run_outbox(store, lambda channel: network, clock.now)
    assert first.published == 0 and state(store, post) == [DeliveryState.SENDING]
    assert first.failures == ["Net: the answer was lost Omroeper checks at the next run whether it arrived."]
    assert run_outbox(store, lambda channel: network, clock.advance(minutes=1)).published == 1
    assert len(network.received) == 1 and state(store, post) == [DeliveryState.PUBLISHED]


def test_a_day_offline_then_online_sends_oldest_first_and_holds_what_is_too_late(store: Store,
                                                                                 clock: FakeClock) -> None:
    bluesky = account(store, Network.BLUESKY, "Bluesky")
    network = FakeNetwork()
    morning = schedule(store, NOON - timedelta(hours=3), bluesky, text="ochtend")
    yesterday = schedule(store, NOON - timedelta(hours=20), bluesky, text="gisteravond")
    afternoon = schedule(store, NOON + timedelta(hours=2), bluesky, text="middag")
    offline = PublishError(Failure.TEMPORARY, "offline")
    network.plan = [offline] * 50
    first = run_outbox(store, lambda channel: network, clock.now)
    assert network.received == [] and first.overdue == 1  # yesterday's is 20 hours late: held at once
    network.plan = []  # back online, two hours later: the morning post is 5 hours late, yesterday's 22
    report = run_outbox(store, lambda channel: network, clock.advance(hours=2))
    assert [r.text for r in network.received] == ["ochtend", "middag"]
    assert report.published == 2 and state(store, yesterday) == [DeliveryState.OVERDUE]
    assert state(store, morning) == state(store, afternoon) == [DeliveryState.PUBLISHED]


def test_a_dead_token_stops_that_account_with_one_message_and_not_the_others(store: Store, clock: FakeClock) -> None:
    bluesky = account(store, Network.BLUESKY, "Bluesky")
    linkedin = account(store, Network.LINKEDIN, "LinkedIn")
    dead, alive = FakeNetwork(), FakeNetwork()
    dead.plan = [PublishError(Failure.TOKEN, "The token has expired.")]
    posts = [schedule(store, NOON - timedelta(minutes=m), bluesky, linkedin) for m in (3, 2, 1)]
    report = run_outbox(store, lambda channel: dead if channel.id == bluesky.id else alive, clock.now)
    assert report.failures == ["Bluesky: The token has expired."]
    assert len(alive.received) == 3 and dead.received == []
    for post in posts:
        states = {v.channel_id: v.state for v in variants_of(store, post.id)}
        assert states == {bluesky.id: DeliveryState.QUEUED, linkedin.id: DeliveryState.PUBLISHED}
    assert store.get(ChannelAccount, bluesky.id).last_error == "The token has expired."  # type: ignore[union-attr]


def test_throttling_waits_for_the_reset_the_network_gave(store: Store, clock: FakeClock) -> None:
    bluesky = account(store, Network.BLUESKY, "Bluesky")
    network = FakeNetwork()
    network.plan = [PublishError(Failure.THROTTLED, "slow down", retry_at=NOON + timedelta(minutes=15))]
    post = schedule(store, NOON, bluesky)
    run_outbox(store, lambda channel: network, clock.now)
    run_outbox(store, lambda channel: network, clock.advance(minutes=10))
    assert network.received == [] and state(store, post) == [DeliveryState.QUEUED]
    run_outbox(store, lambda channel: network, clock.advance(minutes=6))
    assert state(store, post) == [DeliveryState.PUBLISHED]


def test_a_refused_post_fails_with_its_reason_and_the_post_says_so(store: Store, clock: FakeClock) -> None:
    bluesky = account(store, Network.BLUESKY, "Bluesky")
    network = FakeNetwork()
    network.plan = [PublishError(Failure.REFUSED, "Text too long")]
    post = schedule(store, NOON, bluesky)
    report = run_outbox(store, lambda channel: network, clock.now)
    assert report.failures == ["Bluesky: Text too long"] and report.failed
    assert state(store, post) == [DeliveryState.FAILED]
    assert store.get(Post, post.id).status is PostStatus.FAILED  # type: ignore[union-attr]


@pytest.mark.parametrize(("wall", "due_utc"), [
    (datetime(2026, 3, 29, 2, 30), datetime(2026, 3, 29, 1, 30, tzinfo=UTC)),  # spring gap: 03:30 CEST
    (datetime(2026, 10, 25, 2, 30), datetime(2026, 10, 25, 0, 30, tzinfo=UTC)),  # the first 02:30 (CEST)
])
def test_a_post_on_the_night_of_a_clock_change_goes_out_at_the_right_instant(store: Store, wall: datetime,
                                                                            due_utc: datetime) -> None:
    bluesky = account(store, Network.BLUESKY, "Bluesky")
    network = FakeNetwork()
    post = schedule(store, localize(wall, AMS), bluesky)
    run_outbox(store, lambda channel: network, due_utc - timedelta(minutes=1))
    assert network.received == []
    run_outbox(store, lambda channel: network, due_utc)
    assert state(store, post) == [DeliveryState.PUBLISHED]


def test_an_account_without_a_token_waits_with_one_message(store: Store, clock: FakeClock) -> None:
    from services.errors import KnownError

    bluesky = account(store, Network.BLUESKY, "Bluesky")
    post = schedule(store, NOON, bluesky)

    def no_token(channel: ChannelAccount) -> FakeNetwork:
        raise KnownError("No token is stored for Bluesky.")

    report = Outbox(store, no_token, clock.now).run()  # type: ignore[arg-type]
    assert report.failures == ["Bluesky: No token is stored for Bluesky."]
    assert state(store, post) == [DeliveryState.QUEUED]


def test_the_composers_autosave_never_undoes_what_the_outbox_did(store: Store, clock: FakeClock) -> None:
    """The composer holds the post while the outbox publishes it; its next autosave writes its stale copy."""
    bluesky = account(store, Network.BLUESKY, "Bluesky")
    network = FakeNetwork()
    post = schedule(store, NOON, bluesky)
    stale_post, stale_variants = store.get(Post, post.id), variants_of(store, post.id)
    run_outbox(store, lambda channel: network, clock.now)
    assert stale_post is not None and stale_variants[0].state is DeliveryState.NOT_QUEUED
    stale_post.body = "Een late tikfout verbeterd"
    save_post(store, stale_post, stale_variants)  # the autosave
    [variant] = variants_of(store, post.id)
    assert variant.state is DeliveryState.PUBLISHED and variant.remote_id == "1"
    assert store.get(Post, post.id).status is PostStatus.PUBLISHED  # type: ignore[union-attr]
    run_outbox(store, lambda channel: network, clock.advance(minutes=1))
    assert len(network.received) == 1  # not sent again


def test_the_outbox_never_overwrites_text_typed_while_it_sends(store: Store, clock: FakeClock) -> None:
    bluesky = account(store, Network.BLUESKY, "Bluesky")
    post = schedule(store, NOON, bluesky)

    class TypingMeanwhile(FakeNetwork):
        def publish(self, request: PublishRequest) -> Published:
            variants = variants_of(store, post.id)
            variants[0].body = "Getypt terwijl het bericht de deur uit ging"
            save_post(store, store.get(Post, post.id), variants)  # type: ignore[arg-type]
            return super().publish(request)

    run_outbox(store, lambda channel: TypingMeanwhile(), clock.now)
    [variant] = variants_of(store, post.id)
    assert variant.state is DeliveryState.PUBLISHED
    assert variant.body == "Getypt terwijl het bericht de deur uit ging"
