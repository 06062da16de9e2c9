"""The composer's images: thumbnails in order, the alt text of the chosen one, add (file dialog), remove and
move. Dropping files on the composer adds them here too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.media import PostMedia
from services.errors import KnownError
from services.media_library import IMAGE_TYPES, add_image, media_path
from services.store import Store
from ui.image_list_model import THUMBNAIL, ImageItem, ImageListModel


class ImageStrip(QWidget):
    """Signals:
        changed(): an image was added, removed or moved, or an alt text edited.
        problem(str): a file could not be added (not an image, too large, unreadable).
    """

    changed = Signal()
    problem = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.images = ImageListModel(self)  # Qt-owned: its pixmaps must go before the application does
        self.image_view = QListView(self)
        self.image_view.setModel(self.images)
        self.image_view.setViewMode(QListView.ViewMode.IconMode)
        self.image_view.setFlow(QListView.Flow.LeftToRight)
        self.image_view.setWrapping(False)
        self.image_view.setIconSize(THUMBNAIL)
        self.image_view.setFixedHeight(THUMBNAIL.height() + self.fontMetrics().height() * 2 + 16)
        self.image_view.setMovement(QListView.Movement.Static)
        self.alt_edit = QLineEdit(self)
        self.alt_edit.setPlaceholderText(self.tr("Alt text: describe what the image shows"))
        # Tool buttons beside the one push button: a push button is at least 80 px wide in most styles, and four
        # of them made the composer 436 px wide in Dutch before the form around it counted.
        self.add_image_button = QPushButton(self.tr("Add images…"), self)
        self.remove_image_button = QToolButton(self)
        self.remove_image_button.setText(self.tr("Remove"))
        self.earlier_button = QToolButton(self)
        self.earlier_button.setText("◀")
        self.earlier_button.setToolTip(self.tr("Move earlier"))
        self.later_button = QToolButton(self)
        self.later_button.setText("▶")
        self.later_button.setToolTip(self.tr("Move later"))
        image_buttons = QHBoxLayout()
        for widget in (self.add_image_button, self.remove_image_button, self.earlier_button, self.later_button):
            image_buttons.addWidget(widget)
        image_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.image_view)
        layout.addWidget(self.alt_edit)
        layout.addLayout(image_buttons)
        self.add_image_button.clicked.connect(self.choose_images)
        self.remove_image_button.clicked.connect(self.remove_image)
        self.earlier_button.clicked.connect(lambda: self.move_image(-1))
        self.later_button.clicked.connect(lambda: self.move_image(1))
        self.alt_edit.textEdited.connect(self._alt_edited)
        self.image_view.selectionModel().currentChanged.connect(self._image_selected)
        self.post_id = ""

    def choose_images(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in IMAGE_TYPES)
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add images"), "",
                                                      self.tr("Images ({patterns})").format(patterns=patterns))
        if paths and self.post_id:
            self.add_images([Path(path) for path in paths], self.post_id)

    def add_images(self, paths: list[Path], post_id: str) -> None:
        """Adds each file that is an image Omroeper can use; the others are refused, all named in one message."""
        self.post_id = post_id
        refused = []
        for path in paths:
            size = QImageReader(str(path)).size()
            try:
                media = add_image(self.store, path, width=max(0, size.width()), height=max(0, size.height()))
            except KnownError as error:
                refused.append(error.message)
                continue
            link = PostMedia(post_id=post_id, media_id=media.id, position=len(self.images.items))
            self.images.append(ImageItem(link, media, media_path(self.store, media)))
        if refused:
            self.problem.emit("\n".join(refused))
        if self.images.items:
            self.image_view.setCurrentIndex(self.images.index(len(self.images.items) - 1))
            self.alt_edit.setFocus()
        self.changed.emit()

    def remove_image(self) -> None:
        row = self.image_view.currentIndex().row()
        if row >= 0:
            self.images.remove(row)
            self.changed.emit()

    def move_image(self, step: int) -> None:
        row = self.image_view.currentIndex().row()
        if row >= 0:
            self.image_view.setCurrentIndex(self.images.index(self.images.move(row, step)))
            self.changed.emit()

    def _image_selected(self) -> None:
        row = self.image_view.currentIndex().row()
        self.alt_edit.setEnabled(row >= 0)
        self.alt_edit.setText(self.images.items[row].link.alt_text if row >= 0 else "")

    def _alt_edited(self, text: str) -> None:
        row = self.image_view.currentIndex().row()
        if row >= 0:
            self.images.set_alt_text(row, text)
            self.changed.emit()
