"""The Replies tab: find a template, fill it in, see the answer as the resident will read it, copy it.

The whole flow works from the keyboard: Ctrl+F searches, the arrow keys pick a template, Enter goes to the first
field to fill, Tab moves on, Ctrl+Enter copies the reply and records it in the reply log, after which the focus
returns to the search field for the next resident.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.reply import ReplyTemplate, TemplateCategory
from models.staff import StaffMember
from models.validation import LINE_MAX
from services.changes import Changes
from services.errors import KnownError
from services.reply_templates import (
    delete_template,
    ensure_starters,
    export_templates,
    import_templates,
    read_templates,
    reply_figures,
    restore_starters,
    save_template,
    search,
    templates_by_title,
)
from services.staff import active_staff, choose_answerer, current_answerer, self_user
from services.store import Store
from ui.choice_box import ChoiceBox
from ui.messages import ProblemMessage, ask
from ui.plain_text import plain
from ui.reply_panel import ReplyPanel
from ui.staff_dialog import StaffDialog
from ui.template_dialog import TemplateDialog
from ui.template_list_model import TemplateListModel

log = logging.getLogger(__name__)


def blank_template() -> ReplyTemplate:
    """A new template before anything is typed in it."""
    return ReplyTemplate(title="", category=TemplateCategory.QUESTION, language="nl", body="")


class RepliesTab(QWidget):
    """Signals:
        changed(object): what the tab changed that shows elsewhere (a services.changes.Changes): the staff.
    """

    changed = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replies_tab")
        self.store = store
        self._all: list[ReplyTemplate] = []
        self.open_dialog: TemplateDialog | None = None  # while a template is being written (keep_unfinished)
        self._editing: str | None = None  # the id of the template it changes
        try:
            ensure_starters(store)
        except (KnownError, OSError, ValueError) as error:  # a damaged resources folder must not stop the tab
            self._starter_problem = getattr(error, "message", str(error))
        else:
            self._starter_problem = ""

        # ---- who answers
        self.answerer_box = ChoiceBox(self)
        self.answerer_box.setObjectName("answerer_box")
        self.answerer_note = plain(QLabel(self))
        self.staff_button = QPushButton(self.tr("Staff and &signatures…"), self)
        answerer_label = QLabel(self.tr("&Answering today:"), self)
        answerer_label.setBuddy(self.answerer_box)
        top = QHBoxLayout()
        top.addWidget(answerer_label)
        top.addWidget(self.answerer_box)
        top.addWidget(self.answerer_note, 1)
        top.addWidget(self.staff_button)

        # ---- finding a template
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("template_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search templates: title, text or tag (Ctrl+F)"))
        self.language_box = ChoiceBox(self)
        self.language_box.add_choice(self.tr("All languages"), "")
        for code, name in (("nl", self.tr("Dutch")), ("en", self.tr("English")), ("fr", self.tr("French"))):
            self.language_box.add_choice(name, code)
        self.model = TemplateListModel(self)
        self.list_view = QListView(self)
        self.list_view.setObjectName("template_list")
        self.list_view.setModel(self.model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setSpacing(1)
        self.new_button = QPushButton(self.tr("&New…"), self)
        self.edit_button = QPushButton(self.tr("Ed&it…"), self)
        self.duplicate_button = QPushButton(self.tr("D&uplicate"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.more_button = QToolButton(self)
        self.more_button.setText(self.tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        more.addAction(self.tr("Restore starter templates"), self.restore_starters)
        more.addSeparator()
        more.addAction(self.tr("Export templates…"), self.export)
        more.addAction(self.tr("Import templates…"), self.import_file)
        self.more_button.setMenu(more)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.language_box)
        template_buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.duplicate_button, self.delete_button):
            template_buttons.addWidget(button)
        template_buttons.addStretch(1)
        template_buttons.addWidget(self.more_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addLayout(template_buttons)

        self.panel = ReplyPanel(store, self.answerer, self._now, self)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.figures_label = QLabel(self)
        self.figures_label.setObjectName("reply_figures")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.figures_label)

        # ---- behaviour
        for sequence in ("Ctrl+F",):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.focus_search)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.panel.copy_reply)
        self.search_edit.installEventFilter(self)
        self.list_view.installEventFilter(self)
        self.search_edit.textChanged.connect(self._search)
        self.language_box.currentIndexChanged.connect(self._search)
        self.list_view.selectionModel().currentRowChanged.connect(self._picked)
        self.list_view.doubleClicked.connect(self.edit)
        self.answerer_box.activated.connect(self._answerer_chosen)
        self.staff_button.clicked.connect(self.edit_staff)
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button.clicked.connect(self.delete)
        self.panel.copied.connect(self._copied)
        self.setFocusProxy(self.search_edit)
        self.reload()

    # ---- loading ------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Shows the store's current content (after a restore, an import or a change of staff)."""
        self._all = templates_by_title(self.store)
        self._fill_answerers()
        self._search()
        self._update_figures()
        self.panel.reset_received()
        if self._starter_problem:
            self.panel.status_label.setText(self._starter_problem)

    def _now(self) -> datetime:
        return self.store.clock().astimezone()

    def _fill_answerers(self) -> None:
        today = self._now().date()
        answerer = current_answerer(self.store, today)
        self.answerer_box.blockSignals(True)
        self.answerer_box.clear_choices()
        members = active_staff(self.store)
        if answerer is not None and answerer not in members:
            members.append(answerer)
        for member in members:
            self.answerer_box.add_choice(member.name, member)
        if answerer is not None:
            self.answerer_box.select_value(answerer)
        else:
            self.answerer_box.setCurrentIndex(-1)  # nobody yet: no reply goes out signed by a guess
        self.answerer_box.blockSignals(False)
        me = self_user(self.store)
        if not members:
            self.answerer_note.setText(self.tr("Add the people who answer, with their signatures."))
        elif answerer is not None and me is not None and answerer != me:
            self.answerer_note.setText(self.tr("(instead of {name})").format(name=me.name))
        elif me is None:
            self.answerer_note.setText(self.tr("Mark who you are in Staff and signatures."))
        else:
            self.answerer_note.setText("")

    def answerer(self) -> StaffMember | None:
        value = self.answerer_box.current_value()
        return value if isinstance(value, StaffMember) else None

    def _answerer_chosen(self) -> None:
        member = self.answerer()
        if member is not None:
            choose_answerer(self.store, member, self._now().date())
            self._fill_answerers()
            self.panel.refresh()

    def _update_figures(self) -> None:
        figures = reply_figures(self.store, self._now())
        median = self.tr("no replies yet this month")
        if figures.median_response is not None:
            minutes = round(figures.median_response.total_seconds() / 60)
            median = (self.tr("%n minute(s)", "", minutes) if minutes < 120 else
                      self.tr("%n hour(s)", "", round(minutes / 60)))
        self.figures_label.setText(
            self.tr("Replies this week: {week} · this month: {month} · median response time this month: "
                    "{median}").format(week=figures.this_week, month=figures.this_month, median=median))

    # ---- finding --------------------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _search(self) -> None:
        chosen = self.panel.template
        found = search(self._all, self.search_edit.text(), self.language_box.current_value() or "")
        self.model.set_items(found)
        row = found.index(chosen) if chosen in found and not self.search_edit.hasFocus() else 0
        if found:
            self.list_view.setCurrentIndex(self.model.index(row))
        else:
            self._picked()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """In the search field, Up and Down move through the results and Enter goes on to filling in; in the
        list, Enter does the same."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            key = Qt.Key(event.key())
            if watched is self.search_edit and key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp,
                                                       Qt.Key.Key_PageDown):
                row = self.list_view.currentIndex().row()
                step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5, Qt.Key.Key_PageDown: 5}[key]
                row = max(0, min(self.model.rowCount() - 1, row + step))
                if self.model.rowCount():
                    self.list_view.setCurrentIndex(self.model.index(row))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.panel.template is not None:
                self.panel.focus_first_field()
                return True
        return super().eventFilter(watched, event)

    def selected(self) -> ReplyTemplate | None:
        row = self.list_view.currentIndex().row()
        return self.model.item_at(row)

    def _picked(self) -> None:
        template = self.selected()
        for button in (self.edit_button, self.duplicate_button, self.delete_button):
            button.setEnabled(template is not None)
        self.panel.show_template(template)

    def _copied(self, _text: str) -> None:
        """After a copy the list shows the new count and the search field takes the keyboard for the next resident."""
        self._all = templates_by_title(self.store)
        self._search()
        self._update_figures()
        self.focus_search()


    # ---- managing templates -------------------------------------------------------------------------------------

    def _after_change(self, template: ReplyTemplate | None) -> None:
        self.panel.template = None  # shown again from the store
        self._all = templates_by_title(self.store)
        self._search()
        if template is not None and template in self.model.items:
            self.list_view.setCurrentIndex(self.model.index(self.model.items.index(template)))

    def new(self) -> None:
        self._edit_and_save(blank_template(), new=True)

    def edit(self) -> None:
        template = self.selected()
        if template is not None:
            self._edit_and_save(replace(template, tags=list(template.tags)))  # a copy: the listed one stays as
            # it is stored until the save succeeds

    def duplicate(self) -> None:
        template = self.selected()
        if template is None:
            return
        self._edit_and_save(ReplyTemplate(title=self.tr("{title} (copy)").format(title=template.title),
                                          category=template.category, language=template.language,
                                          body=template.body, audience=template.audience, tags=list(template.tags)))

    def _edit_and_save(self, template: ReplyTemplate, *, new: bool = False) -> None:
        """The dialog on `template` until it is saved or the officer cancels. A save refused (a full disk, a text
        longer than Omroeper keeps) says why and opens the dialog again on what was typed: nothing typed is lost."""
        self.open_dialog = TemplateDialog(None if new else template, self)
        self._editing = None if new else template.id
        try:
            while self.open_dialog.exec() == TemplateDialog.DialogCode.Accepted:
                self.open_dialog.apply_to(template)
                try:
                    save_template(self.store, template)
                except KnownError as error:
                    ProblemMessage(error.message, self).exec()
                    continue  # the same dialog again, with what was typed: still a change, so Escape asks
                self._after_change(template)
                return
        finally:
            self.open_dialog = self._editing = None

    def keep_unfinished(self) -> ReplyTemplate | None:
        """When Omroeper stops with the template dialog open (a logout, a shutdown, `kill`), nobody can be asked:
        what was typed in it is saved as a template of its own, titled "… (not finished)" so that it stands out in
        the list, and the template it was a change of stays as it was. None when nothing was changed, or it could
        not be saved (then the log says why; nobody is there to ask)."""
        dialog = self.open_dialog
        if dialog is None or not dialog.has_changes():
            return None
        dialog.fields_kept()  # quitting closes it: no question about throwing the text away
        marked = self.tr("{title} (not finished)")
        mark = marked.format(title="").strip()
        edited = self.store.get(ReplyTemplate, self._editing) if self._editing else None
        unfinished = edited if edited is not None and edited.title.endswith(mark) else None
        # A template kept unfinished before, changed again, is kept over itself: no pile of "(not finished)" copies.
        kept = dialog.apply_to(unfinished or blank_template())
        if not kept.title:
            kept.title = self.tr("Template, not finished")
        elif not kept.title.endswith(mark):
            kept.title = marked.format(title=kept.title[:LINE_MAX - len(marked.format(title=""))])
        try:
            save_template(self.store, kept)
        except KnownError as error:
            log.warning("the template being written when Omroeper stopped could not be kept: %s", error.message)
            return None
        log.info("kept the template being written when Omroeper stopped, as %r", kept.title)
        return kept

    def delete(self) -> None:
        template = self.selected()
        if template is None:
            return
        if not ask(self, self.tr("Delete template"),
                   self.tr("Delete the template “{title}”?").format(title=template.title)):
            return
        try:
            delete_template(self.store, template)
        except KnownError as error:
            ProblemMessage(error.message, self).exec()
            return
        self._after_change(None)

    def restore_starters(self) -> None:
        try:
            added = restore_starters(self.store)
        except (KnownError, OSError, ValueError) as error:
            ProblemMessage(getattr(error, "message", str(error)), self).exec()
            return
        self.panel.status_label.setText(self.tr("%n starter template(s) restored; templates you changed were left as "
                                          "they are.", "", added))
        self._after_change(None)

    def export(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Export templates"),
                                                    str(Path.home() / "omroeper-templates.json"),
                                                    self.tr("Templates (*.json)"))
        if not path:
            return
        try:
            count = export_templates(self.store, Path(path))
        except KnownError as error:
            ProblemMessage(error.message, self).exec()
            return
        self.panel.status_label.setText(self.tr("%n template(s) exported.", "", count))

    def import_file(self, path: str = "") -> None:
        if not path:
            path, _chosen = QFileDialog.getOpenFileName(self, self.tr("Import templates"), "",
                                                        self.tr("Templates (*.json)"))
        if not path:
            return
        try:
            added = import_templates(self.store, read_templates(Path(path)))
        except KnownError as error:
            ProblemMessage(error.message, self).exec()
            return
        self.panel.status_label.setText(self.tr("%n template(s) imported; ones with a title you already have were "
                                          "skipped.", "", added))
        self._after_change(None)

    def edit_staff(self) -> None:
        if StaffDialog(self.store, self).exec() == StaffDialog.DialogCode.Accepted:
            self._fill_answerers()
            self.panel.refresh()
            self.changed.emit(Changes(staff=True))
