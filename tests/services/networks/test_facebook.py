"""The Facebook Page client against a local server that answers as the Graph API documents, and as it does on a
bad day: a 5xx after storing, answers that are not the documented ones, trickled answers, redirects, throttling
with usage headers that make no sense, and a feed that lags behind a post just made."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from services.networks.base import FALLBACK_WAIT, Failure, Image, PublishError, PublishRequest
from services.networks.facebook import FacebookClient
from services.store import Store
from tests.conftest import FakeClock
from tests.services.local_api import local_api

PAGE = "104857600012345"


def photo(tmp_path: Path) -> Image:
    path = tmp_path / "plein.png"
    image = QImage(20, 10, QImage.Format.Format_RGB32)
    image.fill(QColor("green"))
    image.save(str(path))
    return Image.read(path, "image/png", "Het plein")


def request(text: str = "Zaterdag markt", **extra) -> PublishRequest:  # type: ignore[no-untyped-def]
    return PublishRequest(text=text, language="nl", idempotency_key="k", **extra)


def test_facebook_feed_photo_and_scheduled_posts(tmp_path: Path) -> None:
    with local_api() as api:
        api.route("POST", f"/{PAGE}/feed")(lambda seen: (200, {"id": f"{PAGE}_1"}, {}))
        api.route("POST", f"/{PAGE}/photos")(lambda seen: (200, {"id": "9", "post_id": f"{PAGE}_2"}, {}))
        api.route("DELETE", f"/{PAGE}_3")(lambda seen: (200, {"success": True}, {}))
        client = FacebookClient(PAGE, "page-token", base_url=api.url)
        assert client.publish(request()).url == f"https://www.facebook.com/{PAGE}_1"
        assert api.seen[-1].form == {"message": "Zaterdag markt"} and "access_token" not in api.seen[-1].query
        assert api.seen[-1].headers["Authorization"] == "OAuth page-token"  # in no address at all
        assert client.publish(request(images=(photo(tmp_path),))).remote_id == f"{PAGE}_2"
        assert api.seen[-1].form["caption"] == b"Zaterdag markt" and len(api.seen[-1].form["source"]) > 0
        when = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
        api.route("POST", f"/{PAGE}/feed")(lambda seen: (200, {"id": f"{PAGE}_3"}, {}))
        scheduled = client.publish(request(scheduled_at=when))
        assert scheduled.scheduled and api.seen[-1].form["published"] == "false"
        assert api.seen[-1].form["scheduled_publish_time"] == str(int(when.timestamp()))
        client.cancel_scheduled(scheduled.remote_id)
        assert api.seen[-1].method == "DELETE"


def test_facebook_several_images_are_attached_unpublished_to_one_post(tmp_path: Path) -> None:
    with local_api() as api:
        numbers = iter(range(1, 10))
        api.route("POST", f"/{PAGE}/photos")(lambda seen: (200, {"id": f"p{next(numbers)}"}, {}))
        api.route("POST", f"/{PAGE}/feed")(lambda seen: (200, {"id": f"{PAGE}_9"}, {}))
        FacebookClient(PAGE, "t", base_url=api.url).publish(request(images=(photo(tmp_path), photo(tmp_path))))
        feed = api.seen[-1]
        assert [json.loads(feed.form[f"attached_media[{n}]"]) for n in (0, 1)] == [{"media_fbid": "p1"},
                                                                                 {"media_fbid": "p2"}]
        assert all(seen.form.get("published") == b"false" for seen in api.seen[:2])


@pytest.mark.parametrize(("code", "failure"), [(190, Failure.TOKEN), (200, Failure.TOKEN), (4, Failure.THROTTLED),
                                               (613, Failure.THROTTLED), (506, Failure.REFUSED),
                                               (1, Failure.REFUSED)])
def test_facebook_error_codes_say_what_to_do(code: int, failure: Failure) -> None:
    usage = json.dumps({PAGE: [{"type": "pages", "estimated_time_to_regain_access": 7}]})
    with local_api() as api:
        api.route("POST", f"/{PAGE}/feed")(lambda seen: (400, {"error": {"message": "no", "code": code}},
                                                         {"X-Business-Use-Case-Usage": usage}))
        client = FacebookClient(PAGE, "t", base_url=api.url, clock=lambda: datetime(2026, 3, 1, tzinfo=UTC))
        with pytest.raises(PublishError) as caught:
            client.publish(request())
    assert caught.value.failure is failure and caught.value.message
    if failure is Failure.THROTTLED:
        assert caught.value.retry_at == datetime(2026, 3, 1, 0, 7, tzinfo=UTC)


def test_facebook_after_a_lost_answer_the_page_feed_tells_whether_it_arrived() -> None:
    with local_api() as api:
        api.route("POST", f"/{PAGE}/feed")(lambda seen: None)  # received, but no answer
        api.route("GET", f"/{PAGE}/feed")(lambda seen: (200, {"data": [
            {"id": f"{PAGE}_5", "message": "Zaterdag markt", "permalink_url": "https://fb.example/5"}]}, {}))
        client = FacebookClient(PAGE, "t", base_url=api.url)
        with pytest.raises(PublishError) as caught:
            client.publish(request())
        assert caught.value.failure is Failure.UNKNOWN and not client.safe_to_resend(request(), datetime.now(UTC),
                                                                                      datetime.now(UTC))
        found = client.find_published(request(), datetime.now(UTC) - timedelta(minutes=1))
        assert found is not None and found.remote_id == f"{PAGE}_5"
        assert client.find_published(request("Iets anders"), datetime.now(UTC)) is None


def test_facebook_who_am_i_reads_the_page_without_the_token_in_any_address() -> None:
    with local_api() as api:
        info = FacebookClient(PAGE, "page-token-0123", base_url=api.url).who_am_i()
    assert info.name == "Gemeente Oosterzande" and info.account is not None and info.account.id == PAGE
    assert [seen.path for seen in api.seen] == ["/me"]  # /debug_token would need the token in its address
    assert all("page-token-0123" not in str(seen.query) for seen in api.seen)


NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("fault", "expected"), [
    ("stored-500", Failure.UNKNOWN), ("non-json", Failure.UNKNOWN), ("wrong-shape", Failure.UNKNOWN),
    ("drop", Failure.UNKNOWN), ("trickle", Failure.UNKNOWN), ("html-500", Failure.UNKNOWN),
    ("redirect", Failure.MOVED),
])
def test_facebook_only_a_documented_refusal_means_not_sent(fault: str, expected: Failure) -> None:
    posts: list[str] = []
    with local_api() as api, local_api() as elsewhere:
        api.redirect_to = elsewhere.url
        api.route("POST", f"/{PAGE}/feed")(lambda seen: (posts.append(seen.form["message"]) or  # type: ignore[func-returns-value]
                                                         (200, {"id": f"{PAGE}_1"}, {})))
        api.faults[f"POST /{PAGE}/feed"] = [fault]
        with pytest.raises(PublishError) as caught:
            FacebookClient(PAGE, "page-token", base_url=api.url, deadline=1.0).publish(request())
        assert elsewhere.seen == []  # a redirect is not followed: the token went nowhere else
    assert caught.value.failure is expected and caught.value.message
    assert len(posts) == (1 if fault in ("stored-500", "non-json", "wrong-shape", "drop", "trickle") else 0)


def test_a_portal_that_repeats_the_page_token_in_its_redirect_leaves_it_nowhere(store: Store, clock: FakeClock,
                                                                                 tmp_path: Path) -> None:
    """A hotel or train Wi-Fi portal answers with a redirect whose address repeats the token: the message says
    where, without it; and the token was in no address Omroeper sent (it goes in the Authorization header)."""
    from models.channel import ChannelAccount, Network
    from models.post import Post, PostStatus, Variant
    from services.channels import add_channel
    from services.handover import HandoverNote, export_handover
    from services.outbox import run_outbox
    from services.post_editing import save_post, variants_of

    token = "EAAGpagetoken0123456789"
    with local_api() as api:
        api.redirect_to = f"http://wifi-portal.example/login?token={token}&orig="
        api.faults[f"POST /{PAGE}/feed"] = ["redirect"]
        channel = add_channel(store, Network.FACEBOOK, "Facebook", token, external_id=PAGE)
        post = Post(title="Kerstmarkt", body="Kerstmarkt zaterdag", status=PostStatus.SCHEDULED,
                    scheduled_at=clock.now - timedelta(minutes=1))
        save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)])
        report = run_outbox(store, lambda c: FacebookClient(PAGE, token, base_url=api.url, clock=clock), clock.now)
        assert api.seen and all(token not in str(seen.query) and "access_token" not in seen.query
                                for seen in api.seen)
    assert any("wifi-portal.example" in line for line in report.failures)
    stored = store.get(ChannelAccount, channel.id)
    assert stored is not None and "wifi-portal.example" in stored.last_error and token not in stored.last_error
    assert all(token not in line for line in report.failures)
    assert all(token not in variant.last_error for variant in variants_of(store, post.id))
    export_handover(store, tmp_path / "to-joris.omroeper", HandoverNote(), clock.now)
    store.close()
    import zipfile

    with zipfile.ZipFile(tmp_path / "to-joris.omroeper") as archive:
        packed = [archive.read(name) for name in archive.namelist()]
    for data in [*packed, *(path.read_bytes() for path in store.path.parent.glob(store.path.name + "*"))]:
        assert token.encode() not in data


def test_facebook_an_unpublished_photo_that_fails_means_the_post_was_not_sent(tmp_path: Path) -> None:
    with local_api() as api:
        api.route("POST", f"/{PAGE}/photos")(lambda seen: (200, {"id": "p1"}, {}))
        api.faults[f"POST /{PAGE}/photos"] = ["", "stored-500"]
        with pytest.raises(PublishError) as caught:
            FacebookClient(PAGE, "t", base_url=api.url).publish(request(images=(photo(tmp_path), photo(tmp_path))))
        assert caught.value.failure is Failure.TEMPORARY  # the post itself (the feed call) never left
        assert [seen.path for seen in api.seen] == [f"/{PAGE}/photos", f"/{PAGE}/photos"]


@pytest.mark.parametrize("usage", ["not json", json.dumps({PAGE: [{"estimated_time_to_regain_access": -3}]}),
                                   json.dumps({PAGE: [{"estimated_time_to_regain_access": 10 ** 12}]}),
                                   json.dumps({PAGE: [{"estimated_time_to_regain_access": "soon"}]})])
def test_facebook_throttling_without_a_believable_wait_waits_a_sane_while(usage: str) -> None:
    with local_api() as api:
        api.route("POST", f"/{PAGE}/feed")(lambda seen: (403, {"error": {"message": "slow", "code": 32}},
                                                         {"X-Page-Usage": usage}))
        with pytest.raises(PublishError) as caught:
            FacebookClient(PAGE, "t", base_url=api.url, clock=lambda: NOW).publish(request())
    assert caught.value.failure is Failure.THROTTLED and caught.value.retry_at == NOW + FALLBACK_WAIT


def test_facebook_a_lagging_feed_is_no_proof_of_absence() -> None:
    with local_api() as api:
        api.route("GET", f"/{PAGE}/feed")(lambda seen: (200, {"data": []}, {}))
        client = FacebookClient(PAGE, "t", base_url=api.url)
        assert client.find_published(request(), NOW) is None  # "not seen yet": the outbox never resends on it
        api.route("GET", f"/{PAGE}/feed")(lambda seen: (200, {"data": "nonsense"}, {}))
        with pytest.raises(PublishError) as caught:
            client.find_published(request(), NOW)
        assert caught.value.failure is Failure.TEMPORARY


def test_facebook_a_scheduled_post_counts_as_published_when_graph_says_so() -> None:
    answers = iter([(200, {"id": f"{PAGE}_3", "is_published": False}, {}),
                    (200, {"id": f"{PAGE}_3", "is_published": True, "permalink_url": "https://fb.example/3"}, {}),
                    (400, {"error": {"message": "Unsupported get request", "code": 100, "error_subcode": 33}}, {})])
    with local_api() as api:
        api.route("GET", f"/{PAGE}_3")(lambda seen: next(answers))
        client = FacebookClient(PAGE, "t", base_url=api.url)
        assert client.check_scheduled(f"{PAGE}_3", request()).still_held
        published = client.check_scheduled(f"{PAGE}_3", request()).published
        assert published is not None and published.url == "https://fb.example/3"
        assert "deleted there" in client.check_scheduled(f"{PAGE}_3", request()).gone


def test_facebook_a_scheduled_post_with_one_photo_goes_through_the_feed_so_its_id_is_the_posts(tmp_path: Path) -> None:
    when = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    with local_api() as api:
        api.route("POST", f"/{PAGE}/photos")(lambda seen: (200, {"id": "p1"}, {}))
        api.route("POST", f"/{PAGE}/feed")(lambda seen: (200, {"id": f"{PAGE}_7"}, {}))
        published = FacebookClient(PAGE, "t", base_url=api.url).publish(request(images=(photo(tmp_path),),
                                                                                scheduled_at=when))
        photo_upload, feed = api.seen
    assert published.scheduled and published.remote_id == f"{PAGE}_7"
    assert photo_upload.form["published"] == b"false" and photo_upload.form["temporary"] == b"true"
    assert json.loads(feed.form["attached_media[0]"]) == {"media_fbid": "p1"}
    assert feed.form["scheduled_publish_time"] == str(int(when.timestamp()))


@pytest.mark.parametrize("post_id", [True, False, 0, -5, "", "   ", None, ["1"], "page-token", "1_page-token"])
def test_an_answer_whose_id_proves_nothing_leaves_the_post_unknown_never_published(post_id: object) -> None:
    """Python counts true and false as numbers: {"id": true} was taken as post "True", published. An id that
    quotes the token would have put it into the data file and every handover file."""
    with local_api() as api:
        api.route("POST", f"/{PAGE}/feed")(lambda seen: (200, {"id": post_id}, {}))
        with pytest.raises(PublishError) as caught:
            FacebookClient(PAGE, "page-token", base_url=api.url).publish(request())
    assert caught.value.failure is Failure.UNKNOWN and "page-token" not in caught.value.message
