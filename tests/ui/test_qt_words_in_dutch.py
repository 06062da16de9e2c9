"""Qt's own dialogs speak Dutch in a Dutch interface: the file dialog said "Look in:" and "Files of type:" in
English, because Qt 6.11's Dutch catalogue lacks those texts since they gained a keyboard mnemonic."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

from services.i18n import qt_words_missing_in_dutch


def test_the_file_dialog_speaks_dutch(qtbot, dutch: None) -> None:  # type: ignore[no-untyped-def]
    dialog = QFileDialog(None, "Exporteren naar CSV")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog, as on Linux without a portal
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
    assert labels == {"&Zoeken in:", "Bestands&naam:", "Bestands&type:"}
    assert {button.text() for button in dialog.findChildren(QPushButton) if button.isVisible()} == {
        "&Openen", "Annuleren"}


def test_every_qt_text_we_carry_comes_back_dutch(dutch: None) -> None:
    assert qt_words_missing_in_dutch() == ["&Zoeken in:", "Bestands&type:"]
