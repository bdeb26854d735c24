"""The `moral-graph-studio` command run as a user runs it, in a subprocess, with the checks
every command test makes on its answer (JSON on success, one plain sentence on refusal)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def run(*args: str, home: Path, timeout: int = 180) -> subprocess.CompletedProcess[str]:
    """The command with `args`, its home folder at `home`, headless."""
    env = {**os.environ, "MGS_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, env=env, timeout=timeout)


def ok(*args: str, home: Path) -> Any:
    """The command's JSON answer; fails the test if the command failed."""
    result = run(*args, home=home)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def refused(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """The command's refusal: exit code 2 and a message, never a traceback."""
    result = run(*args, home=home)
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.strip() and "Traceback" not in result.stderr
    return result
