"""The start-up anchor: the least a PySide6 app can do. A laptop-sized main window with one
label, shown, then quit. Run as a script by path (no package of ours imported)."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

SHOWN = "main window shown"  # the line the bench waits for, as from the app


class Window(QMainWindow):
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        print(SHOWN, flush=True)
        QTimer.singleShot(0, QApplication.quit)


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    window = Window()
    window.resize(1366, 768)
    window.setCentralWidget(QLabel("Moral Graph Studio"))
    window.show()
    sys.exit(app.exec())
