"""Beside each channel's text, the post as residents will see it there: the text as the network links and folds it,
the image in its crop, and the link card, read from a page served on 127.0.0.1 only while online, once per address,
its title shown as plain text."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from models.channel import ChannelAccount, ManualNetwork, Network
from models.post import Post, Variant
from models.settings import Country, Municipality
from services.post_editing import save_post
from services.preferences import save_municipality
from services.store import Store
from ui.calendar_tab import CalendarTab
from ui.post_preview import PREVIEW_CHARACTERS

AMS = ZoneInfo("Europe/Amsterdam")
PAGE = (b"<html><head><title>x</title><meta property='og:title' content='&lt;b&gt;Weekmarkt&lt;/b&gt; open'>"
        b"</head><body>...</body></html>")


class Site(BaseHTTPRequestHandler):
    asked: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        Site.asked.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A page on this computer, which the app's link cards are allowed to read for this test only (the app reads
    cards only from the public internet)."""
    from functools import partial

    import services.link_card

    monkeypatch.setattr(services.link_card, "link_wire", partial(services.link_card.link_wire, public_only=False))
    Site.asked = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def tab(qtbot, store: Store) -> Iterator[CalendarTab]:  # type: ignore[no-untyped-def]
    save_municipality(store, Municipality("Oosterzande", Country.NL, "Europe/Amsterdam"))
    widget = CalendarTab(store, today=date(2026, 3, 4))
    widget.resize(1300, 900)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.flush()


def open_post(tab: CalendarTab, text: str, *networks: Network) -> dict[Network, object]:
    store = tab.store
    channels = [store.save(ChannelAccount(network=network, name=network.value.title())) for network in networks]
    post = save_post(store, Post(title="Markt", body=text, scheduled_at=datetime(2026, 3, 14, 9, tzinfo=AMS)),
                     [Variant(post_id="", channel_id=channel.id) for channel in channels])
    tab.open_post(post.id)
    composer = tab.composer
    return {channel.network: composer.editors[channel.id] for channel in channels}


def showing(tab: CalendarTab, editor) -> None:  # type: ignore[no-untyped-def]
    tab.composer.variant_tabs.setCurrentWidget(editor)
    QApplication.processEvents()


def photo(path: Path, width: int, height: int) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#6aa84f"))
    image.save(str(path))
    return path


def test_each_network_links_and_cuts_the_text_its_own_way(tab: CalendarTab) -> None:
    text = "Markt #zaterdag met @joris@social.example: https://www.oosterzande.nl/nieuws/weekmarkt-zaterdag"
    editors = open_post(tab, text, Network.MASTODON, Network.INSTAGRAM, Network.MANUAL)
    showing(tab, editors[Network.MASTODON])
    assert editors[Network.MASTODON].preview.shown_text() == (
        "Markt #zaterdag met @joris: oosterzande.nl/nieuws/weekmark…")
    showing(tab, editors[Network.MANUAL])
    assert editors[Network.MANUAL].preview.shown_text() == text
    showing(tab, editors[Network.MASTODON])
    editors[Network.MASTODON].text_edit.setPlainText("Een eigen tekst voor Mastodon")
    assert editors[Network.MASTODON].preview.shown_text() == "Een eigen tekst voor Mastodon"
    long = "Lange tekst over de markt. " * 10
    tab.composer.master_edit.setPlainText(long)
    showing(tab, editors[Network.INSTAGRAM])
    instagram = editors[Network.INSTAGRAM].preview.shown_text()
    assert instagram.endswith("… more") and len(instagram) < len(long)


def test_a_channel_posted_to_by_hand_previews_as_the_network_it_is_for(tab: CalendarTab) -> None:
    """Its counter held the text to Instagram's rules while its preview showed it whole, as no network would."""
    store = tab.store
    by_hand = store.save(ChannelAccount(network=Network.MANUAL, name="Instagram gemeente",
                                        manual_network=ManualNetwork.INSTAGRAM))
    text = "Lange tekst over de markt op zaterdag. " * 10
    post = save_post(store, Post(title="Markt", body=text, scheduled_at=datetime(2026, 3, 14, 9, tzinfo=AMS)),
                     [Variant(post_id="", channel_id=by_hand.id)])
    tab.open_post(post.id)
    editor = tab.composer.editors[by_hand.id]
    shown = editor.preview.shown_text()
    assert shown.endswith("… more") and len(shown) < 140
    assert editor.preview.heading.text() == "Instagram gemeente: as residents see it"


