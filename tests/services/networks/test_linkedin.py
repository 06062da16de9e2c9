"""The LinkedIn client against a local server that answers as the documented API does, and as it does on a bad
day: a 5xx after storing, answers that are not the documented ones, a retry-after to believe, and upload
addresses elsewhere."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from services.networks.base import FALLBACK_WAIT, Failure, Image, PublishError, PublishRequest
from services.networks.linkedin import LinkedInClient, escape_little_text
from tests.services.local_api import Seen, local_api

PAGE = "104857600012345"


def photo(tmp_path: Path) -> Image:
    path = tmp_path / "plein.png"
    image = QImage(20, 10, QImage.Format.Format_RGB32)
    image.fill(QColor("green"))
    image.save(str(path))
    return Image.read(path, "image/png", "Het plein")


def request(text: str = "Zaterdag markt", **extra) -> PublishRequest:  # type: ignore[no-untyped-def]
    return PublishRequest(text=text, language="nl", idempotency_key="k", **extra)


def test_little_text_is_escaped_so_nothing_is_cut() -> None:
    assert escape_little_text("Raad (20:00) #begroting @Sanne_x *nieuw* [link] <b> ~ | {a} \\") == (
        "Raad \\(20:00\\) \\#begroting \\@Sanne\\_x \\*nieuw\\* \\[link\\] \\<b\\> \\~ \\| \\{a\\} \\\\")


def test_linkedin_posts_with_its_headers_escaped_text_and_an_image_with_alt_text(tmp_path: Path) -> None:
    with local_api() as api:
        api.route("POST", "/images")(lambda seen: (200, {"value": {"uploadUrl": f"{api.url}/upload/1",
                                                                    "image": "urn:li:image:1"}}, {}))
        api.route("PUT", "/upload/1")(lambda seen: (201, {}, {}))
        api.route("POST", "/posts")(lambda seen: (201, {}, {"x-restli-id": "urn:li:share:42"}))
        client = LinkedInClient("2414183", "li-token", base_url=api.url)
        published = client.publish(request("Open dag (zaterdag) #oosterzande", images=(photo(tmp_path),)))
        assert published.remote_id == "urn:li:share:42"
        post = api.seen[-1]
        assert post.headers["LinkedIn-Version"] and post.headers["X-Restli-Protocol-Version"] == "2.0.0"
        assert post.json["author"] == "urn:li:organization:2414183"
        assert post.json["commentary"] == "Open dag \\(zaterdag\\) {hashtag|\\#|oosterzande}"
        assert post.json["content"] == {"media": {"id": "urn:li:image:1", "altText": "Het plein"}}
        assert post.json["lifecycleState"] == "PUBLISHED" and post.json["visibility"] == "PUBLIC"
        assert api.seen[1].method == "PUT" and len(api.seen[1].raw) > 0


def test_linkedin_gets_hashtags_as_its_own_hashtags_and_everything_else_as_plain_text() -> None:
    text = "Markt (zaterdag) #Oosterzande #markt_2026! Info: https://oosterzande.nl/markt#tijden, C# en #3 *niet*"
    with local_api() as api:
        api.route("POST", "/posts")(lambda seen: (201, {}, {"x-restli-id": "urn:li:share:43"}))
        LinkedInClient("2414183", "li-token", base_url=api.url).publish(request(text))
        assert api.seen[-1].json["commentary"] == (
            "Markt \\(zaterdag\\) {hashtag|\\#|Oosterzande} {hashtag|\\#|markt\\_2026}! Info: "
            "https://oosterzande.nl/markt\\#tijden, C\\# en \\#3 \\*niet\\*")


def test_linkedin_finds_a_lost_post_with_hashtags_as_sent_now_or_as_sent_before() -> None:
    now = datetime.now(UTC)
    for stored in ("Zaterdag {hashtag|\\#|markt}", "Zaterdag \\#markt"):
        with local_api() as api:
            api.route("GET", "/posts")(lambda seen, stored=stored: (200, {"elements": [
                {"id": "urn:li:share:8", "commentary": stored, "createdAt": int(now.timestamp() * 1000)}]}, {}))
            found = LinkedInClient("1", "t", base_url=api.url).find_published(request("Zaterdag #markt"), now)
        assert found is not None and found.remote_id == "urn:li:share:8"


@pytest.mark.parametrize(("status", "body", "failure"), [
    (401, {"message": "Invalid access token"}, Failure.TOKEN),
    (422, {"message": "Content is a duplicate", "code": "DUPLICATE_POST"}, Failure.REFUSED),
    (429, {"message": "Too many"}, Failure.THROTTLED),
    (503, {}, Failure.UNKNOWN),  # the server failed: perhaps after it stored the post
    (400, {}, Failure.UNKNOWN),  # not LinkedIn's documented error body: nothing proven
])
def test_linkedin_failures_say_what_to_do(status: int, body: dict[str, str], failure: Failure) -> None:
    with local_api() as api:
        api.route("POST", "/posts")(lambda seen: (status, body, {}))
        with pytest.raises(PublishError) as caught:
            LinkedInClient("1", "t", base_url=api.url).publish(request())
    assert caught.value.failure is failure


def test_linkedin_recent_posts_tell_whether_a_lost_post_arrived() -> None:
    now = datetime.now(UTC)

    def recent(seen: Seen):  # type: ignore[no-untyped-def]
        assert seen.query == {"author": "urn:li:organization:1", "q": "author", "count": "20"}
        return 200, {"elements": [{"id": "urn:li:share:7", "commentary": "Zaterdag markt",
                                   "createdAt": int(now.timestamp() * 1000)}]}, {}

    with local_api() as api:
        api.route("GET", "/posts")(recent)
        client = LinkedInClient("1", "t", base_url=api.url)
        assert client.find_published(request(), now - timedelta(minutes=1)).remote_id == "urn:li:share:7"  # type: ignore[union-attr]
        assert client.find_published(request("Ander bericht"), now) is None


NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("fault", "expected"), [
    ("stored-500", Failure.UNKNOWN), ("wrong-shape", Failure.UNKNOWN), ("trickle", Failure.UNKNOWN),
    ("redirect", Failure.MOVED), ("429-none", Failure.THROTTLED), ("429-garbage", Failure.THROTTLED),
    ("429-past", Failure.THROTTLED), ("429-far", Failure.THROTTLED),
])
def test_linkedin_only_a_documented_refusal_means_not_sent(fault: str, expected: Failure) -> None:
    posts: list[str] = []
    with local_api() as api, local_api() as elsewhere:
        api.redirect_to = elsewhere.url
        api.route("POST", "/posts")(lambda seen: (posts.append(seen.json["commentary"]) or  # type: ignore[func-returns-value]
                                                  (201, {}, {"x-restli-id": "urn:li:share:1"})))
        api.faults["POST /posts"] = [fault]
        with pytest.raises(PublishError) as caught:
            LinkedInClient("1", "li-token", base_url=api.url, deadline=1.0, clock=lambda: NOW).publish(request())
        assert elsewhere.seen == []
    assert caught.value.failure is expected
    if expected is Failure.THROTTLED:
        assert caught.value.retry_at == NOW + FALLBACK_WAIT
    assert len(posts) == (1 if expected is Failure.UNKNOWN else 0)


def test_linkedin_a_believable_retry_after_is_taken() -> None:
    with local_api() as api:
        api.faults["POST /posts"] = ["429"]
        with pytest.raises(PublishError) as caught:
            LinkedInClient("1", "t", base_url=api.url, clock=lambda: NOW).publish(request())
    assert caught.value.retry_at == NOW + timedelta(seconds=120)


@pytest.mark.parametrize("address", [
    "{elsewhere}/upload/1",
    # Read by urlsplit as the API's own host, sent by requests to the other one (the backslash ends its host).
    "{elsewhere}\\@{api_host}/upload/1",
    "{elsewhere}\\.{api_host}/upload/1",
    "{elsewhere}\\#@{api_host}/upload/1",
    "http://someone@{api_host}/upload/1",  # a user name: requests would send it instead of the token
    "http://[::1]/upload/1",
    # Not LinkedIn's, whatever their last words say: refused before any connection is tried.
    "https://evil.example@api.linkedin.com/upload/1",
    "https://[fe80::1%25.linkedin.com]/upload/1",
    "https://evil.example%2F.linkedin.com/upload/1",
])
def test_linkedin_never_sends_an_image_or_the_token_to_an_upload_address_elsewhere(tmp_path: Path,
                                                                                    address: str) -> None:
    with local_api() as api, local_api() as elsewhere:
        upload = address.format(elsewhere=elsewhere.url, api_host=api.url.split("://", 1)[1])
        api.route("POST", "/images")(lambda seen: (200, {"value": {"uploadUrl": upload,
                                                                    "image": "urn:li:image:1"}}, {}))
        with pytest.raises(PublishError) as caught:
            LinkedInClient("1", "li-token", base_url=api.url).publish(request(images=(photo(tmp_path),)))
        assert caught.value.failure is Failure.REFUSED and elsewhere.seen == []
        assert [seen.path for seen in api.seen] == ["/images"]  # and no post was made


@pytest.mark.parametrize("urn", ["urn:li:share:li-token", "urn:li:li-token"])
def test_an_id_that_quotes_the_token_is_not_kept(urn: str) -> None:
    """A post id holding the token would go into the data file and every handover file: it proves nothing."""
    with local_api() as api:
        api.route("POST", "/posts")(lambda seen: (201, {}, {"x-restli-id": urn}))
        with pytest.raises(PublishError) as caught:
            LinkedInClient("1", "li-token", base_url=api.url).publish(request())
    assert caught.value.failure is Failure.UNKNOWN and "li-token" not in caught.value.message

