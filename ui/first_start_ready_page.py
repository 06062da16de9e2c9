"""The first start's last page: what is set up now, and where each thing left open is done later."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from models.settings import Country
from services.channels import channels_by_name
from services.first_start import me_and_signatures
from services.preferences import load_municipality
from services.store import Store
from ui.first_start_page import FirstStartPage
from ui.plain_text import plain


class ReadyPage(FirstStartPage):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, "first_start_ready", parent)
        self.summary = plain(QLabel(self))  # names as the officer typed them
        self.summary.setWordWrap(True)
        self.outro = QLabel(self)
        self.outro.setWordWrap(True)
        self.column.addWidget(self.summary)
        self.column.addWidget(self.outro)
        self.column.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        """What the store holds now (read here, not on a change of language: the texts only follow that)."""
        self.municipality = load_municipality(self.store)
        self.me, self.signatures = me_and_signatures(self.store)
        self.channels = channels_by_name(self.store)
        self.retranslate()

    def heading(self) -> str:
        return self.tr("Ready")

    def retranslate(self) -> None:
        """Each step done (✓) or still open (–, with where to do it)."""
        municipality, me, signatures, channels = self.municipality, self.me, self.signatures, self.channels
        country = self.tr("the Netherlands") if municipality.country is Country.NL else self.tr("Belgium")
        lines = [
            self.tr("✓ Municipality: {name}, {country}").format(name=municipality.name, country=country)
            if municipality.name else self.tr("– No municipality yet: File > Preferences."),
            self.tr("✓ You: {name}, signing “{signature}”").format(
                name=me.name, signature=signatures.get("nl") or me.name) if me is not None
            else self.tr("– Nobody is “me” yet: Replies > Staff and signatures."),
            self.tr("✓ Channels: {names}").format(names=", ".join(channel.name for channel in channels))
            if channels else self.tr("– No channel yet: the Channels tab."),
        ]
        self.summary.setText("\n".join(lines))
        self.outro.setText(self.tr(
            "Plan the month in the Calendar, answer residents from Replies, and before a holiday hand over in "
            "Vacation. This guide stays under Help > Getting started."))
