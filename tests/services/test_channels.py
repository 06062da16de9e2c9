from __future__ import annotations

from datetime import UTC, datetime

import pytest

from models.channel import ChannelAccount, Network
from services.channels import (
    add_channel,
    channels_by_name,
    check_base_url,
    check_connection,
    find_channel,
    remove_channel,
)
from services.errors import KnownError
from services.networks.base import PublishError
from services.store import Store
from tests.conftest import MemoryKeyring
from tests.services.mastodon_server import TOKEN, MastodonServer


@pytest.mark.parametrize(("url", "ok"), [("https://social.overheid.nl/", True), ("http://localhost:3000", True),
                                         ("http://127.0.0.1:8080", True), ("http://social.example", False),
                                         ("social.example", False), ("ftp://x.nl", False)])
def test_only_https_except_on_this_computer(url: str, ok: bool) -> None:
    if ok:
        assert check_base_url(url) == url.rstrip("/")
    else:
        with pytest.raises(KnownError):
            check_base_url(url)


def test_an_account_keeps_its_token_in_the_keychain_only(store: Store, memory_keyring: MemoryKeyring) -> None:
    channel = add_channel(store, Network.MASTODON, "Mastodon", "geheim-token", base_url="https://social.example")
    assert channel.has_secret and list(memory_keyring.entries.values()) == ["geheim-token"]
    assert b"geheim-token" not in store.path.read_bytes()
    with pytest.raises(KnownError):
        add_channel(store, Network.BLUESKY, "mastodon", "x")  # names are unique, whatever the case
    with pytest.raises(KnownError):
        add_channel(store, Network.FACEBOOK, "Facebook", "")  # a network account needs its secret
    assert add_channel(store, Network.MANUAL, "WhatsApp").base_url == ""
    remove_channel(store, channel)
    assert memory_keyring.entries == {} and [c.name for c in store.find(ChannelAccount)] == ["WhatsApp"]


def test_checking_the_connection_remembers_the_limit_or_the_error(store: Store, server: MastodonServer) -> None:
    channel = add_channel(store, Network.MASTODON, "Mastodon", TOKEN, base_url=server.url)
    info = check_connection(store, channel, datetime(2026, 3, 1, tzinfo=UTC))
    assert info.name == "Gemeente Oosterzande (@oosterzande)"
    assert find_channel(store, "mastodon").max_characters == 1000
    wrong = add_channel(store, Network.MASTODON, "Tweede", "wrong-token", base_url=server.url)
    with pytest.raises(PublishError):
        check_connection(store, wrong, datetime(2026, 3, 1, tzinfo=UTC))
    assert "refused the access token" in find_channel(store, "Tweede").last_error


def test_an_account_is_updated_and_a_new_token_clears_its_error(store: Store, memory_keyring: MemoryKeyring) -> None:
    from services.channels import update_channel

    channel = add_channel(store, Network.MASTODON, "Mastodon", "oud", base_url="https://social.example")
    channel.last_error = "The token was refused."
    store.save(channel)
    now = datetime(2026, 3, 1, tzinfo=UTC)
    assert channel.needs_attention(now)
    update_channel(store, channel, name="Mastodon gemeente", base_url="https://social.example", secret="nieuw")
    assert not channel.needs_attention(now) and list(memory_keyring.entries.values()) == ["nieuw"]
    from datetime import timedelta

    channel.token_expires_at = now + timedelta(days=10)
    assert channel.needs_attention(now)


# ---- tokens as they arrive: pasted from a PDF, a mail, a chat ------------------------------------------------------

MASTODON_TOKEN = "Zq8v3KpLx1-aB_cD9eFgHiJkLmNoPqRsTuVwXyZ0123"


