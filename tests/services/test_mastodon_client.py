"""The Mastodon client against a local server speaking the documented API, failures included."""

from __future__ import annotations

import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from services.networks.base import Failure, Image, PublishError, PublishRequest
from services.networks.mastodon import MastodonClient
from tests.services.mastodon_server import TOKEN, MastodonServer


def client(server: MastodonServer, token: str = TOKEN) -> MastodonClient:
    return MastodonClient(server.url, token, sleep=lambda seconds: None)


def request(text: str = "Zaterdag is er markt", key: str = "key-1", **extra) -> PublishRequest:  # type: ignore[no-untyped-def]
    return PublishRequest(text=text, language="nl", idempotency_key=key, **extra)


def test_who_am_i_gives_the_account_and_the_instance_limit(server: MastodonServer) -> None:
    info = client(server).who_am_i()
    assert info.name == "Gemeente Oosterzande (@oosterzande)" and info.max_characters == 1000


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
    image = QImage(20, 10, QImage.Format.Format_RGB32)
    image.fill(QColor("green"))
    image.save(str(path))
    naps: list[float] = []
    mastodon = MastodonClient(server.url, TOKEN, sleep=naps.append)
    mastodon.publish(request(images=(Image(path, "image/png", "Kinderen op de glijbaan"),)))
    assert server.media["m1"]["description"] == "Kinderen op de glijbaan" and server.media["m1"]["size"] > 0
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


@pytest.mark.parametrize(("failure", "expected"), [("401", Failure.TOKEN), ("422", Failure.REFUSED),
                                                   ("429", Failure.THROTTLED), ("500", Failure.TEMPORARY),
                                                   ("drop", Failure.UNKNOWN)])
def test_each_failure_says_what_it_means(server: MastodonServer, failure: str, expected: Failure) -> None:
    server.fail_next.append(failure)
    with pytest.raises(PublishError) as caught:
        client(server).publish(request())
    assert caught.value.failure is expected
    assert caught.value.message
    if failure == "429":
        retry_at = caught.value.retry_at
        assert retry_at is not None and timedelta(minutes=2) < retry_at - datetime.now(UTC) < timedelta(minutes=4)


def test_a_lost_answer_then_a_resend_with_the_same_key_posts_once(server: MastodonServer) -> None:
    server.fail_next.append("drop")
    with pytest.raises(PublishError) as caught:
        client(server).publish(request(key="same"))
    assert caught.value.failure is Failure.UNKNOWN and len(server.statuses) == 1  # it did arrive
    assert client(server).publish(request(key="same")).remote_id == server.statuses[0]["id"]
    assert len(server.statuses) == 1


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
    assert caught.value.failure is Failure.TEMPORARY


def test_resending_is_safe_only_within_the_servers_idempotency_window(server: MastodonServer) -> None:
    sent = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    mastodon = client(server)
    assert mastodon.safe_to_resend(request(), sent, sent + timedelta(minutes=30))
    assert not mastodon.safe_to_resend(request(), sent, sent + timedelta(hours=2))
