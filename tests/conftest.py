"""Shared test set-up: Qt offscreen, an in-memory keychain, a fake clock and a fresh store per test."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from services.store import Store  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """A keychain that lives in this process only: tests never touch the real OS keychain."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> Iterator[Store]:
    opened = Store.open(tmp_path / "omroeper.sqlite", clock=clock)
    yield opened
    opened.close()


def _interface_in(qapp, language: str):  # type: ignore[no-untyped-def]
    from services.i18n import apply_locale, install_translators

    translators = install_translators(qapp, language)
    assert translators, f"the {language} translations must load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    apply_locale("en")


@pytest.fixture
def dutch(qapp):  # type: ignore[no-untyped-def]
    """The interface in Dutch for one test, as on a Dutch system."""
    yield from _interface_in(qapp, "nl")


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    """The interface in English as the app installs it (with the English plural forms)."""
    yield from _interface_in(qapp, "en")


@pytest.fixture
def server() -> Iterator[object]:
    """The local Mastodon of the publishing tests, answering on a free port; every request it received must be
    one the Mastodon API documents."""
    from tests.services.mastodon_server import MastodonServer, serve

    state = MastodonServer()
    httpd = serve(state)
    yield state
    httpd.shutdown()
    httpd.server_close()
    assert state.violations == [], "requests that the Mastodon API does not document"