@pytest.mark.parametrize("pasted", [
    "Zq8v3KpLx1-aB_cD9eFgHi\nJkLmNoPqRsTuVwXyZ0123",  # a line break in the middle, as a PDF wraps it
    "Zq8v3KpLx1-aB_cD9eFgHi \r\n JkLmNoPqRsTuVwXyZ0123\n",  # the spaces around the break too
    "Zq8v3KpLx1-aB_cD9eFgHiJkLmNoPqRsTuVwXyZ0123\u00a0",  # a trailing no-break space
    "\u200bZq8v3KpLx1-aB_cD9eFgHi\u200bJkLmNoPqRsTuVwXyZ0123",  # zero-width spaces
    "\ufeffZq8v3KpLx1-aB_cD9e\u00adFgHi\u200cJkLm\u200dNoPq\u200eRsTu\u200fVwXyZ0123\u2028",  # BOM, soft hyphen, bidi
    "\u2066Zq8v3KpLx1-aB_cD9eFgHiJkLmNoPqRsTuVwXyZ0123\u2069\t",  # an isolate from a chat, a tab from a table
])
def test_a_token_pasted_from_a_pdf_is_stored_clean(store: Store, memory_keyring: MemoryKeyring, pasted: str) -> None:
    add_channel(store, Network.MASTODON, "Mastodon", pasted, base_url="https://social.example")
    assert list(memory_keyring.entries.values()) == [MASTODON_TOKEN]


@pytest.mark.parametrize("pasted", [
    '"Zq8v3KpLx1-aB_cD9eFgHiJkLmNoPqRsTuVwXyZ0123"',  # as a config file or a chat quotes it
    "'Zq8v3KpLx1-aB_cD9eFgHiJkLmNoPqRsTuVwXyZ0123'",
    "“Zq8v3KpLx1-aB_cD9eFgHiJkLmNoPqRsTuVwXyZ0123”",  # a word processor's quotes
    "access_token=Zq8v3KpLx1-aB_cD9eFgHiJkLmNoPqRsTuVwXyZ0123",
    "#access_token=Zq8v3KpLx1-aB_cD9eFgHiJkLmNoPqRsTuVwXyZ0123&expires_in=5183999",  # from an address
    "Bearer Zq8v3KpLx1-aB_cD9eFgHiJkLmNoPqRsTuVwXyZ0123",  # as an HTTP header writes it
    "Authorization: Bearer Zq8v3KpLx1-aB_cD9eFgHiJkLmNoPqRsTuVwXyZ0123",
    'Bearer "Zq8v3KpLx1-aB_cD9eFgHi\nJkLmNoPqRsTuVwXyZ0123"\n',
])
def test_quotes_and_a_bearer_or_access_token_prefix_are_left_out(store: Store, memory_keyring: MemoryKeyring,
                                                                 pasted: str) -> None:
    add_channel(store, Network.MASTODON, "Mastodon", pasted, base_url="https://social.example")
    assert list(memory_keyring.entries.values()) == [MASTODON_TOKEN]


@pytest.mark.parametrize("pasted", [
    "https://graph.facebook.com/v21.0/me?fields=id,name&access_token=EAAGpagetoken0123456789",  # the Explorer's link
    "https://www.facebook.com/connect/login_success.html#access_token=EAAGpagetoken0123456789&expires_in=5183999",
    "graph.facebook.com/me?access_token=EAAGpagetoken0123456789&debug=all",
    "https://graph.facebook.com/me?access_token=EAAGpagetoken0123456789%20",  # as an address encodes a space
    '{"access_token": "EAAGpagetoken0123456789", "token_type": "bearer"}',  # an answer copied whole
    "EAAGpagetoken0123456789;",  # from a configuration line or a sentence
    "EAAGpagetoken0123456789,",
    "access_token=EAAGpagetoken0123456789;",
])
def test_a_token_in_a_whole_address_or_with_a_stop_after_it_is_taken_out(store: Store,
                                                                         memory_keyring: MemoryKeyring,
                                                                         pasted: str) -> None:
    add_channel(store, Network.FACEBOOK, "Facebook", pasted, external_id="104857600012345")
    assert list(memory_keyring.entries.values()) == ["EAAGpagetoken0123456789"]


@pytest.mark.parametrize(("pasted", "reason"), [
    ("https://graph.facebook.com/v21.0/me?fields=id,name", "web address, not a Facebook token"),
    ("https://x.example/?access_token=EAAGone0123&b=1#access_token=EAAGtwo0123", "two different tokens"),
    ("EAAGpage;token0123456789", "holds a “;”"),
    ("EAAGpage,token0123456789", "holds a “,”"),
])
def test_an_address_without_one_token_or_a_stop_inside_is_refused(store: Store, memory_keyring: MemoryKeyring,
                                                                   pasted: str, reason: str) -> None:
    with pytest.raises(KnownError) as refused:
        add_channel(store, Network.FACEBOOK, "Facebook", pasted, external_id="104857600012345")
    assert reason in refused.value.message and "EAAG" not in refused.value.message
    assert memory_keyring.entries == {}


