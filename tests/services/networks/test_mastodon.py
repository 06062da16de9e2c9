"""The Mastodon client against a local server speaking the documented API, failures included: only an answer
that proves a refusal means "not sent"; a 5xx, an answer that is not the documented one, a cut or trickled answer
leave the outcome unknown; a redirect is never followed with the token."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image as Picture

from models.channel import ImageLimits
from services.networks.base import FALLBACK_WAIT, Failure, Image, PublishError, PublishRequest
from services.networks.mastodon import MastodonClient
from tests.services.local_api import LocalApi, local_api
from tests.services.mastodon_server import TOKEN, MastodonServer

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def client(server: MastodonServer, token: str = TOKEN, deadline: float = 5.0) -> MastodonClient:
    return MastodonClient(server.url, token, sleep=lambda seconds: None, deadline=deadline)


def request(text: str = "Zaterdag is er markt", key: str = "key-1", **extra) -> PublishRequest:  # type: ignore[no-untyped-def]
    return PublishRequest(text=text, language="nl", idempotency_key=key, **extra)


@pytest.fixture
def elsewhere() -> Iterator[LocalApi]:
    """Where a redirect points: a server that records whatever reaches it."""
    with local_api() as api:
        yield api


def test_who_am_i_gives_the_account_and_the_instance_limits(server: MastodonServer) -> None:
    server.image_size_limit = 8_000_000
    info = client(server).who_am_i()
    assert info.name == "Gemeente Oosterzande (@oosterzande)" and info.max_characters == 1000
    assert info.image_limits is not None
    assert (info.image_limits.max_bytes, info.image_limits.max_pixels) == (8_000_000, 33_177_600)
    assert info.image_limits.types == {"image/jpeg", "image/png", "image/gif", "image/webp"}  # no video


def test_a_status_is_posted_public_in_its_language_with_an_idempotency_key(server: MastodonServer) -> None:
    published = client(server).publish(request())
    assert published.url == f"{server.url}/@oosterzande/101" and not published.scheduled
    [(method, path, headers, body)] = [r for r in server.requests if r[1] == "/api/v1/statuses"]
    assert headers["Idempotency-Key"] == "key-1"
    assert body == {"status": "Zaterdag is er markt", "visibility": "public", "language": "nl"}


def test_sending_again_with_the_same_key_gives_the_same_status_not_a_second(server: MastodonServer) -> None:
    first = client(server).publish(request())
    again = client(server).publish(request())
    assert first == again and len(server.statuses) == 1


def test_an_image_is_uploaded_with_its_alt_text_and_waited_for(server: MastodonServer, tmp_path: Path) -> None:
    path = tmp_path / "speeltuin.png"
    Picture.new("RGB", (20, 10), "green").save(path)
    naps: list[float] = []
    mastodon = MastodonClient(server.url, TOKEN, sleep=naps.append)
    mastodon.publish(request(images=(Image.read(path, "image/png", "Kinderen op de glijbaan"),)))
    assert server.media["m1"]["description"] == "Kinderen op de glijbaan" and server.media["m1"]["data"] == \
        path.read_bytes()
    assert len(naps) == 3  # a pause before each poll: two answered 206 (processing), the third 200
    assert server.statuses[0]["media_attachments"] == [{"id": "m1", "description": "Kinderen op de glijbaan"}]


def test_a_post_handed_to_the_servers_schedule_can_be_taken_back(server: MastodonServer) -> None:
    when = datetime.now(UTC) + timedelta(hours=2)
    published = client(server).publish(request(scheduled_at=when))
    assert published.scheduled and published.remote_id in server.scheduled
    assert server.scheduled[published.remote_id]["params"]["scheduled_at"].startswith(when.strftime("%Y-%m-%dT%H:%M"))
    client(server).cancel_scheduled(published.remote_id)
    assert server.scheduled == {}
    client(server).cancel_scheduled(published.remote_id)  # gone already: not an error


@pytest.mark.parametrize(("failure", "expected", "stored"), [
    ("401", Failure.TOKEN, 0), ("422", Failure.REFUSED, 0), ("429", Failure.THROTTLED, 0),
    ("500", Failure.UNKNOWN, 0), ("html-500", Failure.UNKNOWN, 0), ("stored-500", Failure.UNKNOWN, 1),
    ("non-json", Failure.UNKNOWN, 1), ("wrong-shape", Failure.UNKNOWN, 1), ("drop", Failure.UNKNOWN, 1),
])
def test_only_a_documented_refusal_means_not_sent(server: MastodonServer, failure: str, expected: Failure,
                                                  stored: int) -> None:
    server.faults["POST /api/v1/statuses"] = [failure]
    with pytest.raises(PublishError) as caught:
        client(server).publish(request())
    assert caught.value.failure is expected and caught.value.message
    assert len(server.statuses) == stored
    if failure == "429":
        retry_at = caught.value.retry_at
        assert retry_at is not None and timedelta(minutes=2) < retry_at - datetime.now(UTC) < timedelta(minutes=4)


def test_a_server_that_stores_the_post_then_answers_500_gets_it_once_on_the_resend(server: MastodonServer) -> None:
    server.faults["POST /api/v1/statuses"] = ["stored-500"]
    with pytest.raises(PublishError) as caught:
        client(server).publish(request(key="same"))
    assert caught.value.failure is Failure.UNKNOWN and "not known" in caught.value.message
    assert client(server).publish(request(key="same")).remote_id == server.statuses[0]["id"]
    assert len(server.statuses) == 1


def test_a_trickled_answer_ends_at_the_deadline_as_unknown(server: MastodonServer) -> None:
    server.faults["POST /api/v1/statuses"] = ["trickle"]
    with pytest.raises(PublishError) as caught:
        client(server, deadline=1.0).publish(request())
    assert caught.value.failure is Failure.UNKNOWN and "did not answer in time" in caught.value.message
    assert len(server.statuses) == 1


def test_a_trickled_media_upload_answer_is_not_sent_and_no_status_is_made(server: MastodonServer) -> None:
    server.faults["POST /api/v2/media"] = ["trickle"]
    with pytest.raises(PublishError) as caught:
        client(server, deadline=1.0).publish(request(images=(Image("a.png", "image/png", "alt", b"png"),)))
    assert caught.value.failure is Failure.TEMPORARY and server.statuses == []


def test_a_redirect_is_not_followed_and_the_token_stays_here(server: MastodonServer, elsewhere: LocalApi) -> None:
    server.redirect_to = elsewhere.url
    server.faults["POST /api/v1/statuses"] = ["redirect"]
    with pytest.raises(PublishError) as caught:
        client(server).publish(request())
    assert caught.value.failure is Failure.MOVED
    assert f"moved to {elsewhere.url}/api/v1/statuses" in caught.value.message and "Channels" in caught.value.message
    assert elsewhere.seen == []  # nothing, and so no token, reached the other address
    assert server.statuses == []


@pytest.mark.parametrize("fault", ["429-none", "429-garbage", "429-past", "429-far"])
def test_a_rate_limit_without_a_believable_reset_waits_a_sane_while(server: MastodonServer, fault: str) -> None:
    server.faults["POST /api/v1/statuses"] = [fault]
    mastodon = MastodonClient(server.url, TOKEN, clock=lambda: NOW)
    with pytest.raises(PublishError) as caught:
        mastodon.publish(request())
    assert caught.value.failure is Failure.THROTTLED and caught.value.retry_at == NOW + FALLBACK_WAIT


def test_a_wrong_token_is_a_token_failure(server: MastodonServer) -> None:
    with pytest.raises(PublishError) as caught:
        client(server, token="wrong").who_am_i()
    assert caught.value.failure is Failure.TOKEN and "Development" in caught.value.message


def test_a_server_that_cannot_be_reached_is_temporary_and_nothing_was_sent() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nobody listens here
    with pytest.raises(PublishError) as caught:
        MastodonClient(f"http://127.0.0.1:{port}", TOKEN).publish(request())
    assert caught.value.failure is Failure.TEMPORARY and "nothing was sent" in caught.value.message


def test_resending_is_safe_only_within_the_servers_idempotency_window(server: MastodonServer) -> None:
    sent = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    mastodon = client(server)
    assert mastodon.safe_to_resend(request(), sent, sent + timedelta(minutes=30))
    assert not mastodon.safe_to_resend(request(), sent, sent + timedelta(hours=2))


def test_beyond_the_window_the_accounts_own_statuses_tell_whether_it_arrived(server: MastodonServer) -> None:
    text = "Raad vanavond met @wethouder@andere.server en https://oosterzande.nl/raad"
    client(server).publish(request(text, key="first"))
    found = client(server).find_published(request(text, key="first"), datetime.now(UTC) - timedelta(minutes=1))
    assert found is not None and found.remote_id == server.statuses[0]["id"]
    assert client(server).find_published(request("Iets anders"), datetime.now(UTC) - timedelta(minutes=1)) is None
    later = client(server).find_published(request(text), datetime.now(UTC) + timedelta(hours=1))
    assert later is None  # a status older than the attempt is not this post


def test_a_scheduled_post_counts_as_published_when_the_server_confirms_it(server: MastodonServer) -> None:
    now = datetime.now(UTC)
    server.clock = lambda: now
    when = now + timedelta(minutes=30)
    handed = client(server).publish(request(scheduled_at=when))
    assert client(server).check_scheduled(handed.remote_id, request(scheduled_at=when)).still_held
    now += timedelta(minutes=31)
    assert client(server).check_scheduled(handed.remote_id, request(scheduled_at=when)).still_held  # not yet run
    server.publish_scheduled()
    check = client(server).check_scheduled(handed.remote_id, request(scheduled_at=when))
    assert check.published is not None and check.published.url == server.statuses[0]["url"]


def test_a_scheduled_post_deleted_on_the_server_is_gone_with_the_reason(server: MastodonServer) -> None:
    when = datetime.now(UTC) + timedelta(minutes=30)
    handed = client(server).publish(request(scheduled_at=when))
    server.scheduled.clear()
    check = client(server).check_scheduled(handed.remote_id, request(scheduled_at=when))
    assert check.published is None and "no longer holds this post" in check.gone


def test_instance_limits_that_make_no_sense_are_not_taken(server: MastodonServer) -> None:
    server.image_size_limit = 0
    assert client(server).who_am_i().image_limits is None
    assert ImageLimits.from_json({"max_bytes": "a lot"}) is None


def test_what_a_hostile_server_says_is_kept_as_plain_text_and_web_links_only(elsewhere: LocalApi) -> None:
    elsewhere.route("POST", "/api/v1/statuses")(lambda seen: (200, {"id": "1", "url": "file:///etc/passwd",
                                                                     "uri": "javascript:alert(1)"}, {}))
    elsewhere.route("POST", "/api/v2/media")(lambda seen: (422, {"error": "Bad\x1b[31m image\u202e"}, {}))
    elsewhere.route("GET", "/api/v1/accounts/verify_credentials")(lambda seen: (200, {"id": "1", "acct": "x"}, {}))
    elsewhere.route("GET", "/api/v2/instance")(lambda seen: (200, {"configuration": {"statuses": {
        "max_characters": -5}}}, {}))
    mastodon = MastodonClient(elsewhere.url, TOKEN)
    assert mastodon.publish(request()).url == ""  # never a link the composer would open
    with pytest.raises(PublishError) as caught:
        mastodon.publish(request(images=(Image("a.png", "image/png", "alt", b"png"),)))
    assert caught.value.message == "The Mastodon server refused the post: Bad[31m image"
    assert mastodon.who_am_i().max_characters is None  # an absurd limit is not believed
