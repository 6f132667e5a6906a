"""Bench sounds: success, error, done and warning, without QtMultimedia.

PySide6-Addons (QtMultimedia) is not a dependency, so the WAVs in ``resources/sounds`` are
played by the operating system: ``winsound`` on Windows, ``afplay`` on macOS, ``paplay`` /
``pw-play`` / ``aplay`` on Linux. Playing runs on the task runner's ``"sound"`` lane (one sound
after another, never on the GUI thread). Without any player the sound falls back to
``QApplication.beep()`` so an error is still heard.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore, QtWidgets

from packstation.config.resources import resource_path
from packstation.gui.tasks import TaskRunner

log = logging.getLogger(__name__)

SOUND_FILES = {
    "success": "scan-ok.wav",
    "error": "error.wav",
    "done": "done.wav",
    "warning": "warning.wav",
}
_LINUX_PLAYERS = ("paplay", "pw-play", "aplay")


def find_player() -> Callable[[Path], None] | None:
    """A function that plays a WAV file and returns when it has finished, or None."""
    if sys.platform == "win32":
        import winsound

        def play_windows(path: Path) -> None:
            winsound.PlaySound(str(path), winsound.SND_FILENAME)

        return play_windows
    candidates = ("afplay",) if sys.platform == "darwin" else _LINUX_PLAYERS
    for name in candidates:
        exe = shutil.which(name)
        if exe is None:
            continue
        args = [exe, "-q"] if name == "aplay" else [exe]

        def play_command(path: Path, args: list[str] = args) -> None:
            subprocess.run(  # noqa: S603 - a fixed player binary and our own resource file
                [*args, str(path)], check=False, capture_output=True, timeout=10
            )

        return play_command
    return None


class Sounds(QtCore.QObject):
    """Plays the bench's feedback sounds.

    Signals:
        played(str): a sound was requested (its kind: success, error, done, warning).
    """

    played = QtCore.Signal(str)

    def __init__(
        self,
        tasks: TaskRunner,
        *,
        enabled: bool = True,
        player: Callable[[Path], None] | bool | None = True,
        parent: QtCore.QObject | None = None,
    ) -> None:
        """``player=True`` finds the OS player; ``None``/``False`` always beeps."""
        super().__init__(parent)
        self.tasks = tasks
        self.enabled = enabled
        self._player: Callable[[Path], None] | None
        if player is True:
            self._player = find_player()
        elif player is False or player is None:
            self._player = None
        else:
            self._player = player
        self._files = {kind: resource_path("sounds", name) for kind, name in SOUND_FILES.items()}

    def play(self, kind: str) -> None:
        """Play ``kind`` (success, error, done, warning) without waiting for it."""
        if kind not in self._files:
            raise ValueError(f"unknown sound {kind!r}")
        self.played.emit(kind)
        if not self.enabled:
            return
        if self._player is None:
            if kind in ("error", "warning"):
                QtWidgets.QApplication.beep()
            return
        try:
            self.tasks.run(
                self._player,
                self._files[kind],
                lane="sound",
                name=f"sound:{kind}",
                on_error=self._on_play_failed,
            )
        except RuntimeError:  # the runner has shut down (closing)
            return

    def _on_play_failed(self, error: BaseException) -> None:
        log.warning("could not play a sound (%s); beeping instead", error)
        self._player = None
        QtWidgets.QApplication.beep()
