"""The Vacation tab: plan absences with a stand-in, and check what could go wrong while you are away.

The coverage check lists each finding with its action; Enter or a double-click on one asks the main window to
do it (open the calendar on the day or the post, the Channels tab, the staff dialog). The check reads the whole
absence's calendar, so it runs off the window's thread: the tab is usable at once, the findings follow.

The handover file's reading and merging, and the dialogs, are imported when first used: building the tab (right
after the window's first paint) does not pay for them.
"""

from __future__ import annotations

import html
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.planning import Absence
from models.staff import StaffMember
from models.validation import one_line, parse_app_instant
from services.absences import absences, received_note, save_absence, standing_in
from services.changes import Changes
from services.coverage import Finding, check_coverage_at
from services.errors import KnownError
from services.i18n import moment_text
from services.out_of_office import PHONE_SETTING, draft_notices, existing_notices
from services.preferences import load_municipality
from services.staff import self_user
from services.store import Store
from ui.absence_dialog import AbsenceDialog
from ui.absence_list_model import AbsenceListModel
from ui.background import run_in_background
from ui.finding_list_model import FindingListModel
from ui.messages import ProblemMessage
from ui.readable_colours import NOTE_HUE, SENDING_HUE, tint_css

if TYPE_CHECKING:
    from services.handover import Handover
    from services.merge import MergePlan

NOTE_DRAFT = "handover.note_draft"  # the last note written, offered again next time


