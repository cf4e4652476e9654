"""Objects built from files and kept between processes: built once, pickled in the cache folder
(setting ``cache_dir``), and loaded again while none of their sources changed.

A record's key hashes the path, size and modification time of each source (as Python does for
its bytecode), every code and data file of ``waqai`` and ``schemas`` included, so an edit or an
upgrade rebuilds it. A folder that cannot be written costs only the build.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Callable, Iterable, TypeVar

import schemas
from waqai.settings import Settings

T = TypeVar("T")
PACKAGES = (Path(__file__).resolve().parent, Path(schemas.__file__).resolve().parent)
PACKAGE_FILES = ("*.py", "*.yaml", "*.tsv")


def cache_dir() -> Path:
    """The cache folder: the setting, else ``$XDG_CACHE_HOME/waqai``, else ``~/.cache/waqai``."""
    given = Settings.load().cache_dir
    if given:
        return Path(given)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "waqai"


def _package_files() -> list[Path]:
    return [f for package in PACKAGES for pattern in PACKAGE_FILES for f in package.rglob(pattern)]


def record_key(name: str, sources: Iterable[Path]) -> str:
    """Hash of ``name``, the Python version and each source's path, size and time."""
    h = hashlib.sha256(f"{name}\0{sys.version}\0".encode())
    for path in sorted(set(sources) | set(_package_files())):
        stat = path.stat()
        h.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return h.hexdigest()[:16]


def cached(name: str, sources: Iterable[Path], build: Callable[[], T]) -> T:
    """What ``build()`` returns, read from the cache when this installation recorded ``name``
    from the same ``sources`` (and package files); else built and recorded, replacing the
    installation's older record (another checkout's records stay)."""
    folder = cache_dir()
    prefix = f"{name}-{hashlib.sha256(str(PACKAGES[0]).encode()).hexdigest()[:8]}"
    path = folder / f"{prefix}-{record_key(name, sources)}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except Exception:  # no record, or one that cannot be read: build it
        pass
    value = build()
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".tmp-", delete=False) as fh:
            tmp = Path(fh.name)
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in folder.glob(f"{prefix}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
    return value
