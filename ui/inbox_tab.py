"""The Inbox tab: what residents wrote to the municipality (replies to its posts, mentions, private messages), found
by channel, state, owner and words, read with its conversation, and answered from a template through the outbox.

Its own tab rather than the Replies tab grown: the Replies tab stays the place to keep templates and to log by hand
an answer given elsewhere (phone, WhatsApp); the Inbox uses the same templates and their search. Called "Inbox" in
both languages (the word Dutch officers know from their mail and from Meta Business Suite).

From the keyboard: Alt+I opens the tab in the list; the arrow keys choose a message; Enter goes to the template
search; Enter there takes the first template found into the answer; Ctrl+Enter sends. Ctrl+F goes to the search of
messages. Nothing is ever deleted here: a message is closed ("Done, no answer needed") or reopened."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.channel import ChannelAccount
from models.inbox import InboxItem, ItemState, ResponseTarget
from models.reply import ReplyTemplate
from services.changes import Changes
from services.errors import KnownError
from services.i18n import number_text
from services.inbox import (
    InboxQuery,
    find_item,
    give_owners,
    load_target,
    mark_done,
    queue_answer,
    reopen,
    set_owner,
    take_private,
)
from services.inbox_sending import mark_sent, send_again
from services.inbox_view import channel_names, staff_names
from services.reply_templates import ensure_starters
from services.staff import current_answerer
from services.store import Store
from ui.choice_box import ChoiceBox
from ui.inbox_answer import InboxAnswerPanel
from ui.inbox_detail import InboxDetail
from ui.inbox_list_model import PAGE, InboxListModel
from ui.plain_text import plain

SEARCH_PAUSE_MS = 200  # the list follows the search words once the officer pauses typing
SEARCH_LETTERS = 30  # the search field's least width, in average letters
FILTER_LETTERS = 14  # a filter box's width in letters: longer choices are cut in the box, whole in its list


class InboxTab(QWidget):
    """Signals:
        changed(object): what the tab changed that shows elsewhere (a services.changes.Changes): the inbox.
        open_post(str): show this post in the calendar.
        fetch_requested(): the officer asked to fetch new messages now.
    """

    changed = Signal(object)
    open_post = Signal(str)
    fetch_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inbox_tab")
        self.store = store
        self.online = True
        self.target = ResponseTarget()
        self.channels: dict[str, str] = {}
        self.staff: dict[str, str] = {}
        try:
            ensure_starters(store)  # the templates are at hand here too, before the Replies tab was ever opened
        except (KnownError, OSError, ValueError):
            pass  # the Replies tab says what is wrong with the starters' folder

        # ---- finding messages
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("inbox_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("words or a name (Ctrl+F)"))
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search_edit)
        self.state_box = ChoiceBox(self)
        self.state_box.setObjectName("inbox_state_filter")
        self.state_box.add_choice(self.tr("Open"), ItemState.OPEN)
        self.state_box.add_choice(self.tr("Answered"), ItemState.ANSWERED)
        self.state_box.add_choice(self.tr("Done without answer"), ItemState.DONE)
        self.state_box.add_choice(self.tr("All"), None)
        state_label = QLabel(self.tr("S&tate:"), self)
        state_label.setBuddy(self.state_box)
        self.channel_box = ChoiceBox(self)
        self.channel_box.setObjectName("inbox_channel_filter")
        channel_label = QLabel(self.tr("Channe&l:"), self)
        channel_label.setBuddy(self.channel_box)
        self.owner_box = ChoiceBox(self)
        self.owner_box.setObjectName("inbox_owner_filter")
        self.owner_box.setAccessibleName(self.tr("Owner filter"))
        self.fetch_button = QPushButton(self.tr("&Update"), self)
        self.fetch_button.setToolTip(self.tr("Fetch new messages now (Omroeper also does it every few minutes)."))
        # The search words on a line of their own (with Update), the filters on the next: on one line the Dutch
        # labels left the search field a few letters wide at the window's starting width. The search field keeps
        # room for a few words whatever the width; a filter box shows a long channel name cut, whole when open.
        self.search_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * SEARCH_LETTERS)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.fetch_button)
        filters = QHBoxLayout()
        for label, box in ((state_label, self.state_box), (channel_label, self.channel_box),
                           (QLabel(self.tr("Owner:"), self), self.owner_box)):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(FILTER_LETTERS)
            filters.addWidget(label)
            filters.addWidget(box, 1)
        filters.addStretch(1)

        # ---- the list, the message and its answer
        self.model = InboxListModel(store, self)
        self._refreshing = False
        self.list_view = QTableView(self)
        self.list_view.setObjectName("inbox_list")
        self.list_view.setModel(self.model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setTabKeyNavigation(False)
        self.list_view.setWordWrap(False)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.verticalHeader().setVisible(False)
        self.list_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.list_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(InboxListModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((InboxListModel.CLOCK, 175), (InboxListModel.AUTHOR, 130),
                              (InboxListModel.CHANNEL, 160), (InboxListModel.RECEIVED, 125)):
            self.list_view.setColumnWidth(column, width)
        self.count_label = plain(QLabel(self))
        self.count_label.setObjectName("inbox_count")
        self.sync_label = plain(QLabel(self))
        self.sync_label.setObjectName("inbox_sync")
        self.sync_label.setWordWrap(True)
        self.detail = InboxDetail(store, self)
        self.answer_panel = InboxAnswerPanel(store, self)
        # The list across the whole width (its columns need it), the message and its answer side by side below.
        below = QSplitter(self)
        below.addWidget(self.detail)
        below.addWidget(self.answer_panel)
        below.setStretchFactor(0, 1)
        below.setStretchFactor(1, 1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list_view, 1)
        counts = QHBoxLayout()
        counts.addWidget(self.count_label)
        counts.addWidget(self.sync_label, 1)
        top_layout.addLayout(counts)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        # ---- behaviour
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_PAUSE_MS)
        self.search_timer.timeout.connect(self.refresh_list)
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        for box in (self.state_box, self.channel_box, self.owner_box):
            box.activated.connect(lambda _index: self.refresh_list())
        self.list_view.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.list_view.installEventFilter(self)
        self.fetch_button.clicked.connect(self.fetch_requested)
        self.detail.owner_chosen.connect(self._set_owner)
        self.detail.open_post.connect(self.open_post)
        self.detail.mark_sent.connect(self._mark_sent)
        self.detail.send_again.connect(self._send_again)
        self.answer_panel.send.connect(lambda text, template: self._answer(text, template, private=False))
        self.answer_panel.send_private.connect(lambda text, template: self._answer(text, template, private=True))
        self.answer_panel.close_item.connect(self._close)
        self.answer_panel.reopen_item.connect(self._reopen)
        shortcut = QShortcut(QKeySequence("Ctrl+F"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: (self.search_edit.setFocus(), self.search_edit.selectAll()))
        self.reload()

    # ---- reading ------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Everything again: the channels, the staff, the target, the templates, the list."""
        self.channels = channel_names(self.store)
        self.staff = staff_names(self.store)
        self.target = load_target(self.store)
        give_owners(self.store, self.store.clock().astimezone().date())  # during an absence: the stand-in
        live = {channel.id: channel.name for channel in self.store.find(ChannelAccount, order_by="name")}
        self._fill(self.channel_box, [(self.tr("All channels"), None), *((name, key) for key, name in live.items())])
        me = current_answerer(self.store, self.store.clock().astimezone().date())
        owners = [(self.tr("Anyone"), None)]
        if me is not None:
            owners.append((self.tr("Mine ({name})").format(name=me.name), me.id))
        owners += [(name, key) for key, name in sorted(self.staff.items(), key=lambda pair: pair[1].casefold())
                   if me is None or key != me.id]
        self._fill(self.owner_box, owners)
        self.answer_panel.reload_templates()
        self.refresh_list()

    @staticmethod
    def _fill(box: ChoiceBox, choices: list[tuple[str, object]]) -> None:
        chosen = box.current_value() if box.count() else None
        box.clear_choices()
        for text, value in choices:
            box.add_choice(text, value)
        box.select_value(chosen)

    def query(self) -> InboxQuery:
        channel = self.channel_box.current_value()
        return InboxQuery(state=self.state_box.current_value(), channel_ids=(channel,) if channel else (),
                          owner_id=self.owner_box.current_value(), text=self.search_edit.text())

    def refresh_list(self) -> None:
        """The list for the filters, as far as it was scrolled, keeping the chosen message where it is still listed:
        then the answer being typed to it stays as it is, cursor and undo included (a fetch refreshes the list while
        the officer types). When the chosen message left the list, the keyboard leaves its answer (which is kept)
        rather than typing on into the next resident's."""
        self.search_timer.stop()  # a refresh asked for now makes the one waiting for the typing pointless
        chosen = self.current_item()
        edit = self.answer_panel.answer_edit
        typing = edit.window().focusWidget() is edit  # also while another program's window is in front
        self._refreshing = True  # the rows change under the selection: the panel is set once, below
        try:
            shown = len(self.model.items)
            self.model.load(self.query(), self.channels, self.target, self.store.clock(), rows=shown)
            row = self.model.row_of(chosen.id) if chosen is not None else -1
            while (chosen is not None and row < 0 and self.model.canFetchMore()
                   and len(self.model.items) < max(shown, PAGE) + PAGE):
                self.model.fetchMore()  # new messages above pushed it down, past the rows read again
                row = self.model.row_of(chosen.id)
            if row < 0 and self.model.rowCount():
                row = 0
            if row >= 0:
                self.list_view.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._refreshing = False
        still = chosen is not None and row >= 0 and self.model.items[row].id == chosen.id
        self._show_row(row, keep_text=still)
        if chosen is not None and not still and typing:
            self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.answer_panel.status_label.setText(self.tr(
                "The message you were answering is no longer in the list; your answer to it is kept. Choose it "
                "again to go on."))
        total = self.model.total
        self.count_label.setText(self.tr("1 message") if total == 1 else
                                 self.tr("{count} messages").format(count=number_text(total)))

    def current_item(self) -> InboxItem | None:
        return self.model.item_at(self.list_view.currentIndex().row())

    def _row_chosen(self, current: QModelIndex) -> None:
        if not self._refreshing:
            self._show_row(current.row())

    def _show_row(self, row: int, keep_text: bool = False) -> None:
        item = self.model.item_at(row)
        self.detail.show_item(item, self.channels, self.staff, self.target, online=self.online)
        self.answer_panel.show_item(item, keep_text=keep_text)

    def set_online(self, online: bool) -> None:
        """Whether a waiting answer says it goes with the next run or when the laptop is online."""
        if online != self.online:
            self.online = online
            self._show_row(self.list_view.currentIndex().row(), keep_text=True)

    def show_sync(self, lines: list[str]) -> None:
        """What the last fetch said (new messages, accounts that failed, a first fetch's history)."""
        self.sync_label.setText("\n".join(lines))

    def focus_view(self) -> None:
        """Alt+I lands in the list of messages."""
        self.list_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Enter in the list goes to the answer's template search."""
        if watched is self.list_view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_item() is not None:
                self.answer_panel.focus_template_search()
                return True
        return False

    # ---- changing -----------------------------------------------------------------------------------------

    def _today_staff_id(self) -> str | None:
        member = current_answerer(self.store, self.store.clock().astimezone().date())
        return member.id if member else None

    def _changed(self, item_id: str, status: str = "") -> None:
        """The item was changed: its row and the detail show it, the rest of the window hears of it."""
        try:
            fresh = find_item(self.store, item_id)
        except KnownError:
            fresh = None
        if fresh is not None:
            self.model.replace_item(fresh)
            if self.current_item() is not None and self.current_item().id == item_id:  # type: ignore[union-attr]
                self._show_row(self.list_view.currentIndex().row())
        self.answer_panel.status_label.setText(status)
        self.changed.emit(Changes(inbox=True))

    def _act(self, work, status: str = "") -> bool:  # type: ignore[no-untyped-def]
        """Does `work(item)` on the chosen message; what stops it is said under the answer, and nothing changed."""
        item = self.current_item()
        if item is None:
            return False
        try:
            work(item)
        except KnownError as error:
            self.answer_panel.status_label.setText(error.message)
            return False
        self._changed(item.id, status)
        return True

    def _answer(self, text: str, template: ReplyTemplate | None, *, private: bool) -> None:
        """The answer into the outbox; the keyboard goes back to the list for the next message."""
        send = take_private if private else queue_answer
        chosen = self.current_item()
        said = (self.tr("The answer is in the outbox.") if self.online else
                self.tr("The answer waits in the outbox: it will be sent when the laptop is online."))
        if chosen is not None and self._act(lambda item: send(self.store, item, text, self.store.clock(),
                                                              staff_id=self._today_staff_id(),
                                                              template_id=template.id if template else None), said):
            self.answer_panel.answer_sent(chosen.id)
            self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _close(self) -> None:
        self._act(lambda item: mark_done(self.store, item, self._today_staff_id()),
                  self.tr("Closed without an answer. Reopen it if it needs one after all."))

    def _reopen(self) -> None:
        self._act(lambda item: reopen(self.store, item), self.tr("Open again."))

    def _set_owner(self, staff_id: str | None) -> None:
        self._act(lambda item: set_owner(self.store, item, staff_id))

    def _mark_sent(self, answer) -> None:  # type: ignore[no-untyped-def]
        self._act(lambda _item: mark_sent(self.store, answer, self.store.clock()),
                  self.tr("Marked as sent."))

    def _send_again(self, answer) -> None:  # type: ignore[no-untyped-def]
        self._act(lambda _item: send_again(self.store, answer), self.tr("The answer goes out again with the next run."))
