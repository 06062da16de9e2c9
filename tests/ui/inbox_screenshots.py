"""Saves screenshots of the Inbox tab for a person to look at: the list with its clocks (calm, running out, late),
answered and closed messages, the tab at the window's starting width (784 pixels), a private message, a hostile
text, a fetch's report that it stopped at the page cap, the detail with its conversation, an answer being written
with the privacy check speaking, an empty answer (its hint that it is kept as typed), an answer the data file would
not take and the question it brings at quitting, and Preferences' response target; in English and Dutch, in Fusion
with a light and a dark palette.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.inbox_screenshots OUTPUT_FOLDER
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from models.channel import ChannelAccount, Network
from models.inbox import InboxAnswer, InboxItem, ItemKind, ItemState, Visibility, item_id_for
from models.post import DeliveryState, Post
from models.staff import StaffMember
from services.demo import fill_demo
from services.i18n import apply_locale, install_translators
from services.inbox import load_target, save_target
from services.inbox_sync import SyncReport, out_of_time_message
from services.preferences import load_municipality
from services.store import Store
from tests.ui.calendar_screenshots import dark as dark_colours
from ui.main_window import INBOX, MainWindow
from ui.preferences_dialog import PreferencesDialog
from ui.unsaved_text_dialog import UnsavedTextDialog

STARTING_WIDTH = 784


def dark() -> QPalette:
    """The calendar's dark palette, with the greyed text of disabled buttons a dark theme has."""
    palette = dark_colours()
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def grab(widget: QWidget, path: Path) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def fill_inbox(store: Store, now: datetime) -> None:
    """Messages of every kind and state on the demo's Mastodon channel."""
    channel = next((c for c in store.find(ChannelAccount) if c.network is Network.MASTODON), None)
    if channel is None:
        channel = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url="https://social.example"))
    post = next(p for p in store.find(Post, order_by="scheduled_at") if p.title)
    staff = store.find(StaffMember)
    me = next((m for m in staff if m.is_self), staff[0] if staff else None)
    save_target(store, 8.0, "09:00-17:00", skip_weekends=True)

    def add(remote_id: str, text: str, hours_ago: float, **fields: object) -> InboxItem:
        values: dict[str, object] = {"author_name": "Jan de Vries", "author_handle": "jan@mastodon.nl",
                                     "kind": ItemKind.REPLY, "answers_post_id": post.id,
                                     "conversation_key": "c-" + remote_id, "owner_id": me.id if me else None}
        values.update(fields)
        return store.save(InboxItem(id=item_id_for(channel.id, remote_id), channel_id=channel.id,
                                    network="mastodon", remote_id=remote_id, text=text, source=text,
                                    url=f"https://mastodon.nl/@jan/{remote_id}",
                                    received_at=now - timedelta(hours=hours_ago), **values))  # type: ignore[arg-type]

    add("1", "Wanneer begint de markt zaterdag? En mag ik mijn hond meenemen?", 0.5)
    add("2", "De lantaarnpaal bij de kerk in de Dorpsstraat is al een week kapot. Wie kan daar iets aan doen?", 5,
        author_name="Fatima El Amrani", author_handle="fatima@social.example", kind=ItemKind.MENTION,
        images='[{"url": "https://social.example/media/lamp.jpg", "alt": "Een kapotte lantaarnpaal bij de kerk"}]')
    add("3", "Mijn container is niet geleegd, ik woon op Kerkstraat 12.", 30, author_name="Piet Jansen",
        author_handle="piet@mastodon.social", kind=ItemKind.MESSAGE, visibility=Visibility.DIRECT)
    add("4", "<b>GRATIS</b> \u202eiPhone\u202c winnen? Klik https://evil.example/win\u0007", 3,
        author_name="<i>Prijzen</i>\u202e", author_handle="spam@evil.example", kind=ItemKind.MENTION)
    answered = add("5", "Is het gemeentehuis open op tweede kerstdag?", 50, state=ItemState.ANSWERED,
                   answered_by=me.id if me else None)
    store.update_fields(answered, answered_at=answered.received_at + timedelta(hours=2, minutes=10))
    store.save(InboxAnswer(item_id=answered.id, channel_id=channel.id, state=DeliveryState.PUBLISHED,
                           body="@jan@mastodon.nl Nee, op 26 december is het gemeentehuis dicht.",
                           staff_id=me.id if me else None))
    add("6", "Bedankt voor de snelle hulp!", 70, state=ItemState.DONE, answered_by=me.id if me else None)
    add("7", "@oosterzande gaat de kermis door als het regent?", 1.2, author_name="Kees", author_handle="kees@mas.to",
        kind=ItemKind.MENTION, conversation_key="c-1")


