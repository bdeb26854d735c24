"""Wait for a signal while the event loop keeps running (self-test and benchmark helpers)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance


def wait_for(*signals: SignalInstance, timeout_s: float) -> tuple[Any, ...] | None:
    """Run the event loop until one of `signals` fires; its arguments, or None on timeout."""
    loop = QEventLoop()
    received: list[tuple[Any, ...]] = []

    def done(*args: Any) -> None:
        received.append(args)
        loop.quit()

    for signal in signals:
        signal.connect(done)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    for signal in signals:
        signal.disconnect(done)
    return received[0] if received else None
