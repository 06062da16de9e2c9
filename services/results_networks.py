"""Reading back how posts landed, per network, through each client's own wire (services/networks/http.py): the
same deadline, no redirects followed, a capped answer, and the same errors in the officer's words.

- Mastodon: `GET /api/v1/statuses/:id` (favourites_count, reblogs_count, replies_count, quotes_count from 4.5);
  followers from `verify_credentials` (followers_count).
- Bluesky: `app.bsky.feed.getPosts` with up to 25 uris a call (likeCount, repostCount, replyCount, quoteCount);
  followers from `app.bsky.actor.getProfile` (followersCount). Bluesky counts no views.
- Facebook Page: the post's reactions, comments and shares (`/{post-id}?fields=reactions.summary(total_count)...`)
  and its insights with the metric names in use since 2025: `post_media_view` (views, which replaced
  impressions) and `post_total_media_view_unique` (the people who saw it: Facebook's reach). Followers: the Page's
  `followers_count`. A page whose insights Facebook withholds (under 100 followers, a permission missing) still
  gets its counts; views and reach stay unknown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from models.channel import Network
from models.validation import COUNT_MAX
from services.errors import translate
from services.networks.base import Failure, PublishError

GET_POSTS_AT_ONCE = 25  # app.bsky.feed.getPosts takes at most 25 uris
FACEBOOK_COUNTS = "reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0),shares"
FACEBOOK_METRICS = "post_media_view,post_total_media_view_unique"
READ_BACK = frozenset({Network.MASTODON, Network.BLUESKY, Network.FACEBOOK})  # the networks asked for figures


@dataclass(frozen=True)
class Counts:
    """What a network said about one post (None: it does not give that figure)."""

    likes: int | None = None
    shares: int | None = None
    replies: int | None = None
    quotes: int | None = None
    views: int | None = None
    reach: int | None = None


class NotThere(Exception):
    """The network no longer shows the post (deleted there, or never one of this account's)."""


def _count(value: object) -> int | None:
    """A count as the network gave it: a whole number from 0 to COUNT_MAX (the most a record keeps exactly, and
    far beyond any post's), or None. A server that says 10**20 likes is not believed: the number did not even fit
    the store, and every run that fetched figures failed."""
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= COUNT_MAX else None


def post_counts(network: Network, client: Any, remote_ids: list[str]) -> dict[str, Counts | NotThere]:
    """The counts of each post (by the network's id for it). Raises PublishError when the network cannot be asked
    at all (offline, token refused, throttled, an answer it does not document)."""
    if network is Network.MASTODON:
        return {remote_id: _mastodon(client, remote_id) for remote_id in remote_ids}
    if network is Network.BLUESKY:
        found: dict[str, Counts | NotThere] = {}
        for start in range(0, len(remote_ids), GET_POSTS_AT_ONCE):
            found.update(_bluesky(client, remote_ids[start:start + GET_POSTS_AT_ONCE]))
        return found
    if network is Network.FACEBOOK:
        return {remote_id: _facebook(client, remote_id) for remote_id in remote_ids}
    raise ValueError(f"no figures from {network}")


def followers(network: Network, client: Any) -> int | None:
    """How many follow the account, where the network says; raises PublishError when it cannot be asked."""
    if network is Network.MASTODON:
        return _count(client._json("GET", "/api/v1/accounts/verify_credentials").get("followers_count"))
    if network is Network.BLUESKY:
        client._login()
        profile = client._call("GET", "app.bsky.actor.getProfile", params={"actor": client.did})
        return _count(profile.get("followersCount"))
    if network is Network.FACEBOOK:
        return _count(client._call("GET", f"/{quote(client.page_id, safe='')}",
                                   params={"fields": "followers_count"}).get("followers_count"))
    return None


def _mastodon(client: Any, remote_id: str) -> Counts | NotThere:
    try:
        status = client._json("GET", f"/api/v1/statuses/{quote(remote_id, safe='')}")
    except PublishError as error:
        if error.status == 404:
            return NotThere()
        raise
    return Counts(likes=_count(status.get("favourites_count")), shares=_count(status.get("reblogs_count")),
                  replies=_count(status.get("replies_count")), quotes=_count(status.get("quotes_count")))


def _bluesky(client: Any, uris: list[str]) -> dict[str, Counts | NotThere]:
    client._login()
    answer = client._call("GET", "app.bsky.feed.getPosts", params={"uris": uris})
    posts = answer.get("posts")
    if not isinstance(posts, list):
        raise client.wire.odd(creates_post=False)
    by_uri = {post["uri"]: post for post in posts if isinstance(post, dict) and isinstance(post.get("uri"), str)}
    found: dict[str, Counts | NotThere] = {}
    for uri in uris:
        post = by_uri.get(uri)
        found[uri] = NotThere() if post is None else Counts(
            likes=_count(post.get("likeCount")), shares=_count(post.get("repostCount")),
            replies=_count(post.get("replyCount")), quotes=_count(post.get("quoteCount")))
    return found


def _facebook(client: Any, remote_id: str) -> Counts | NotThere:
    path = f"/{quote(remote_id, safe='')}"
    try:
        post = client._call("GET", path, params={"fields": FACEBOOK_COUNTS})
    except PublishError as error:
        if error.code == "100/33" or error.status == 404:
            return NotThere()
        raise

    def total(edge: str) -> int | None:
        value = post.get(edge)
        summary = value.get("summary") if isinstance(value, dict) else None
        return _count(summary.get("total_count")) if isinstance(summary, dict) else None

    shares = post.get("shares")
    views = reach = None
    try:
        insights = client._call("GET", f"{path}/insights", params={"metric": FACEBOOK_METRICS, "period": "lifetime"})
    except PublishError as error:
        if error.failure not in (Failure.REFUSED, Failure.TOKEN):
            raise  # offline, throttled, a server's own trouble: the whole look failed
        # Withheld for this page or post (fewer than 100 followers, or a token without the insights permission:
        # the token itself just read the counts): the counts stand without views.
        insights = {}
    metrics = insights.get("data") if isinstance(insights, dict) else None
    for metric in metrics if isinstance(metrics, list) else []:
        if not isinstance(metric, dict):
            continue  # an entry Graph does not document: no figure
        values = metric.get("values")
        value = _count(values[-1].get("value")) if isinstance(values, list) and values and isinstance(
            values[-1], dict) else None
        if metric.get("name") == "post_media_view":
            views = value
        elif metric.get("name") == "post_total_media_view_unique":
            reach = value
    # Graph leaves `shares` out of a post nobody shared.
    return Counts(likes=total("reactions"), replies=total("comments"),
                  shares=_count(shares.get("count")) if isinstance(shares, dict) else 0, views=views, reach=reach)


def not_there_reason(network_name: str) -> str:
    return translate("Results", "{network} no longer shows this post (deleted there?); its last figures stay.").format(
        network=network_name)