class VacationTab(QWidget):
    """Signals:
        act(object): a coverage finding the officer wants put right (a services.coverage.Finding).
        open_post(str): a post to show in the calendar (the out-of-office drafts, to review).
        changed(object): what the tab changed, for the rest of the window (a services.changes.Changes): a merged
            handover file changes everything; a written one takes the sending with it.
    """

    act = Signal(object)
    open_post = Signal(str)
    changed = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("vacation_tab")
        self.standing_in_label = QLabel(self)
        self.standing_in_label.setObjectName("standing_in")
        self.standing_in_label.setStyleSheet(f"{tint_css(SENDING_HUE)} padding: 6px; font-weight: bold;")
        self.received_note_label = QLabel(self)
        self.received_note_label.setObjectName("received_note")
        self.received_note_label.setWordWrap(True)
        self.received_note_label.setTextFormat(Qt.TextFormat.RichText)  # built from escaped text only
        self.received_note_label.setStyleSheet(f"{tint_css(NOTE_HUE)} padding: 6px;")  # the theme's own text colour
        intro = QLabel(self.tr("Plan your absences and name who stands in. The check below lists what could go "
                               "wrong while you are away, each with what to do about it."), self)
        intro.setWordWrap(True)
        self.model = AbsenceListModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("absence_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(AbsenceListModel.NOTE, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Plan an absence…"), self)
        self.change_button = QPushButton(self.tr("Chan&ge…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.export_button = QPushButton(self.tr("Ha&nd over…"), self)
        self.export_button.setToolTip(self.tr("Write the handover file for your stand-in, with a note"))
        self.import_button = QPushButton(self.tr("&Import handover…"), self)
        self.import_button.setToolTip(self.tr("Take in a handover file: your colleague's, or your own work back"))
        self.notice_button = QPushButton(self.tr("&Out-of-office posts…"), self)
        self.notice_button.setToolTip(self.tr("Drafts a post on every channel for the first day away (replies are "
                                              "slower, who to call when urgent) and one for the first day back"))
        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.delete_button, self.notice_button,
                       self.export_button, self.import_button):
            buttons.addWidget(button)
        buttons.addWidget(self.status_label, 1)
        self.coverage_title = QLabel(self)
        self.coverage_title.setObjectName("coverage_title")
        self.findings = FindingListModel(self)
        self.finding_view = QListView(self)
        self.finding_view.setObjectName("coverage_list")
        self.finding_view.setModel(self.findings)
        self.finding_view.setAlternatingRowColors(True)
        self.finding_view.setWordWrap(True)
        self.finding_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.check_button = QPushButton(self.tr("Check &again"), self)
        self.do_button = QPushButton(self.tr("&Do this"), self)
        check_row = QHBoxLayout()
        check_row.addWidget(self.coverage_title, 1)
        check_row.addWidget(self.do_button)
        check_row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.standing_in_label)
        layout.addWidget(self.received_note_label)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(check_row)
        layout.addWidget(self.finding_view, 3)
        self.add_button.clicked.connect(self.add)
        self.change_button.clicked.connect(self.change)
        self.delete_button.clicked.connect(self.delete)
        self.table.doubleClicked.connect(self.change)
        self.notice_button.clicked.connect(self.draft_notices)
        self.export_button.clicked.connect(self.hand_over)
        self.import_button.clicked.connect(lambda: self.import_handover())
        self.check_button.clicked.connect(self.check)
        self.do_button.clicked.connect(self.do_selected)
        self.finding_view.activated.connect(lambda _index: self.do_selected())
        self._checking = 0  # the coverage check asked last: an earlier one's findings that come later are dropped
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.reload()

    def _today(self) -> date:
        return self.store.clock().astimezone().date()

    def reload(self) -> None:
        members = self.store.find(StaffMember, order_by="name")
        chosen = self.selected()
        listed = absences(self.store)
        self.model.set_absences(listed, {member.id: member.name for member in members})
        for column in range(AbsenceListModel.NOTE):
            self.table.resizeColumnToContents(column)
        today = self._today()
        upcoming = [a for a in listed if a.ends_on >= today]
        focus = next((a for a in listed if chosen is not None and a.id == chosen.id), None) or \
            (upcoming[0] if upcoming else None)
        if focus is not None:
            self.table.selectRow(listed.index(focus))
        self._selected()
        self._show_received_note()
        found = standing_in(self.store, today)
        if found is None:
            self.standing_in_label.hide()
        else:
            name, last_day = found
            self.standing_in_label.setText(self.tr("You are standing in for {name} until {date}.").format(
                name=name, date=QLocale().toString(QDate(last_day), "d MMMM")))
            self.standing_in_label.show()

    def _show_received_note(self) -> None:
        """The handover note that came with the last imported file: what the colleague wanted known."""
        note = received_note(self.store)
        sections = [(self.tr("Running topics"), note.get("running_topics", "")),
                    (self.tr("Sensitive matters"), note.get("sensitive_matters", "")),
                    (self.tr("Contacts"), note.get("contacts", ""))]
        shown = [f"<b>{html.escape(title)}:</b> {html.escape(str(text)).replace(chr(10), '<br>')}"
                 for title, text in sections if str(text).strip()]
        self.received_note_label.setVisible(bool(shown))
        if shown:
            heading = self.tr("Handover note from {name}").format(
                name=one_line(note.get("from") or "", 60) or self.tr("a colleague (no name on that laptop)"))
            self.received_note_label.setText(f"<b>{html.escape(heading)}</b><br>" + "<br>".join(shown))

    def selected(self) -> Absence | None:
        row = self.table.currentIndex().row()
        return self.model.absences[row] if 0 <= row < len(self.model.absences) else None

    def _selected(self) -> None:
        absence = self.selected()
        for button in (self.change_button, self.delete_button, self.notice_button):
            button.setEnabled(absence is not None)
        self.check()

    def check(self) -> None:
        """Checks the selected absence's coverage off the window's thread; the findings are shown when they come
        (`checked`). Until then the title says the check is running and the earlier findings are gone."""
        self._checking += 1
        absence = self.selected()
        self.findings.set_items([])
        self.do_button.setEnabled(False)
        if absence is None:
            self.coverage_title.setText(self.tr("Choose an absence to check what could go wrong."))
            return
        self.coverage_title.setText(self.tr("Coverage {period}: checking…").format(period=self._period(absence)))
        run_in_background(partial(check_coverage_at, self.store.path, absence, self._today(), self.store.clock),
                          partial(self._checked, self._checking, absence),
                          partial(self._check_failed, self._checking), receiver=self)

    @staticmethod
    def _period(absence: Absence) -> str:
        return f"{QLocale().toString(QDate(absence.starts_on), QLocale.FormatType.ShortFormat)} – " \
               f"{QLocale().toString(QDate(absence.ends_on), QLocale.FormatType.ShortFormat)}"

    def _checked(self, asked: int, absence: Absence, found: list[Finding]) -> None:
        if asked != self._checking:
            return  # another absence was chosen, or the tab reloaded, since this check began
        when = self._period(absence)
        self.coverage_title.setText(
            self.tr("Coverage {period}: %n thing(s) to look at", "", len(found)).format(period=when) if found else
            self.tr("Coverage {period}: nothing to worry about.").format(period=when))
        self.findings.set_items(found)
        if found:
            self.finding_view.setCurrentIndex(self.findings.index(0))
        self.do_button.setEnabled(bool(found))

    def _check_failed(self, asked: int, error: BaseException) -> None:
        if asked != self._checking:
            return
        if not isinstance(error, KnownError):
            raise error  # a bug: sys.excepthook shows it with the log's path
        self.coverage_title.setText(error.message)

    def do_selected(self) -> None:
        finding = self.findings.item_at(self.finding_view.currentIndex().row())
        if finding is not None:
            self.act.emit(finding)

    def draft_notices(self) -> None:
        """Asks the phone number for urgent matters, drafts the two posts and shows the first to review."""
        absence = self.selected()
        if absence is None:
            return
        posts = existing_notices(self.store, absence)
        if not posts:
            phone, chosen = QInputDialog.getText(
                self, self.tr("Out-of-office posts"),
                self.tr("Phone number residents can call for urgent matters:"),
                text=str(self.store.get_setting(PHONE_SETTING, "")))
            if not chosen:
                return
            try:
                posts = draft_notices(self.store, absence, phone)
            except KnownError as error:
                ProblemMessage(error.message, self).exec()
                return
        self.status_label.setText(self.tr("Two draft posts are in the calendar, on the first day away and the "
                                          "first day back: read them and set them to scheduled."))
        self.open_post.emit(posts[0].id)

    # ---- the handover file --------------------------------------------------------------------------------

    def hand_over(self) -> None:
        from services.files import write_file_safely
        from services.handover import HandoverNote, check_can_hand_over, export_handover
        from services.handover_note import handover_note_html
        from services.sending import recipient
        from ui.handover_note_dialog import HandoverNoteDialog
        from ui.month_print import write_pdf

        try:
            check_can_hand_over(self.store)  # before the note is written: what stops the handover comes first
        except KnownError as error:
            ProblemMessage(error.message, self).exec()
            return
        draft = self.store.get_setting(NOTE_DRAFT)
        draft = draft if isinstance(draft, dict) else {}
        fields = HandoverNote.__dataclass_fields__
        dialog = HandoverNoteDialog(HandoverNote(**{key: str(draft.get(key, "")) for key in fields}), self)
        if dialog.exec() != HandoverNoteDialog.DialogCode.Accepted:
            return
        note = dialog.note()
        self.store.set_setting(NOTE_DRAFT, note.__dict__)
        path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Hand over"),
                                                    str(Path.home() / "overdracht.omroeper"),
                                                    self.tr("Handover file (*.omroeper)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".omroeper":  # the note goes beside it as NAME.pdf and NAME.html: a handover
            target = target.with_name(target.name + ".omroeper")  # file named so would be written over by it
        to = recipient(self.store, self._today(), self.selected())
        if not self._sending_goes(to):
            return
        try:
            export_handover(self.store, target, note, self.store.clock(), to=to)
            printable = handover_note_html(self.store, self.selected(), note, self._today())
            write_file_safely(target.with_suffix(".html"), printable.encode("utf-8"))
            write_pdf(printable, target.with_suffix(".pdf"), landscape=False)
        except KnownError as error:
            self.changed.emit(Changes(sending=True))  # the file may be written, the note not: the sending went
            ProblemMessage(error.message, self).exec()
            return
        self.changed.emit(Changes(sending=True))
        self.status_label.setText(self.tr("Handover file written: give {name} to your stand-in. The note to print "
                                          "is beside it ({pdf}, {html}).").format(
            name=target.name, pdf=target.with_suffix(".pdf").name, html=target.with_suffix(".html").name))

    def _sending_goes(self, to: str) -> bool:
        """The question before a handover file is written: from then on this laptop sends nothing."""
        text = (self.tr("From now on this laptop sends nothing; {name}'s laptop sends once the file is imported. "
                        "Hand over?").format(name=to) if to else
                self.tr("From now on this laptop sends nothing; the laptop that imports the file sends. Hand over?"))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Hand over"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Hand over"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def import_handover(self, path: str = "") -> bool:
        """Reads and checks the file, shows what it would change, and merges it when the officer agrees; a file
        that deletes many posts asks a second, explicit question. Everything the file says is shown as plain
        text: a name or title in it is never markup, and never more than one line."""
        from services.handover import read_handover
        from services.merge import plan_merge
        from services.merge_apply import apply_merge

        if not path:
            path, _chosen = QFileDialog.getOpenFileName(self, self.tr("Import handover"), "",
                                                        self.tr("Handover file (*.omroeper)"))
        if not path:
            return False
        try:
            handover = read_handover(Path(path))
        except KnownError as error:
            self._problem(error.message)
            return False
        try:
            plan = plan_merge(self.store, handover)
            if not self._agreed(handover, plan):
                return False
            apply_merge(self.store, handover, plan, self.store.clock())
        except KnownError as error:
            self._problem(error.message)
            return False
        finally:
            handover.discard()
        self.status_label.setText(self.tr("Imported. The calendar shows the merged planning."))
        self.reload()
        self.changed.emit(Changes.everything())
        return True

    def _agreed(self, handover: Handover, plan: MergePlan) -> bool:
        """The preview (with whether the file brings the sending), and for many deletions a second question whose
        default is not to import."""
        exported = parse_app_instant(handover.manifest.get("exported_at"))  # checked on reading: None is a bug
        when = moment_text(exported, load_municipality(self.store).time_zone) if exported else "?"
        text = (self.tr("From {name}, exported {when}. This will change:").format(
            name=one_line(handover.exported_by, 60) or self.tr("a colleague (no name on that laptop)"), when=when)
            + "\n\n" + "\n".join(plan.lines()) + "\n\n" + plan.sending_line + "\n\n"
            + self.tr("A backup is taken first. Import?"))
        if self._ask(text, QMessageBox.Icon.Question) != QMessageBox.StandardButton.Yes:
            return False
        if not plan.deletes_many:
            return True
        second = ("\n".join(plan.deletion_lines()) + "\n\n" + self.tr(
            "What it deletes stays in the backup taken before the import, but it will be gone from the calendar and "
            "from the networks' schedules.\n\nAre you sure you want to delete it?"))
        only_posts = plan.many_deleted == ["posts"] and len(plan.deletion_lines()) == 1
        yes = (self.tr("Delete %n post(s) and import", "", plan.posts_deleted) if only_posts else
               self.tr("Delete and import"))
        return self._ask(second, QMessageBox.Icon.Warning, yes) == QMessageBox.StandardButton.Yes

    def _ask(self, text: str, icon: QMessageBox.Icon, yes: str = "") -> int:
        box = QMessageBox(icon, self.tr("Import handover"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if yes:
            box.button(QMessageBox.StandardButton.Yes).setText(yes)
        return box.exec()

    def _problem(self, message: str) -> None:
        """A refusal: it may quote the file (a title, a member's name), so it is shown as plain text."""
        problem = ProblemMessage(message, self)
        problem.setTextFormat(Qt.TextFormat.PlainText)
        problem.exec()

    # ---- planning -----------------------------------------------------------------------------------------------

    def _members(self) -> list[StaffMember]:
        return self.store.find(StaffMember, "active = 1", order_by="name")

    def add(self) -> None:
        members = self._members()
        if not members:
            ProblemMessage(self.tr("Add the staff first (Replies tab, Staff and signatures…)."), self).exec()
            return
        me = self_user(self.store) or members[0]
        others = [m for m in members if m.id != me.id]
        start = self._today() + timedelta(days=14)
        absence = Absence(staff_id=me.id, standin_id=others[0].id if others else None, starts_on=start,
                          ends_on=start + timedelta(days=13))
        self._edit(absence)

    def change(self) -> None:
        absence = self.selected()
        if absence is not None:
            self._edit(absence)

    def _edit(self, absence: Absence) -> None:
        dialog = AbsenceDialog(absence, self._members(), self)
        while dialog.exec() == AbsenceDialog.DialogCode.Accepted:
            try:
                saved = save_absence(self.store, dialog.applied())
            except KnownError as error:
                ProblemMessage(error.message, self).exec()
                continue  # the dialog keeps what was chosen
            self.reload()
            self.changed.emit(Changes(absences=True))
            if saved in self.model.absences:
                self.table.selectRow(self.model.absences.index(saved))
            return
        self.reload()  # cancelled: what was shown comes from the store again

    def delete(self) -> None:
        absence = self.selected()
        if absence is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete absence"), self.tr("Delete this absence?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.store.mark_deleted(absence)
            self.reload()
            self.changed.emit(Changes(absences=True))