def test_what_was_left_out_of_a_token_is_said() -> None:
    from services.channels import read_token

    assert read_token(Network.MASTODON, '"abc-123"') == ("abc-123", [
        "The quotation marks around the token are left out."])
    assert read_token(Network.FACEBOOK, "Bearer EAAB12") == ("EAAB12", ["“Bearer” before the token is left out."])
    assert read_token(Network.FACEBOOK, "access_token=EAAB12&x=1")[1] == [
        "“access_token=” before the token is left out."]
    assert read_token(Network.BLUESKY, "'abcd-efgh-ijkl-mn2p'")[0] == "abcd-efgh-ijkl-mn2p"


@pytest.mark.parametrize("pasted", ['Zq8v3KpLx1"aB_cD9eFgHiJkLm', "Zq8v3KpLx1'aB_cD9eFgHiJkLm",
                                    "Zq8v3KpLx1’aB_cD9eFgHiJkLm", '"Zq8v3KpLx1-aB_cD9eFgHiJkLm'])
def test_a_quotation_mark_inside_a_token_is_refused_as_such(store: Store, memory_keyring: MemoryKeyring,
                                                            pasted: str) -> None:
    with pytest.raises(KnownError) as refused:
        add_channel(store, Network.MASTODON, "Mastodon", pasted, base_url="https://social.example")
    assert "quotation mark" in refused.value.message and "Zq8v3" not in refused.value.message
    assert memory_keyring.entries == {}


@pytest.mark.parametrize(("network", "pasted", "reason"), [
    (Network.MASTODON, "Zq8v3KpLx1 aB_cD9eFgHiJkLm", "space in the middle"),
    (Network.MASTODON, "Zq8v3KpLx1\u00a0aB_cD9eFgHiJkLm", "space in the middle"),
    (Network.MASTODON, "Zq8v3KpLx1\x07aB_cD9eFgHiJkLm", "control character"),
    (Network.MASTODON, "Zq8v3KpLx1éaB_cD9eFgHiJkLm", "outside plain ASCII"),
    (Network.FACEBOOK, "EAAB\u0430cdef0123456789", "outside plain ASCII"),  # a Cyrillic а
    (Network.LINKEDIN, "AQV" + "x" * 5000, "far longer"),
    (Network.BLUESKY, "MijnGeheimWachtwoord!2026", "not a Bluesky app password"),
    (Network.BLUESKY, "abcd-efgh-ijkl", "not a Bluesky app password"),
])
def test_a_token_that_cannot_be_one_is_refused_without_being_quoted(
        store: Store, memory_keyring: MemoryKeyring, network: Network, pasted: str, reason: str) -> None:
    with pytest.raises(KnownError) as refused:
        add_channel(store, network, "Kanaal", pasted, base_url="https://social.example", external_id="123")
    assert reason in refused.value.message
    assert "Zq8v3" not in refused.value.message and "Geheim" not in refused.value.message
    assert memory_keyring.entries == {} and store.find(ChannelAccount) == []


def test_a_bluesky_app_password_is_taken_also_when_wrapped(store: Store, memory_keyring: MemoryKeyring) -> None:
    add_channel(store, Network.BLUESKY, "Bluesky", "  abcd-efgh-\nijkl-mn2p\u00a0", handle="oosterzande.nl")
    assert list(memory_keyring.entries.values()) == ["abcd-efgh-ijkl-mn2p"]


