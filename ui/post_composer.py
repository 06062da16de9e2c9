"""The composer: one post, a main text and a variant per chosen channel (with its preview), images with alt text,
date, status and repetition. Every edit is saved within two seconds without pressing anything.

Its parts live beside it: the date and time (ui/when_row.py), the channels and their texts (ui/channel_texts.py,
ui/variant_editor.py, ui/post_preview.py), the images (ui/image_strip.py), the series choice
(ui/series_scope_row.py)."""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.channel import ChannelAccount
from models.media import PostMedia
from models.post import EDITABLE_STATUSES, Post, PostStatus, Variant
from models.recurrence import Recurrence
from models.series import PostSeries
from models.settings import Municipality
from services.channels import channels_by_name
from services.errors import KnownError
from services.media_library import media_path
from services.post_editing import (
    BLOCKED_UNLESS_READY,
    describe_problem,
    images_of,
    problems_for,
    save_post,
    variants_of,
)
from services.series import detach_occurrence, edit_series_from, make_recurring
from services.store import Store
from ui.channel_texts import ChannelTexts
from ui.choice_box import ChoiceBox
from ui.delivery_row import COPY, FIGURES
from ui.image_list_model import ImageItem
from ui.image_strip import ImageStrip
from ui.link_cards import LinkCards
from ui.paused_banner import PausedBanner
from ui.plain_text import TextEdit, plain, rich, typed_text
from ui.post_style import status_name
from ui.readable_colours import warning_css
from ui.recurrence_dialog import RecurrenceDialog, describe
from ui.series_scope_row import SeriesScopeRow
from ui.typing_pause import TypingPause
from ui.variant_editor import describe_length
from ui.when_row import WhenRow

log = logging.getLogger(__name__)

LANGUAGES = (("nl", "Nederlands"), ("en", "English"), ("fr", "Français"))


