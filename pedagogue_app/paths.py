"""The one place that knows folders: data, resources, backups.

Order of precedence for the data folder: an explicit ``--data-dir``, the ``PEDAGOGUE_DATA_DIR``
environment variable, a ``data`` folder beside a portable build (a ``portable.txt`` marker next to
the executable), then the per-user application data folder of the platform.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "PedagogueRegister"
ORG_NAME = "PedagogueRegister"
REGISTER_FILE = "register.db"
ENV_DATA_DIR = "PEDAGOGUE_DATA_DIR"


def resources_dir() -> Path:
    """Folder with fonts, icons and translations (inside a frozen build too)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def _platform_data_dir() -> Path:
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Return the data folder, creating nothing."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    exe_dir = Path(sys.executable).resolve().parent
    if (exe_dir / "portable.txt").exists():
        return exe_dir / "data"
    return _platform_data_dir()


def register_path(folder: Path) -> Path:
    """The register database inside a data folder."""
    return folder / REGISTER_FILE


def settings_path(folder: Path) -> Path:
    """Per-installation UI settings (language, window geometry) as an INI file."""
    return folder / "settings.ini"


def backups_dir(folder: Path) -> Path:
    """Where copies made before migrations (and later, backups) go."""
    return folder / "backups"
