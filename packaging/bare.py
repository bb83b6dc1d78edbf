"""A bare PySide6 window (the bench's baseline): shows, grabs itself to a PNG, exits at once
(streams flushed, no teardown) as `carnet --screenshot` does (desktop.cli)."""

import os
import sys

from PySide6.QtWidgets import QApplication, QLabel

if __name__ == "__main__":
    app = QApplication(sys.argv)
    window = QLabel("bare")
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.grab().save(sys.argv[1])
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
