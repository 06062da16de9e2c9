"""File > Exchange: the archive for the archivist written from the window in the background, and the search for a
Woo request with its "Export these…"."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import bagit
import pytest
from PySide6.QtWidgets import QWidget

from models.channel import ChannelAccount, Network
from models.post import DeliveryState, Post, PostStatus, Variant
from services.store import Store
from ui.archive_dialog import ArchiveDialog
from ui.exchange_menu import ExchangeMenu
from ui.woo_search_dialog import WooSearchDialog


@pytest.fixture(autouse=True)
def collected_here() -> Iterator[None]:
    """The dialogs of a test are freed on this (the GUI) thread: left to the cycle collector they could be freed
    on a worker thread of a later test, and a widget must never be destroyed off the GUI thread."""
    yield
    gc.collect()


def went_out(store: Store, channel: ChannelAccount, title: str, body: str, when: datetime) -> None:
    post = store.save(Post(title=title, body=body, status=PostStatus.PUBLISHED, scheduled_at=when))
    store.save(Variant(post_id=post.id, channel_id=channel.id, state=DeliveryState.PUBLISHED, published_at=when))


def a_year(store: Store) -> ChannelAccount:
    channel = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
    went_out(store, channel, "Windpark", "Informatieavond over het windpark", datetime(2026, 2, 1, 18, 0, tzinfo=UTC))
    went_out(store, channel, "Markt", "Zaterdag <b>markt</b>", datetime(2026, 2, 7, 8, 0, tzinfo=UTC))
    return channel


def test_the_archive_is_written_from_the_exchange_menu(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a_year(store)
    window = QWidget()
    qtbot.addWidget(window)
    menu = ExchangeMenu(store, tmp_path, lambda: None, lambda: None, window)
    assert "&Archive for the archivist…" in [action.text() for action in menu.actions()]
    menu.archive_action.trigger()
    dialog = menu.archive_dialog
    assert isinstance(dialog, ArchiveDialog) and dialog.isVisible()
    target = tmp_path / "archief"
    dialog.folder_edit.setText(str(target))
    dialog.write_button.click()
    qtbot.waitUntil(lambda: "was written" in dialog.status.text(), timeout=10_000)
    assert dialog.status.text() == (f"The archive was written to {target}: 2 post(s), 0 image(s), 0 message(s), "
                                    "0 answer(s).")
    bagit.Bag(str(target)).validate()
    assert dialog.write_button.isEnabled() and dialog.buttons.buttons()[0].text() in ("&Close", "Close")

    dialog.write_button.click()  # the same folder again: not empty now
    qtbot.waitUntil(lambda: "not an empty folder" in dialog.status.text(), timeout=10_000)
    dialog.reject()
    assert not dialog.isVisible()


def test_a_woo_search_lists_what_it_found_and_exports_only_that(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    channel = a_year(store)
    dialog = WooSearchDialog(store.path, [(channel.id, channel.name)], "Europe/Amsterdam", datetime(2026, 3, 1).date())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.search_edit.setText("windpark")
    dialog.search_button.click()
    qtbot.waitUntil(lambda: dialog.count_label.text() == "1 record(s) found.", timeout=10_000)
    shown = [dialog.model.index(0, column).data() for column in range(5)]
    assert shown == ["1 Feb 2026 19:00", "post", "Mastodon", "Windpark", "Informatieavond over het windpark"]
    assert dialog.export_button.isEnabled()

    dialog.export_button.click()
    archive = dialog.archive_dialog
    assert isinstance(archive, ArchiveDialog) and archive.isVisible() and not archive.from_edit.isVisibleTo(archive)
    archive.folder_edit.setText(str(tmp_path / "woo"))
    archive.write_button.click()
    qtbot.waitUntil(lambda: "was written" in archive.status.text(), timeout=10_000)
    posts = json.loads((tmp_path / "woo" / "data" / "posts.json").read_text(encoding="utf-8"))
    assert [post["title"] for post in posts] == ["Windpark"]
    archive.reject()

    dialog.search_edit.setText("gemeenteraad")
    dialog.search_button.click()
    qtbot.waitUntil(lambda: dialog.count_label.text().startswith("Nothing found"), timeout=10_000)
    assert dialog.model.rowCount() == 0 and not dialog.export_button.isEnabled()
    dialog.search_edit.setText("  ")
    dialog.search_button.click()
    qtbot.waitUntil(lambda: dialog.count_label.text() == "Type the words to search for.", timeout=10_000)
