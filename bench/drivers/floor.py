"""The start-up floor: a bare QApplication and QMainWindow with one label, shown."""

import sys

from common import first_paint
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class Window(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        first_paint()


app = QApplication(sys.argv[:1])
window = Window()
window.setCentralWidget(QLabel("CX Charter"))
window.show()
app.exec()
