"""The grey examples in empty signature fields say they are examples: they never read as a signature someone
already has."""

from __future__ import annotations

from models.staff import StaffMember
from services.store import Store
from ui.staff_dialog import StaffDialog


def test_an_empty_signature_field_shows_an_example_marked_as_one(qtbot, store: Store, dutch: None) -> None:  # type: ignore[no-untyped-def]
    store.save(StaffMember(name="Joris Bakker"))
    dialog = StaffDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.signature_edits["nl"].text() == ""
    assert dialog.signature_edits["nl"].placeholderText() == "bijvoorbeeld: Groet, Joris, team communicatie"
    assert dialog.signature_edits["en"].placeholderText() == "bijvoorbeeld: Kind regards, Joris, communications team"
