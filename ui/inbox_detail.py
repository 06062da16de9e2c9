"""The chosen message in the Inbox tab: who wrote it, on which channel, when, the post it answers, its state and
owner, its whole conversation as plain text, and where its answer is (waiting, sent, or waiting for a decision).

Every text from outside (names, handles, messages, image descriptions, addresses) is shown as plain text through
services/plain_text.py; links are shown as text and never opened by themselves."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.inbox import InboxAnswer, InboxItem, ItemState, ResponseTarget
from models.post import DeliveryState
from services.i18n import moment_text
from services.inbox import answer_waiting, answers_of, conversation
from services.inbox_view import item_clock, post_title
from services.plain_text import one_line, shown_text
from services.store import Store
from ui.choice_box import ChoiceBox
from ui.inbox_list_model import kind_word
from ui.inbox_text import STAGE_BACKGROUND, STAGE_TEXT, duration_text, stage_text
from ui.plain_text import plain

LONG_RUN = re.compile(r"\S{200}")  # a run no line of the view holds: it is broken anywhere


class InboxDetail(QWidget):
    """Signals:
        owner_chosen(object): the officer gave the item another owner (a staff member's id, or None).
        open_post(str): show our post this message answers in the calendar.
        mark_sent(object): the officer saw an unconfirmed answer on the network (the InboxAnswer).
        send_again(object): the officer checked: the answer is not there, send it again (the InboxAnswer).
    """

    owner_chosen = Signal(object)
    open_post = Signal(str)
    mark_sent = Signal(object)
    send_again = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inbox_detail")
        self.store = store
        self.item: InboxItem | None = None
        self.answer: InboxAnswer | None = None  # the answer waiting for a decision
        self._post_id: str | None = None
        self.who_label = plain(QLabel(self))
        self.who_label.setObjectName("inbox_who")
        self.who_label.setWordWrap(True)
        self.who_label.setStyleSheet("font-weight: bold")
        self.where_label = plain(QLabel(self))
        self.where_label.setObjectName("inbox_where")
        self.where_label.setWordWrap(True)
        self.state_label = plain(QLabel(self))
        self.state_label.setObjectName("inbox_state")
        self.state_label.setWordWrap(True)
        self.owner_box = ChoiceBox(self)
        self.owner_box.setObjectName("inbox_owner")
        owner_label = QLabel(self.tr("O&wner:"), self)
        owner_label.setBuddy(self.owner_box)
        self.post_label = plain(QLabel(self))
        self.post_label.setObjectName("inbox_post")
        self.post_button = QPushButton(self.tr("&Go to the post"), self)
        self.post_button.setToolTip(self.tr("Open in the calendar the post this message answers."))
        top = QHBoxLayout()
        top.addWidget(self.state_label, 1)
        top.addWidget(owner_label)
        top.addWidget(self.owner_box)
        post_row = QHBoxLayout()
        post_row.addWidget(self.post_label, 1)
        post_row.addWidget(self.post_button)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setObjectName("inbox_conversation")
        self.text_view.setReadOnly(True)
        self.text_view.setTabChangesFocus(True)
        self.text_view.setAccessibleName(self.tr("The conversation"))
        self.answer_label = plain(QLabel(self))
        self.answer_label.setObjectName("inbox_answer_state")
        self.answer_label.setWordWrap(True)
        self.sent_button = QPushButton(self.tr("It is there: mark as sent"), self)
        self.again_button = QPushButton(self.tr("It is not there: send again"), self)
        decision = QHBoxLayout()
        decision.addWidget(self.answer_label, 1)
        decision.addWidget(self.sent_button)
        decision.addWidget(self.again_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.who_label)
        layout.addWidget(self.where_label)
        layout.addLayout(post_row)
        layout.addLayout(top)
        layout.addWidget(self.text_view, 1)
        layout.addLayout(decision)

        self.owner_box.activated.connect(lambda _index: self.owner_chosen.emit(self.owner_box.current_value()))
        self.post_button.clicked.connect(lambda: self._post_id and self.open_post.emit(self._post_id))
        self.sent_button.clicked.connect(lambda: self.answer and self.mark_sent.emit(self.answer))
        self.again_button.clicked.connect(lambda: self.answer and self.send_again.emit(self.answer))
        self.show_item(None, {}, {}, ResponseTarget(), online=True)

    def show_item(self, item: InboxItem | None, channels: dict[str, str], staff: dict[str, str],
                  target: ResponseTarget, *, online: bool) -> None:
        self.item = item
        zone = target.time_zone
        if item is None:
            self.who_label.setText(self.tr("No message chosen."))
            for label in (self.where_label, self.state_label, self.post_label, self.answer_label):
                label.setText("")
            self.text_view.setPlainText("")
            for widget in (self.owner_box, self.post_button, self.sent_button, self.again_button):
                widget.setVisible(False)
            return
        self.owner_box.setVisible(True)
        self.who_label.setText(self.tr("{name} (@{handle})").format(
            name=one_line(item.author_name or item.author_handle, 120), handle=one_line(item.author_handle, 120)))
        where = self.tr("{kind} on {channel}, came in {time}").format(
            kind=kind_word(item.kind), channel=channels.get(item.channel_id, item.network),
            time=moment_text(item.received_at, zone))
        if item.edited_at is not None:
            where += " · " + self.tr("edited by its author on {time}").format(time=moment_text(item.edited_at, zone))
        if item.deleted_there_at is not None:
            where += " · " + self.tr("deleted by its author on {time} (kept here)").format(
                time=moment_text(item.deleted_there_at, zone))
        self.where_label.setText(where)
        self._post_id = item.answers_post_id
        title = post_title(self.store, item.answers_post_id)
        self.post_label.setText(self.tr("Answers the post: {title}").format(title=one_line(title, 120))
                                if title is not None else "")
        self.post_button.setVisible(title is not None)
        self._show_state(item, staff, target)
        self._show_owner(item, staff)
        text = self._conversation_text(item, channels, staff, zone)
        # Qt's word wrap looks for a word boundary in a run of letters before it breaks anywhere: in a message of
        # 100,000 letters without a space that search held the window for a second. Such a run is broken anywhere
        # from the start (the whole text is still shown, and copied as it is).
        self.text_view.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere if LONG_RUN.search(text) else
                                       QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.text_view.setPlainText(text)
        self._show_answer(item, online)

    def _show_state(self, item: InboxItem, staff: dict[str, str], target: ResponseTarget) -> None:
        zone = target.time_zone
        self.state_label.setStyleSheet("")
        if item.state is ItemState.ANSWERED:
            clock = item_clock(item, self.store.clock(), target)
            text = self.tr("✓ Answered by {name} on {time}, after {took}.").format(
                name=staff.get(item.answered_by or "", self.tr("someone")),
                time=moment_text(item.answered_at, zone) if item.answered_at else "",
                took=duration_text(clock.took) if clock.took is not None else "")
        elif item.state is ItemState.DONE:
            text = self.tr("✓ Done without an answer ({name}).").format(
                name=staff.get(item.answered_by or "", self.tr("closed")))
        else:
            clock = item_clock(item, self.store.clock(), target)
            assert clock.stage is not None
            text = self.tr("Open · {clock}").format(clock=stage_text(clock.stage, clock.left))
            if clock.stage in STAGE_BACKGROUND:
                self.state_label.setStyleSheet(f"background-color: {STAGE_BACKGROUND[clock.stage]}; "
                                               f"color: {STAGE_TEXT}; padding: 2px")
        self.state_label.setText(text)

    def _show_owner(self, item: InboxItem, staff: dict[str, str]) -> None:
        self.owner_box.clear_choices()
        self.owner_box.add_choice(self.tr("nobody yet"), None)
        for staff_id, name in sorted(staff.items(), key=lambda pair: pair[1].casefold()):
            self.owner_box.add_choice(name, staff_id)  # a combo box shows its items as plain text
        self.owner_box.select_value(item.owner_id)
        self.owner_box.setEnabled(item.state is ItemState.OPEN)

    def _conversation_text(self, item: InboxItem, channels: dict[str, str], staff: dict[str, str],
                           zone: str) -> str:
        """The conversation oldest first, the chosen message marked ▶, each one's images as their description and
        address, and our answers under the message they answer."""
        parts = []
        thread = conversation(self.store, item) or [item]
        for message in thread:
            mark = "▶ " if message.id == item.id else ""
            head = f"{mark}{one_line(message.author_name or message.author_handle, 120)} " \
                   f"(@{one_line(message.author_handle, 120)}) · {moment_text(message.received_at, zone)}"
            lines = [head, shown_text(message.text)]
            for image in message.image_refs():
                lines.append(self.tr("[Image: {description}] {address}").format(
                    description=one_line(image.alt, 300) or self.tr("no description"),
                    address=one_line(image.url, 500)))
            if message.url:
                lines.append(self.tr("On the network: {address}").format(address=one_line(message.url, 500)))
            for answer in answers_of(self.store, message):
                lines.append("    ↳ " + self.tr("Our answer ({state}), {name}:").format(
                    state=self._answer_word(answer), name=staff.get(answer.staff_id or "", "")))
                lines.append("    " + shown_text(answer.body).replace("\n", "\n    "))
            parts.append("\n".join(lines))
        return "\n\n".join(parts)

    def _answer_word(self, answer: InboxAnswer) -> str:
        return {
            DeliveryState.QUEUED: self.tr("waiting in the outbox"),
            DeliveryState.SENDING: self.tr("being sent"),
            DeliveryState.PUBLISHED: self.tr("sent"),
            DeliveryState.FAILED: self.tr("failed"),
            DeliveryState.UNCONFIRMED: self.tr("not confirmed"),
        }.get(answer.state, answer.state.value)

    def _show_answer(self, item: InboxItem, online: bool) -> None:
        """Where the answer is: waiting (offline: until the laptop is online), or needing the officer's decision."""
        waiting = answer_waiting(self.store, item)
        failed = [a for a in answers_of(self.store, item) if a.state is DeliveryState.FAILED]
        self.answer = None
        if waiting is not None and waiting.state is DeliveryState.UNCONFIRMED:
            self.answer = waiting
            text = self.tr("The answer may have gone out, but the network did not confirm it. Look on the network: "
                           "is it there?")
        elif waiting is not None:
            text = self.tr("The answer waits in the outbox and goes out with the next run.") if online else \
                self.tr("The answer waits: it will be sent when the laptop is online.")
            if waiting.last_error:
                text += " " + one_line(waiting.last_error, 300)
        elif failed and item.state is ItemState.OPEN:
            self.answer = failed[-1]
            text = self.tr("The answer was refused: {reason}").format(reason=one_line(failed[-1].last_error, 300))
        else:
            text = ""
        self.answer_label.setText(text)
        self.sent_button.setVisible(self.answer is not None and self.answer.state is DeliveryState.UNCONFIRMED)
        self.again_button.setVisible(self.answer is not None)
