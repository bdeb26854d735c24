"""PySide6 6.12.0 on Python 3.11 aborts after ~20,000 signal emissions (a refcount bug on
True). The pin in pyproject.toml avoids it; this test proves the installed pair is safe."""

from __future__ import annotations

import subprocess
import sys

EMISSIONS = 50_000

SCRIPT = f"""
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Emitter(QObject):
    fired = Signal(bool)
    counted = Signal(int, str)

app = QCoreApplication([])
emitter, seen = Emitter(), []
emitter.fired.connect(lambda flag: seen.append(flag))
emitter.counted.connect(lambda n, text: None)
for n in range({EMISSIONS}):
    emitter.fired.emit(True)
    emitter.counted.emit(n, "x")
print(len(seen), flush=True)
"""


def test_fifty_thousand_signals_and_a_clean_exit() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == str(EMISSIONS)
