"""One writer at a time: an exclusive lock on the warehouse folder (``ROOT/.waqai.lock``).

Every stage that writes holds the lock for its whole duration; readers never take it (they
read the published catalog, which is replaced atomically). The lock is an OS file lock, so
it is released when its holder dies, even by SIGKILL. Once it holds the lock, a writer
removes what dead writers left half-written (temp files, a half-built snapshot or catalog).
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from filelock import FileLock, Timeout

from warehouse.store import Warehouse

LOCK_NAME = ".waqai.lock"


class WarehouseError(Exception):
    """The warehouse folder cannot be used: not a folder, not writable (not transient)."""


class WarehouseBusy(Exception):
    """Another writer holds the warehouse and the caller chose not to wait."""


def prepare(root: str | os.PathLike) -> Path:
    """Create the warehouse folder if needed and check that it can be written; return the lock
    file's path. Raises :class:`WarehouseError` with a one-line reason."""
    root = Path(root)
    if root.exists() and not root.is_dir():
        raise WarehouseError(f"warehouse {root} is a file, not a folder")
    lock = root / LOCK_NAME
    try:
        root.mkdir(parents=True, exist_ok=True)
        lock.touch(exist_ok=True)
    except NotADirectoryError:
        raise WarehouseError(f"warehouse {root}: a parent of it is a file, not a folder") from None
    except OSError as exc:  # permission denied, read-only file system
        raise WarehouseError(f"warehouse {root} is not writable ({exc.strerror})") from None
    if not os.access(root, os.W_OK | os.X_OK):
        raise WarehouseError(f"warehouse {root} is not writable")
    return lock


def is_busy(root: str | os.PathLike) -> bool:
    """Whether another writer holds the warehouse now (a hint: it may change at once)."""
    lock = FileLock(prepare(root), thread_local=False, preserve_lock_file=True)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        return True
    lock.release()
    return False


@contextmanager
def writer(root: str | os.PathLike, wait: bool = True,
           on_wait: Callable[[str], None] = print) -> Iterator[Warehouse]:
    """Hold the warehouse's writer lock. When another writer holds it, say so through
    ``on_wait`` and wait, or raise :class:`WarehouseBusy` when ``wait`` is false."""
    lock = FileLock(prepare(root), thread_local=False, preserve_lock_file=True)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if not wait:
            raise WarehouseBusy(f"warehouse {root} is being written by another run") from None
        on_wait(f"waiting: another run is writing to warehouse {root} (lock {lock.lock_file})")
        lock.acquire()
    try:
        wh = Warehouse(root)
        wh.remove_leftovers()
        yield wh
    finally:
        lock.release()