class PostComposer(QWidget):
    """Signals:
        post_saved(str): the post (its id) was written to the store.
        closed(): the officer closed the composer (after a last save).
        duplicate_requested(str), delete_requested(str): buttons for the open post.
        problem(str): something could not be done; the message says what (shown by the tab).
    """

    post_saved = Signal(str)
    closed = Signal()
    duplicate_requested = Signal(str)
    delete_requested = Signal(str)
    problem = Signal(str)

    def __init__(self, store: Store, municipality: Municipality, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("post_composer")
        self.setAcceptDrops(True)
        self.store = store
        self.municipality = municipality
        self.post: Post | None = None
        self.channels: list[ChannelAccount] = []
        self.pending_recurrence: Recurrence | None = None
        self.dirty = False
        self.save_problem = ""  # why the last save failed; empty once a save succeeds
        self._loading = False
        self.link_cards = LinkCards(self)
        self._build()
        self._pause = TypingPause(self)  # saves on the rhythm of ui/typing_pause.py
        self._connect_signals()

    # ---- building -----------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = plain(QLabel(self))
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.saved_label = plain(QLabel(self))
        self.saved_label.setObjectName("saved_state")
        self.saved_label.setWordWrap(True)  # "Not saved: <a long reason>" must not widen the composer
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("for yourself and the calendar; not published"))
        self.master_edit = TextEdit(self)
        self.master_edit.setTabChangesFocus(True)
        self.master_edit.setPlaceholderText(self.tr("What do you want to tell the residents?"))
        self.master_edit.setMinimumHeight(110)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.texts = ChannelTexts(self.link_cards, self)
        self.channel_checks, self.editors, self.variant_tabs = self.texts.checks, self.texts.editors, self.texts.tabs
        self.when = WhenRow(self)
        self.dated_check, self.date_edit, self.time_edit = self.when.dated_check, self.when.date_edit, \
            self.when.time_edit
        self.date_edit.today = lambda: self.store.clock().astimezone(self._zone()).date()
        self.status_box = ChoiceBox(self)
        for status in EDITABLE_STATUSES:
            self.status_box.add_choice(status_name(status), status)
        self.campaign_box = QComboBox(self)
        self.campaign_box.setEditable(True)
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setPlaceholderText(self.tr("separated by commas"))
        self.language_box = ChoiceBox(self)
        for code, name in LANGUAGES:
            self.language_box.add_choice(name, code)
        for box in (self.campaign_box, self.language_box, self.status_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(10)
        self.repeat_button = QPushButton(self)
        self.series_scope = SeriesScopeRow(self)
        self.image_strip = ImageStrip(self.store, self)
        # The composer's own names for the strip's parts (tests and the screenshot script use them).
        self.images, self.image_view, self.alt_edit = (self.image_strip.images, self.image_strip.image_view,
                                                      self.image_strip.alt_edit)
        self.problems_label = plain(QLabel(self))
        self.problems_label.setObjectName("problems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(warning_css())
        self.duplicate_button = QPushButton(self.tr("&Duplicate"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.duplicate_button, self.delete_button, self.close_button):
            buttons.addWidget(button)

        form = QFormLayout()
        # A field wider than the room beside its label goes under it: the composer stays narrow in any language.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("Main te&xt:"), self.master_edit)
        form.addRow("", self.summary_label)
        form.addRow(self.tr("Channels:"), self.texts.boxes)
        form.addRow(self.tr("Per channel:"), self.variant_tabs)
        form.addRow(self.tr("When:"), self.when)
        form.addRow(self.tr("&Status:"), self.status_box)
        form.addRow(self.tr("Repeats:"), self.repeat_button)
        form.addRow("", self.series_scope)
        form.addRow(self.tr("C&ampaign:"), self.campaign_box)
        form.addRow(self.tr("Ta&gs:"), self.tags_edit)
        form.addRow(self.tr("Lang&uage:"), self.language_box)
        form.addRow(self.tr("Images:"), self.image_strip)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.heading)
        self.paused_row = PausedBanner(self)
        self.paused_label = self.paused_row.label
        self.paused_row.resume_clicked.connect(self.resume)
        body_layout.addWidget(self.paused_row)
        body_layout.addLayout(form)
        body_layout.addWidget(self.problems_label)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("composer_scroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.saved_label)
        layout.addLayout(buttons)
        self._body = body
        self._scroll = scroll
        self._fit_width()

    def _fit_width(self) -> None:
        """As wide as the form needs: a scroll area alone would let the splitter squeeze it. (Also lays the form
        out again after channel rows came or went, so the scroll area sees its new height.)"""
        layout = self._body.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()
        self._body.setMinimumHeight(self._body.minimumSizeHint().height())
        self.setMinimumWidth(self._body.minimumSizeHint().width() + self._scroll.verticalScrollBar().sizeHint().width()
                             + 4)

    def _connect_signals(self) -> None:
        self._pause.due.connect(self.save_now)
        self.title_edit.textEdited.connect(self._changed)
        self.master_edit.textChanged.connect(self._master_changed)
        self.when.changed.connect(self._changed)
        self.status_box.currentIndexChanged.connect(self._status_chosen)
        self.campaign_box.editTextChanged.connect(self._changed)
        self.tags_edit.textEdited.connect(self._changed)
        self.language_box.currentIndexChanged.connect(self._changed)
        self.repeat_button.clicked.connect(self.choose_repeat)
        self.series_scope.changed.connect(self._changed)
        self.texts.edited.connect(self._texts_edited)
        self.texts.decided.connect(self.decide)
        self.texts.resized.connect(self._fit_width)
        self.image_strip.changed.connect(self._images_changed)
        self.image_strip.problem.connect(self.problem)
        self.duplicate_button.clicked.connect(lambda: self.post and self.duplicate_requested.emit(self.post.id))
        self.delete_button.clicked.connect(lambda: self.post and self.delete_requested.emit(self.post.id))
        self.close_button.clicked.connect(self.close_post)

    def set_online(self, online: bool) -> None:
        """The window's connection check: the previews read link cards only while online."""
        self.link_cards.set_online(online)

    # ---- opening ------------------------------------------------------------------------------------------

    def _zone(self) -> ZoneInfo:
        return ZoneInfo(self.municipality.time_zone)

    def new_post(self, when: datetime | None) -> None:
        """Starts a new draft, with the cursor in its title; it is stored from the first edit on."""
        self.flush()
        post = Post(status=PostStatus.DRAFT if when else PostStatus.IDEA, scheduled_at=when,
                    time_zone=self.municipality.time_zone, language="nl")
        self._show(post, [], [], new=True)
        self.title_edit.setFocus()

    def open_post(self, post_id: str) -> None:
        if self.post is not None and self.post.id == post_id:
            return
        self.flush()
        post = self.store.get(Post, post_id)
        if post is None:
            return
        images = [ImageItem(link, media, media_path(self.store, media)) for link, media in images_of(self.store,
                                                                                                       post_id)]
        self._show(post, variants_of(self.store, post_id), images, new=False)

    def _show(self, post: Post, variants: list[Variant], images: list[ImageItem], *, new: bool) -> None:
        self._loading = True
        self.post = post
        self.pending_recurrence = None
        self.dirty = False
        self.save_problem = ""
        self.channels = channels_by_name(self.store)
        self.heading.setText(self.tr("New post") if new else self.tr("Edit post"))
        self.title_edit.setText(post.title)
        self.master_edit.setPlainText(post.body)
        zone = self._zone()
        local = post.scheduled_at.astimezone(zone) if post.scheduled_at else None
        self.when.show_moment(local, self.municipality.time_zone,
                              self.store.clock().astimezone(zone).replace(hour=9, minute=0))
        editable = post.status in EDITABLE_STATUSES
        self.status_box.setEnabled(editable)
        if editable:
            self.status_box.select_value(post.status)
        else:
            self.status_box.setCurrentIndex(-1)
            self.status_box.setPlaceholderText(status_name(post.status))
        self._fill_campaigns(post.campaign)
        self.tags_edit.setText(", ".join(post.tags))
        if not self.language_box.select_value(post.language):
            self.language_box.setCurrentIndex(0)
        self.images.set_items(images)
        self.image_strip.post_id = post.id
        self.texts.build(self.channels, {variant.channel_id: variant for variant in variants}, post.body)
        self.texts.show_images(self._image_files())
        self._show_figures()
        self.series_scope.setVisible(post.series_id is not None)
        self.series_scope.reset()
        self._show_repeat()
        self._loading = False
        self._refresh_checks()
        self.paused_row.show_post(post)
        self.saved_label.setText("" if new else self.tr("Saved"))
        self._fit_width()

    def _fill_campaigns(self, current: str) -> None:
        from services.calendar_queries import campaigns_and_tags

        self.campaign_box.clear()
        self.campaign_box.addItem("")
        self.campaign_box.addItems(campaigns_and_tags(self.store)[0])
        self.campaign_box.setEditText(current)

    def _image_files(self) -> list[tuple[Path, int, int]]:
        return [(item.path, item.media.width, item.media.height) for item in self.images.items]

    # ---- editing ------------------------------------------------------------------------------------------

    def _master_changed(self) -> None:
        self.texts.set_master(typed_text(self.master_edit))
        self._changed()
        self._refresh_checks()

    def _texts_edited(self) -> None:
        self._changed()
        self._refresh_checks()

    def _changed(self) -> None:
        if self._loading or self.post is None:
            return
        self.dirty = True
        self.saved_label.setText(self.tr("Not saved yet…"))
        self._pause.typed()

    def _status_chosen(self) -> None:
        if self._loading or self.post is None:
            return
        status = self.status_box.current_value()
        if status in BLOCKED_UNLESS_READY:
            problems = self._problems(self._collect())
            if problems:
                self._loading = True
                self.status_box.select_value(self.post.status if self.post.status not in BLOCKED_UNLESS_READY
                                             else PostStatus.DRAFT)
                self._loading = False
                self.problems_label.setText(self.tr("Not ready yet:") + "\n" + "\n".join(
                    f"• {describe_problem(problem)}" for problem in problems))
                return
        self._changed()
        self._refresh_checks()

    def _collect(self) -> tuple[Post, list[Variant], list[PostMedia]]:
        """The post as the fields now show it."""
        assert self.post is not None
        post = self.post
        post.title = self.title_edit.text().strip()
        post.body = typed_text(self.master_edit)
        post.scheduled_at = self.when.moment()
        status = self.status_box.current_value()
        if status is not None:
            post.status = PostStatus(status)
        post.campaign = self.campaign_box.currentText().strip()
        post.tags = [tag.strip() for tag in self.tags_edit.text().split(",") if tag.strip()]
        post.language = str(self.language_box.current_value())
        variants = []
        for channel_id, editor in self.editors.items():
            variant = self.texts.stored.get(channel_id) or Variant(post_id=post.id, channel_id=channel_id)
            variant.body = editor.body()
            variants.append(variant)
        self.texts.stored = {variant.channel_id: variant for variant in variants}
        images = [item.link for item in self.images.items]
        return post, variants, images

    def _problems(self, collected: tuple[Post, list[Variant], list[PostMedia]]):  # type: ignore[no-untyped-def]
        post, variants, images = collected
        return problems_for(self.store, post, variants, [image.alt_text for image in images])

    def _refresh_checks(self) -> None:
        """The per-channel counters under the main text, and what still blocks "ready"."""
        if self.post is None or self._loading:
            return
        parts = []
        for editor in self.editors.values():
            text, ok = describe_length(editor.check())
            colour = "" if ok else f" style='{warning_css()}'"
            parts.append(f"<span{colour}><b>{rich(editor.channel.name)}</b>: {rich(text)}</span>")
        self.summary_label.setText("<br>".join(parts))
        problems = self._problems(self._collect())
        if problems:
            self.problems_label.setText(self.tr("Before it can be marked ready:") + "\n" + "\n".join(
                f"• {describe_problem(problem)}" for problem in problems))
        else:
            self.problems_label.setText("")

    # ---- saving -------------------------------------------------------------------------------------------

    def flush(self) -> None:
        """Saves now if anything is unsaved (before opening another post, closing, quitting)."""
        if self.dirty:
            self.save_now()

    def save_now(self) -> None:
        self._pause.stop()
        if self.post is None or not self.dirty:
            return
        post, variants, images = self._collect()
        demoted = False
        if post.status in BLOCKED_UNLESS_READY and self._problems((post, variants, images)):
            # Never lose what was typed, and never let a post that breaks a limit go out: it goes back to draft.
            post.status = PostStatus.DRAFT
            demoted = True
        try:
            save_post(self.store, post, variants, images)
            if self.pending_recurrence is not None and post.scheduled_at is not None and post.series_id is None:
                make_recurring(self.store, post, self.pending_recurrence, self.store.clock())
                self.pending_recurrence = None
                self._show_repeat()
                # From now on the post is one of a series: the choice shows at once, set to the whole series.
                self.series_scope.choose_later_posts()
                self.series_scope.show()
                self._fit_width()
            elif post.series_id is not None:
                if self.series_scope.applies_to_later_posts():
                    edit_series_from(self.store, post, self.store.clock())
                elif not post.series_detached:
                    detach_occurrence(self.store, post)
        except KnownError as error:
            log.warning("autosave failed: %s", error.message)
            self.save_problem = error.message
            self.saved_label.setText(self.tr("Not saved: {reason}").format(reason=error.message))
            self.problem.emit(error.message)
            return
        self.dirty = False
        self.save_problem = ""
        self.heading.setText(self.tr("Edit post"))
        if demoted:
            self._loading = True
            self.status_box.select_value(PostStatus.DRAFT)
            self._loading = False
            self.problem.emit(self.tr("The post went back to draft: it no longer meets every channel's limits."))
        saved_at = self.store.clock().astimezone(self._zone())  # on the municipality's clock, as every time shown
        self.saved_label.setText(self.tr("Saved {time}").format(time=saved_at.strftime("%H:%M:%S")))
        self.post_saved.emit(post.id)

    def has_unsaved_edit(self) -> bool:
        """Something typed that is not in the data file (after `flush`: its save failed, see `save_problem`)."""
        return self.post is not None and self.dirty

    def forget_unsaved_edit(self) -> None:
        """The officer chose to quit without what could not be saved (or saved it to a file)."""
        self._pause.stop()
        self.dirty = False

    def as_text(self) -> str:
        """The post as the fields show it, as plain text for a file of the officer's choice: what could not be
        saved to the data file is not lost."""
        lines = [self.tr("Omroeper: a post that could not be saved"), ""]
        moment = self.when.moment()
        for label, value in ((self.tr("Title: {text}"), self.title_edit.text().strip()),
                             (self.tr("Planned on: {text}"), f"{moment:%Y-%m-%d %H:%M} ({self.municipality.time_zone})"
                              if moment else ""),
                             (self.tr("Status: {text}"), self.status_box.currentText()),
                             (self.tr("Channels: {text}"), ", ".join(e.channel.name for e in self.editors.values())),
                             (self.tr("Campaign: {text}"), self.campaign_box.currentText().strip()),
                             (self.tr("Tags: {text}"), self.tags_edit.text().strip())):
            if value:
                lines.append(label.format(text=value))
        lines += ["", self.tr("Main text:"), typed_text(self.master_edit)]
        for editor in self.editors.values():
            if not editor.follows:
                lines += ["", self.tr("Own text for {channel}:").format(channel=editor.channel.name), editor.text()]
        alts = [item.link.alt_text for item in self.images.items]
        if alts:
            lines += ["", self.tr("Images (alt texts):")] + [f"- {alt}" for alt in alts]
        return "\n".join(lines) + "\n"

    def close_post(self) -> None:
        self.flush()
        self.post = None
        self.closed.emit()

    # ---- the officer's decisions on delivery ------------------------------------------------------------------

    def decide(self, channel_id: str, action: str) -> None:
        from PySide6.QtWidgets import QApplication

        from services import delivery

        self.flush()
        variant = next((v for v in variants_of(self.store, self.post.id) if v.channel_id == channel_id), None) \
            if self.post else None
        if variant is None:
            return
        if action == COPY:
            editor = self.editors.get(channel_id)
            QApplication.clipboard().setText(editor.text() if editor else "")
            return
        if action == FIGURES:
            from ui.figures_dialog import enter_figures_by_dialog

            if enter_figures_by_dialog(self.store, variant, self):
                self.refresh_delivery()
            return
        delivery.apply_decision(self.store, variant, action, self.store.clock())
        self.refresh_delivery()
        assert self.post is not None
        self.post_saved.emit(self.post.id)

    def resume(self) -> None:
        """This one post goes back to the outbox (or waits for a decision when its time passed meanwhile)."""
        from services.crisis import resume_post

        if self.post is None:
            return
        self.flush()
        stored = self.store.get(Post, self.post.id)
        if stored is None:
            return
        report = resume_post(self.store, stored, self.store.clock())
        self.post.paused_at, self.post.pause_reason = None, ""
        self.paused_row.show_post(self.post)
        self.refresh_delivery()
        if report.passed:
            self.problem.emit(self.tr("Its time has passed: decide per channel below."))
        self.post_saved.emit(self.post.id)

    def refresh_delivery(self) -> None:
        """Shows each channel's delivery state again (after the outbox or a decision changed it)."""
        if self.post is None:
            return
        stored_post = self.store.get(Post, self.post.id)
        if stored_post is not None:  # the crisis switch may have paused or resumed it meanwhile
            self.post.paused_at, self.post.pause_reason = stored_post.paused_at, stored_post.pause_reason
            self.paused_row.show_post(self.post)
        self.texts.show_deliveries({variant.channel_id: variant for variant in variants_of(self.store, self.post.id)})
        self._show_figures()

    def _show_figures(self) -> None:
        """The latest figures of each channel of a published post (none for a post not out yet)."""
        from services.results import figures_line, latest_of_post

        if self.post is not None:
            self.texts.show_figures({channel_id: figures_line(figures)
                                     for channel_id, figures in latest_of_post(self.store, self.post.id).items()})

    # ---- repetition ---------------------------------------------------------------------------------------

    def _show_repeat(self) -> None:
        series = self.store.get(PostSeries, self.post.series_id) if self.post and self.post.series_id else None
        if series is not None:
            self.repeat_button.setText(self.tr("Part of a series: {rule}").format(
                rule=describe(Recurrence.from_text(series.rrule))))
            self.repeat_button.setEnabled(False)
        else:
            rule = self.pending_recurrence
            self.repeat_button.setText(self.tr("Does not repeat") if rule is None else describe(rule))
            self.repeat_button.setEnabled(True)

    def choose_repeat(self) -> None:
        first = self.date_edit.date().toPython()
        dialog = RecurrenceDialog(first if isinstance(first, date) else date.today(), self.pending_recurrence, self)
        if dialog.exec() == RecurrenceDialog.DialogCode.Accepted:
            self.pending_recurrence = dialog.recurrence()
            if self.pending_recurrence is not None and not self.dated_check.isChecked():
                self.dated_check.setChecked(True)
            self._show_repeat()
            self._changed()

    # ---- images -------------------------------------------------------------------------------------------

    def add_images(self, paths: list[Path]) -> None:
        if self.post is not None:
            self.image_strip.add_images(paths, self.post.id)

    def _images_changed(self) -> None:
        self.texts.show_images(self._image_files())
        self._changed()
        self._refresh_checks()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and self.post is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_images(paths)