def test_a_long_text_is_previewed_up_to_a_point_that_says_how_much_more_there_is(tab: CalendarTab) -> None:
    text = "Raadsvergadering over de markt. " * 400  # 12,800 characters, on a channel without a limit
    editors = open_post(tab, text, Network.MANUAL)
    shown = editors[Network.MANUAL].preview.shown_text()
    assert shown.startswith(text[:PREVIEW_CHARACTERS].rstrip())
    assert shown.endswith(f"The preview ends here; the text goes on for {QLocale().toString(7800)} characters.")
    assert len(shown) < PREVIEW_CHARACTERS + 100


def test_a_channel_behind_another_tab_counts_the_main_text_at_once_and_shows_it_when_chosen(
        tab: CalendarTab) -> None:
    editors = open_post(tab, "Markt", Network.BLUESKY, Network.MASTODON)
    front, behind = editors[Network.BLUESKY], editors[Network.MASTODON]
    assert tab.composer.variant_tabs.currentWidget() is front
    tab.composer.master_edit.setPlainText("Zaterdag markt op het plein")
    assert behind.check().used == 27 and "27" in behind.counter.text()
    assert front.text_edit.toPlainText() == "Zaterdag markt op het plein"
    showing(tab, behind)
    assert behind.text_edit.toPlainText() == "Zaterdag markt op het plein"
    assert behind.preview.shown_text() == "Zaterdag markt op het plein"
    assert behind.follows and behind.body() is None


def test_the_image_is_shown_in_the_networks_crop(tab: CalendarTab, tmp_path: Path) -> None:
    editors = open_post(tab, "Markt", Network.BLUESKY, Network.MASTODON)
    tab.composer.add_images([photo(tmp_path / "markt.png", 1600, 1200)])
    bluesky, mastodon = editors[Network.BLUESKY].preview, editors[Network.MASTODON].preview
    assert bluesky.image_label.pixmap().width() == bluesky.image_label.pixmap().height()
    assert bluesky.image_note.text() == "Cut to 1:1, as Bluesky shows it."
    assert mastodon.image_label.pixmap().width() * 3 == mastodon.image_label.pixmap().height() * 4
    assert not mastodon.image_note.isVisibleTo(mastodon)


def test_offline_no_page_is_read_and_the_preview_says_so(tab: CalendarTab, site: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    editors = open_post(tab, f"Alles over de markt: {site}/markt", Network.MASTODON)
    preview = editors[Network.MASTODON].preview
    showing(tab, editors[Network.MASTODON])
    tab.composer.set_online(False)
    qtbot.wait(1600)  # longer than an address must stand still before it is read
    assert Site.asked == []
    assert preview.card_note.text().startswith("Offline: the link card is read from the page once you are online")
    assert not preview.card_frame.isVisibleTo(preview)


def test_online_the_card_is_read_once_and_its_title_is_plain_text(tab: CalendarTab, site: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab.set_online(True)
    editors = open_post(tab, f"Alles over de markt: {site}/markt", Network.MASTODON, Network.FACEBOOK)
    mastodon, facebook = editors[Network.MASTODON].preview, editors[Network.FACEBOOK].preview
    showing(tab, editors[Network.MASTODON])
    qtbot.waitUntil(lambda: mastodon.card_frame.isVisibleTo(mastodon), timeout=8000)
    assert mastodon.card_title.text() == "<b>Weekmarkt</b> open"  # the page's markup as text, not as markup
    assert mastodon.card_site.text() == "127.0.0.1"
    showing(tab, editors[Network.FACEBOOK])
    qtbot.waitUntil(lambda: facebook.card_frame.isVisibleTo(facebook), timeout=8000)
    assert Site.asked == ["/markt"]  # read once for both networks
