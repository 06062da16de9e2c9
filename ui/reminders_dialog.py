"""Posts for channels without an API (WhatsApp, Instagram…) whose time has come: copy the text, open the images,
and mark each as posted once done."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.delivery import due_reminders, mark_published
from services.media_library import media_path
from services.post_editing import images_of
from services.preferences import load_municipality
from services.store import Store
from ui.plain_text import typed_text
from ui.reminder_list_model import ReminderListModel


class RemindersDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Post by hand"))
        self.resize(640, 460)
        self.model = ReminderListModel(self)
        self.model.time_zone = load_municipality(store).time_zone
        self.list_view = QListView(self)
        self.list_view.setModel(self.model)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.images_label = QLabel(self)
        self.copy_button = QPushButton(self.tr("&Copy text"), self)
        self.images_button = QPushButton(self.tr("Open &images"), self)
        self.done_button = QPushButton(self.tr("&Posted: mark as published"), self)
        row = QHBoxLayout()
        for button in (self.copy_button, self.images_button, self.done_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.text, 2)
        layout.addWidget(self.images_label)
        layout.addLayout(row)
        layout.addWidget(close)
        self.list_view.selectionModel().currentRowChanged.connect(self._selected)
        self.copy_button.clicked.connect(self.copy_text)
        self.images_button.clicked.connect(self.open_images)
        self.done_button.clicked.connect(self.mark_done)
        self.reload()

    def reload(self) -> None:
        self.model.set_items(due_reminders(self.store, self.store.clock()))
        if self.model.rowCount():
            self.list_view.setCurrentIndex(self.model.index(0))
        self._selected()

    def current(self):  # type: ignore[no-untyped-def]
        row = self.list_view.currentIndex().row()
        return self.model.item_at(row)

    def _selected(self) -> None:
        item = self.current()
        for button in (self.copy_button, self.images_button, self.done_button):
            button.setEnabled(item is not None)
        if item is None:
            self.text.setPlainText(self.tr("Nothing to post by hand right now."))
            self.images_label.setText("")
            return
        post, variant, _channel = item
        self.text.setPlainText(variant.text(post))
        count = len(images_of(self.store, post.id))
        self.images_label.setText(self.tr("%n image(s) with this post", "", count) if count else "")
        self.images_button.setEnabled(count > 0)

    def copy_text(self) -> None:
        QApplication.clipboard().setText(typed_text(self.text))

    def open_images(self) -> None:
        item = self.current()
        if item is not None:
            links = images_of(self.store, item[0].id)
            if links:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(media_path(self.store, links[0][1]).parent)))

    def mark_done(self) -> None:
        item = self.current()
        if item is not None:
            mark_published(self.store, item[1], self.store.clock())
            self.reload()