def shoot(app: QApplication, language: str, out: Path, work: Path) -> None:
    translators = install_translators(app, language)
    data = work / language
    store = Store.open(data / "omroeper.sqlite")
    fill_demo(store, date.today())
    now = store.clock()
    fill_inbox(store, now)
    settings = QSettings(str(data / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, data, settings, lambda _hosts: False)
    window.resize(1100, 720)
    window.tabs.setCurrentIndex(INBOX)
    inbox = window.inbox()
    inbox.state_box.select_value(None)
    inbox.refresh_list()
    light = app.palette()
    for theme in ("light", "dark"):
        app.setPalette(dark() if theme == "dark" else light)
        inbox.list_view.selectRow(0)
        grab(window, out / f"inbox_{language}_{theme}.png")
        cut = SyncReport(new=200, accounts=2, time_zone=load_municipality(store).time_zone,
                         cut_since_last=[("Bluesky", now - timedelta(hours=3))],
                         failures=[f"Bluesky: {out_of_time_message()}"])  # a slow server: both lines together
        inbox.show_sync([*cut.lines(), *cut.failures])  # as the window shows a fetch's report
        grab(window, out / f"inbox_sync_cut_{language}_{theme}.png")
        inbox.show_sync([])
        window.resize(STARTING_WIDTH, 720)  # the window's width when it first opens on a small screen
        grab(window, out / f"inbox_narrow_{language}_{theme}.png")
        window.resize(1100, 720)
        inbox.list_view.selectRow(inbox.model.row_of(next(i.id for i in inbox.model.items if i.remote_id == "4")))
        grab(window, out / f"inbox_hostile_{language}_{theme}.png")
        inbox.list_view.selectRow(inbox.model.row_of(next(i.id for i in inbox.model.items if i.remote_id == "2")))
        panel = inbox.answer_panel
        panel.template_search.setText("straatverlichting" if language == "nl" else "report passed")
        panel.use_template(panel.template_model.item_at(0))
        panel.answer_edit.setPlainText(panel.answer_edit.toPlainText() + "\nBel gerust 0612345678.")
        grab(window, out / f"inbox_answer_{language}_{theme}.png")
        panel.template_search.setText("")
        inbox.list_view.selectRow(inbox.model.row_of(next(i.id for i in inbox.model.items if i.remote_id == "3")))
        grab(panel, out / f"inbox_answer_empty_{language}_{theme}.png")
        store.conn.execute("PRAGMA query_only = ON")  # as a read-only disk
        panel.answer_edit.setPlainText("Dag Piet, wij sturen de wagen morgen nog langs.")
        panel.flush()
        grab(panel, out / f"inbox_answer_not_kept_{language}_{theme}.png")
        question = UnsavedTextDialog(panel.save_problem, window, answer=True)
        grab(question, out / f"inbox_answer_question_{language}_{theme}.png")
        question.close()
        store.conn.execute("PRAGMA query_only = OFF")
        panel.flush()
        prefs = PreferencesDialog(load_municipality(store), language, None, window, 6.0, load_target(store))
        grab(prefs, out / f"preferences_{language}_{theme}.png")
        prefs.close()
    app.setPalette(light)
    window.close()
    store.close()
    for widget in QApplication.topLevelWidgets():
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for translator in translators:
        app.removeTranslator(translator)
    apply_locale("en")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as work:
        for language in sys.argv[2:] or ("en", "nl"):
            shoot(app, language, out, Path(work))
    return 0


if __name__ == "__main__":
    sys.exit(main())
