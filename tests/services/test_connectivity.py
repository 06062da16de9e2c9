from __future__ import annotations

import socket

from services.connectivity import DEFAULT_HOSTS, hosts_of, is_online


def test_hosts_come_from_the_channels_base_urls_without_repeats() -> None:
    assert hosts_of(["https://social.example.nl", "https://social.example.nl/", "http://localhost:2583"]) == [
        ("social.example.nl", 443), ("localhost", 2583)]
    assert hosts_of(["", "not a url"]) == [(host, 443) for host in DEFAULT_HOSTS]


def test_online_when_a_host_answers_and_offline_when_none_does() -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    port = server.getsockname()[1]
    try:
        assert is_online([("127.0.0.1", port)], timeout=1)
    finally:
        server.close()
    assert not is_online([("127.0.0.1", port)], timeout=1)