def test_a_new_token_is_cleaned_and_a_bad_one_changes_nothing(store: Store, memory_keyring: MemoryKeyring) -> None:
    from services.channels import update_channel

    channel = add_channel(store, Network.MASTODON, "Mastodon", "oud-token", base_url="https://social.example")
    with pytest.raises(KnownError, match="space in the middle"):
        update_channel(store, channel, name="Nieuw", base_url="https://ander.example", secret="nieuw token")
    stored = find_channel(store, "Mastodon")
    assert (stored.name, stored.base_url) == ("Mastodon", "https://social.example")
    assert list(memory_keyring.entries.values()) == ["oud-token"]
    update_channel(store, channel, name="Mastodon", base_url="https://social.example", secret="\u200bnieuw-token\n")
    assert list(memory_keyring.entries.values()) == ["nieuw-token"]
    update_channel(store, channel, name="Mastodon", base_url="https://social.example", secret="   ")
    assert list(memory_keyring.entries.values()) == ["nieuw-token"]  # an empty field keeps the stored token


# ---- server addresses --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("url", "stored"), [
    ("  https://Social.Example/ ", "https://social.example"),
    ("https://social.example:8443", "https://social.example:8443"),
    ("\u200bhttps://social.example\u00a0", "https://social.example"),
    ("http://[::1]:3000", "http://[::1]:3000"),
    ("https://gemeenteë.nl", "https://xn--gemeente-01a.nl"),  # non-ASCII letters: shown as punycode
    ("https://s\u043ecial.example", "https://xn--scial-jye.example"),  # a Cyrillic о cannot pass for an o
    ("https://straße.example", "https://xn--strae-oqa.example"),  # IDNA 2008, as requests sends it (not strasse)
])
def test_an_address_is_stored_as_its_root_with_an_ascii_host(url: str, stored: str) -> None:
    assert check_base_url(url) == stored


@pytest.mark.parametrize(("url", "reason"), [
    ("https://user:geheim@social.example", "user name or password"),
    ("https://token@social.example", "user name or password"),
    ("https://social.example\\@evil.example", "user name or password"),
    ("http://social.example", "Use https:// for social.example"),
    ("http://127.0.0.1.evil.example", "Use https://"),
    ("https://social.example/?next=/evil", "https://social.example, without anything after it"),
    ("https://social.example/#top", "https://social.example, without anything after it"),
    ("https://social.example/@gemeente", "https://social.example, without anything after it"),
    ("https://social.example/api/v1", "https://social.example, without anything after it"),
    ("javascript:alert(1)", "not a web address"),
    ("file:///etc/passwd", "not a web address"),
    ("ftp://social.example", "not a web address"),
    ("https://", "not a web address"),
    ("https://social.example:99999", "not a web address"),
    ("https://social.example:0", "not a web address"),
    ("https://soc ial.example", "not a web address"),
    ("https://social_example.nl", "not a web address"),
    ("https://%73ocial.example", "not a web address"),
])
def test_an_address_that_could_leak_or_mislead_is_refused(url: str, reason: str) -> None:
    with pytest.raises(KnownError) as refused:
        check_base_url(url)
    assert reason in refused.value.message
    assert "geheim" not in refused.value.message


def test_a_server_that_quotes_the_token_back_does_not_get_it_stored(store: Store) -> None:
    from tests.services.local_api import Seen, local_api

    with local_api() as server:
        @server.route("GET", "/api/v1/accounts/verify_credentials")
        def quote_back(seen: Seen) -> tuple[int, object, dict[str, str]]:
            return 422, {"error": f"Unexpected credentials: {seen.headers.get('Authorization')}"}, {}

        channel = add_channel(store, Network.MASTODON, "Mastodon", MASTODON_TOKEN, base_url=server.url)
        with pytest.raises(PublishError) as failed:
            check_connection(store, channel, datetime(2026, 3, 1, tzinfo=UTC))
    assert server.seen[0].headers["Authorization"] == f"Bearer {MASTODON_TOKEN}"  # it had the token to quote
    assert MASTODON_TOKEN not in failed.value.message and MASTODON_TOKEN not in str(failed.value)
    assert find_channel(store, "Mastodon").last_error == "The Mastodon server refused the post: Unexpected " \
                                                        "credentials: Bearer •••"


def test_the_channels_are_listed_by_name_without_the_removed_ones(store: Store, memory_keyring: MemoryKeyring) -> None:
    website = add_channel(store, Network.MANUAL, "Website")
    facebook = add_channel(store, Network.MANUAL, "Facebook-groep")
    old = add_channel(store, Network.MANUAL, "Affiche")
    remove_channel(store, old)
    assert channels_by_name(store) == [facebook, website]
