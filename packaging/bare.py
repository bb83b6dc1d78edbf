"""A bare PySide6 window (the bench's baseline): shows, grabs itself to a PNG, exits."""

import sys

from PySide6.QtWidgets import QApplication, QLabel

if __name__ == "__main__":
    app = QApplication(sys.argv)
    window = QLabel("bare")
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.grab().save(sys.argv[1])
