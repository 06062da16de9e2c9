"""Shows what a CSV import will do before it does it: the rows that will be added, and the bad ones by line."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from services.csv_exchange import ImportReport


class CsvImportDialog(QDialog):
    """Accepted means: add the valid rows."""

    def __init__(self, report: ImportReport, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import {name}").format(name=file_name))
        self.resize(620, 420)
        summary = QLabel(self)
        summary.setWordWrap(True)
        parts = [self.tr("%n row(s) can be added.", "", len(report.valid))]
        if report.duplicates:
            parts.append(self.tr("%n row(s) are already in the calendar and are skipped.", "", len(report.duplicates)))
        if report.gone_out:
            parts.append(self.tr("%n row(s) are posts that were published already and are skipped.", "",
                                 len(report.gone_out)))
        if report.errors:
            parts.append(self.tr("%n row(s) have a problem and are not imported:", "", len(report.errors)))
        summary.setText(" ".join(parts))
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setPlainText("\n".join(
            self.tr("Line {line}: {reason}").format(line=line, reason=reason) for line, reason in report.errors))
        self.problems.setVisible(bool(report.errors))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(self.tr("Add %n row(s)", "", len(report.valid)),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(bool(report.valid))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
