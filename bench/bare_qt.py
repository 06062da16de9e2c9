"""The yardstick: a bare PySide6 QMainWindow, timed to its first paint exactly as main.py is."""

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent))
from memory import peak_rss_mb  # noqa: E402


class FirstPaint(QObject):
    def __init__(self, window: QMainWindow, app: QApplication) -> None:
        super().__init__(window)
        self.window, self.app = window, app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and watched is self.window:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(json.dumps({"painted_at": time.time(), "peak_rss_mb": peak_rss_mb()}), flush=True)
        self.app.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1100, 720)
    window.installEventFilter(FirstPaint(window, app))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
