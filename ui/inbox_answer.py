"""The answer to the chosen message: a template found by its words (the Replies tab's templates and search), filled
for this resident (`{name}`, the mention the network needs, the answerer's signature), checked as it is typed (the
network's counting rule, the privacy check before a public answer), and sent through the outbox, or taken to a
private message in one step; or the message closed without an answer, or reopened.

From the keyboard: type in the template search, Enter (or Down) takes the first template found into the answer
and puts the cursor there, Ctrl+Enter sends.

The answer is kept as it is typed (services/answer_drafts.py), as the composer keeps a post: once typing pauses
and at the latest a moment after the first change, and at once when another message is chosen, the window closes
or Omroeper is stopped. Choosing the message again brings the answer back. An answer the data file would not take
(a full or read-only disk) stays in memory, is tried again at the next save, and is asked about before quitting
(ui/unsaved_text_dialog.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.inbox import InboxItem, ItemState
from models.reply import ReplyTemplate
from services.answer_drafts import draft_of, keep_draft
from services.errors import KnownError
from services.inbox import CHECKED_MAX, answer_text, check_answer, private_possible
from services.plain_text import one_line
from services.preferences import load_municipality
from services.reply_templates import expected_answer_date, search
from services.staff import current_answerer, signature_of
from services.store import Store
from ui.plain_text import TextEdit, plain, typed_text
from ui.template_list_model import TemplateListModel
from ui.typing_pause import TypingPause


class InboxAnswerPanel(QWidget):
    """Signals:
        send(str, object): send this answer (the text, the template used or None).
        send_private(str, object): the same, taken to a private message.
        close_item(): the message needs no answer.
        reopen_item(): an answered or closed message is open again.
    """

    send = Signal(str, object)
    send_private = Signal(str, object)
    close_item = Signal()
    reopen_item = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inbox_answer")
        self.store = store
        self.item: InboxItem | None = None
        self.template: ReplyTemplate | None = None
        self._templates: list[ReplyTemplate] = []
        self.dirty = False  # typed since the answer was last kept
        self.save_problem = ""  # why the last keeping failed; empty once one succeeds
        self._unsaved: dict[str, tuple[str, str | None, str]] = {}  # item id: text, template id, the resident;
        # answers the data file would not take, kept here until it does
        self._loading = False
        self.template_search = QLineEdit(self)
        self.template_search.setObjectName("inbox_template_search")
        self.template_search.setClearButtonEnabled(True)
        self.template_search.setPlaceholderText(self.tr("words from a template; Enter takes the first"))
        template_label = QLabel(self.tr("Te&mplate:"), self)
        template_label.setBuddy(self.template_search)
        self.template_model = TemplateListModel(self)
        self.template_list = QListView(self)
        self.template_list.setObjectName("inbox_template_list")
        self.template_list.setModel(self.template_model)
        self.template_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.template_list.setMaximumHeight(90)
        self.answer_edit = TextEdit(self)
        self.answer_edit.setObjectName("inbox_answer_text")
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setPlaceholderText(self.tr("Your answer is kept as you type, until it is sent."))
        answer_label = QLabel(self.tr("&Your answer:"), self)
        answer_label.setBuddy(self.answer_edit)
        self.check_label = plain(QLabel(self))
        self.check_label.setObjectName("inbox_check")
        self.check_label.setWordWrap(True)
        self.send_button = QPushButton(self.tr("Send &answer"), self)
        self.send_button.setToolTip(self.tr("Ctrl+Enter. The answer goes into the outbox and out with its next run."))
        self.send_button.setObjectName("inbox_send")
        self.private_button = QPushButton(self.tr("Take it to a &private message"), self)
        self.private_button.setObjectName("inbox_private")
        self.done_button = QPushButton(self.tr("&Done, no answer needed"), self)
        self.done_button.setObjectName("inbox_done")
        self.reopen_button = QPushButton(self.tr("Re&open"), self)
        self.reopen_button.setObjectName("inbox_reopen")
        self.status_label = plain(QLabel(self))
        self.status_label.setObjectName("inbox_status")
        self.status_label.setWordWrap(True)
        search_row = QHBoxLayout()
        search_row.addWidget(template_label)
        search_row.addWidget(self.template_search, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.private_button)
        buttons.addStretch(1)
        closing = QHBoxLayout()
        closing.addWidget(self.done_button)
        closing.addWidget(self.reopen_button)
        closing.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addWidget(self.template_list)
        layout.addWidget(answer_label)
        layout.addWidget(self.answer_edit, 1)
        layout.addWidget(self.check_label)
        layout.addLayout(buttons)
        layout.addLayout(closing)
        layout.addWidget(self.status_label)

        self.template_search.textChanged.connect(self._search)
        self.template_search.installEventFilter(self)
        self.template_list.activated.connect(lambda index: self.use_template(self.template_model.item_at(index.row())))
        self.answer_edit.textChanged.connect(self._check)
        self.answer_edit.textChanged.connect(self._edited)
        self._pause = TypingPause(self)  # kept on the composer's rhythm (ui/typing_pause.py)
        self._pause.due.connect(self.flush)
        self.send_button.clicked.connect(self._send)
        self.private_button.clicked.connect(self._send_private)
        self.done_button.clicked.connect(self.close_item)
        self.reopen_button.clicked.connect(self.reopen_item)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._send)
        self.reload_templates()
        self.show_item(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """In the template search, Enter takes the first template found and Down goes into the list."""
        if watched is self.template_search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.use_template(self.template_model.item_at(0))
                return True
            if event.key() == Qt.Key.Key_Down and self.template_model.rowCount():
                self.template_list.setFocus()
                self.template_list.setCurrentIndex(self.template_model.index(0))
                return True
        return False

    def reload_templates(self) -> None:
        self._templates = self.store.find(ReplyTemplate)
        self._search()

    def _search(self) -> None:
        self.template_model.set_items(search(self._templates, self.template_search.text()))

    def focus_template_search(self) -> None:
        self.template_search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.template_search.selectAll()

    def show_item(self, item: InboxItem | None, keep_text: bool = False) -> None:
        """The panel for this item: its kept answer, or an empty one (the one being typed stays when the same item
        is shown again with `keep_text`). The answer to the item shown until now is kept first."""
        keep = keep_text and item is not None and self.item is not None and item.id == self.item.id
        if not keep:
            self.flush()  # the answer to the item shown until now
        self.item = item
        if not keep:
            self._load_answer()
        open_item = item is not None and item.state is ItemState.OPEN
        for widget in (self.template_search, self.template_list, self.answer_edit, self.send_button,
                       self.private_button, self.done_button):
            widget.setEnabled(open_item)
        self.reopen_button.setEnabled(item is not None and not open_item)
        why = private_possible(self.store, item, self.store.clock()) if open_item and item else ""
        self.private_button.setToolTip(why or self.tr("Send this answer as a private message to the resident."))
        self._check()

    def _load_answer(self) -> None:
        """The shown item's answer as it was left: not yet kept, kept, or none (an item that is not open shows
        none; its draft waits for it to be reopened)."""
        text, template_id = "", None
        if self.item is not None and self.item.state is ItemState.OPEN:
            unsaved = self._unsaved.get(self.item.id)
            try:
                draft = (unsaved[0], unsaved[1]) if unsaved else draft_of(self.store, self.item.id)
            except KnownError as error:
                draft = None
                self.status_label.setText(error.message)
            else:
                self.status_label.setText(self._not_kept_text() if self.save_problem else "")
            if draft:
                text, template_id = draft
        else:
            self.status_label.setText("")
        self.template = next((template for template in self._templates if template.id == template_id), None)
        self._loading = True
        try:
            self.answer_edit.setPlainText(text)
        finally:
            self._loading = False

    def _edited(self) -> None:
        if self._loading or self.item is None or self.item.state is not ItemState.OPEN:
            return
        self.dirty = True
        self._pause.typed()

    def flush(self) -> None:
        """Keeps what was typed now (before another message is shown, the window closes, Omroeper stops). What the
        data file will not take stays in memory and is tried again at the next keeping; `save_problem` says why."""
        self._pause.stop()
        if self.dirty and self.item is not None:
            who = one_line(self.item.author_name or self.item.author_handle, 80)  # outside text, for a file
            self._unsaved[self.item.id] = (typed_text(self.answer_edit), self.template.id if self.template else None,
                                           who)
            self.dirty = False
        for item_id, (text, template_id, _who) in list(self._unsaved.items()):
            try:
                keep_draft(self.store, item_id, text, template_id, self.store.clock())
            except KnownError as error:
                self.save_problem = error.message
                self.status_label.setText(self._not_kept_text())
                return
            del self._unsaved[item_id]
        if self.save_problem:
            self.save_problem = ""
            self.status_label.setText("")

    def _not_kept_text(self) -> str:
        return self.tr("Your answer is not kept in the data file: {reason} It stays here while Omroeper is open."
                       ).format(reason=self.save_problem)

    def has_unsaved_edit(self) -> bool:
        """An answer typed that is not in the data file (after `flush`: its keeping failed, see `save_problem`)."""
        return self.dirty or bool(self._unsaved)

    def forget_unsaved_edit(self) -> None:
        """The officer chose to quit without what could not be kept (or saved it to a file)."""
        self._pause.stop()
        self.dirty = False
        self._unsaved.clear()

    def answer_sent(self, item_id: str) -> None:
        """The item's answer went into the outbox (its kept draft with it): nothing of it is left to keep."""
        self._unsaved.pop(item_id, None)

    def as_text(self) -> str:
        """The answers that could not be kept, as plain text for a file of the officer's choice."""
        lines = [self.tr("Omroeper: answers that could not be saved")]
        for text, _template_id, who in self._unsaved.values():
            lines += ["", self.tr("To {name}:").format(name=who) if who else self.tr("To a resident:"), text]
        return "\n".join(lines) + "\n"

    def values(self) -> dict[str, str]:
        """What the templates' other placeholders hold: today's answerer and signature, the municipality, the
        date an answer is promised by (five working days, as the Replies tab's default)."""
        today = self.store.clock().astimezone().date()
        answerer = current_answerer(self.store, today)
        language = self.template.language if self.template else "nl"
        promised: date = expected_answer_date(self.store, today, 5)
        return {"answerer": answerer.name if answerer else "",
                "signature": signature_of(self.store, answerer, language),
                "municipality": load_municipality(self.store).name,
                "date": QLocale(language).toString(QDate(promised), "dddd d MMMM")}

    def use_template(self, template: ReplyTemplate | None) -> None:
        """The template filled for this resident becomes the answer; the cursor goes to its end to go on."""
        if template is None or self.item is None or self.item.state is not ItemState.OPEN:
            return
        self.template = template
        text, _missing = answer_text(self.store, self.item, template.body, self.values())
        self.answer_edit.setPlainText(text)
        self.answer_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.answer_edit.moveCursor(self.answer_edit.textCursor().MoveOperation.End)

    def answer(self) -> str:
        return typed_text(self.answer_edit).strip()

    def problems(self, private: bool = False) -> list[str]:
        """What stops the answer now: the service's checks, and placeholders still empty."""
        if self.item is None:
            return []
        text = self.answer()
        found = check_answer(self.store, self.item, text, private=private)
        if len(text) > CHECKED_MAX:
            return found  # far too long: said so, and not read through at every key press
        from models.reply_text import placeholders_in

        missing = placeholders_in(text)
        if missing:
            found.append(self.tr("Still to fill in or delete: {list}.").format(
                list=", ".join("{" + name + "}" for name in missing)))
        return found

    def _check(self) -> None:
        if self.item is None or self.item.state is not ItemState.OPEN:
            self.check_label.setText("")
            return
        typed = bool(self.answer())
        found = self.problems() if typed else []
        self.check_label.setText("⚠ " + " ".join(found) if found else "")
        self.check_label.setStyleSheet("color: palette(text); font-weight: bold" if found else "")
        self.send_button.setEnabled(typed and not found)

    def _send(self) -> None:
        if self.item is None or self.item.state is not ItemState.OPEN:
            return
        self.flush()  # kept until it is in the outbox, which drops the draft in the same step
        found = self.problems()
        if found:
            self.status_label.setText(self.tr("Not sent: {why}").format(why=" ".join(found)))
            return
        self.send.emit(self.answer(), self.template)

    def _send_private(self) -> None:
        if self.item is None:
            return
        self.flush()
        why = private_possible(self.store, self.item, self.store.clock())
        if why:
            self.status_label.setText(why)
            return
        found = self.problems(private=True)
        if found:
            self.status_label.setText(self.tr("Not sent: {why}").format(why=" ".join(found)))
            return
        self.send_private.emit(self.answer(), self.template)
