"""Is this laptop online? Answered by reaching the hosts the app actually publishes to."""

from __future__ import annotations

import socket
from collections.abc import Iterable
from urllib.parse import urlsplit

# Asked when no channel account names a host yet.
DEFAULT_HOSTS = ("bsky.social", "graph.facebook.com", "mastodon.social")


def hosts_of(base_urls: Iterable[str]) -> list[tuple[str, int]]:
    """Host and port of each URL (443 for https, 80 for http), without repeats, or the default hosts."""
    found: list[tuple[str, int]] = []
    for url in base_urls:
        parts = urlsplit(url)
        if parts.hostname:
            port = parts.port or (80 if parts.scheme == "http" else 443)
            if (parts.hostname, port) not in found:
                found.append((parts.hostname, port))
    return found or [(host, 443) for host in DEFAULT_HOSTS]


def is_online(targets: Iterable[tuple[str, int]], timeout: float = 2.0, most: int = 3) -> bool:
    """True when any of the first `most` targets accepts a TCP connection. Slow when offline (up to
    most × timeout): run it off the GUI thread."""
    for host, port in list(targets)[:most]:
        try:
            with socket.create_connection((host, port), timeout=timeout):
                return True
        except OSError:
            continue
    return False
