"""The run settings, declared once with their defaults; each may come from the environment.

A value is taken, first hit wins, from what the caller gives (a CLI option, a flow parameter),
the environment variable ``WAQAI_<NAME>`` (e.g. ``WAQAI_BATCH_SIZE=100``), or the default
below. Every entry point (a ``waqai`` command, a flow run) reads them once with
:meth:`Settings.load` and passes the values on; ``docs/orchestration.md`` lists them.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import Callable, Mapping

ENV_PREFIX = "WAQAI_"


class SettingsError(ValueError):
    """An environment variable holds a value its setting cannot take."""


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise ValueError(value)
    return value


def _setting(default, help: str, parse: Callable[[str], object] = str):
    return field(default=default, metadata={"help": help, "parse": parse})


@dataclass(frozen=True)
class Settings:
    udpipe_model: str | None = _setting(
        None, "UDPipe model file (default: the official model `waqai model download` fetched, "
              "else the one shipped in waqai/models)")
    batch_size: int = _setting(200, "Documents per batch (one task run each).", _positive)
    max_bytes: int = _setting(5_000_000, "Largest input file read, in bytes; a larger one is "
                                         "rejected (too_large).", _positive)
    workers: int | None = _setting(None, "Worker processes for the batches (default: every core "
                                         "available; 1: all in one process).", _positive)
    dask_address: str | None = _setting(None, "Scheduler of an existing Dask cluster.")
    cache_dir: str | None = _setting(None, "Folder of data built once and kept between runs "
                                           "(the places index; default: $XDG_CACHE_HOME/waqai, "
                                           "else ~/.cache/waqai).")
    warehouse: str = _setting("warehouse-data", "Warehouse folder of `waqai serve`.")
    inbox: str = _setting("inbox", "Folder the nightly pipeline reads (`waqai serve`).")
    cron: str = _setting("30 2 * * *", "Schedule of the nightly pipeline (UTC).")
    stage_deployment: str = _setting("stage", "Deployment name of every stage flow.")
    pipeline_deployment: str = _setting("nightly", "Deployment name of the scheduled pipeline.")

    @classmethod
    def load(cls, environ: Mapping[str, str] | None = None, **given) -> "Settings":
        """The settings: ``given`` values that are not None, over ``WAQAI_*`` variables of
        ``environ`` (default: this process's), over the defaults."""
        environ = os.environ if environ is None else environ
        values = {}
        for f in fields(cls):
            if given.get(f.name) is not None:
                values[f.name] = given[f.name]
            elif environ.get(env_var(f.name)):
                values[f.name] = _parsed(f, environ[env_var(f.name)])
        unknown = set(given) - {f.name for f in fields(cls)}
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
        return replace(DEFAULTS, **values)

    @staticmethod
    def help(name: str) -> str:
        """What a setting is, its default and its variable, for a CLI option's help."""
        f = next(f for f in fields(Settings) if f.name == name)
        default = "" if f.default is None else f"default: {f.default}; "
        return f"{f.metadata['help']} ({default}env {env_var(name)})"


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity), the default number of workers."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # no sched_getaffinity (macOS, Windows)
        return os.cpu_count() or 1


def env_var(name: str) -> str:
    return f"{ENV_PREFIX}{name.upper()}"


def _parsed(f, text: str):
    try:
        return f.metadata["parse"](text)
    except ValueError:
        raise SettingsError(f"{env_var(f.name)}={text!r}: not a valid {f.name.replace('_', ' ')}"
                            ) from None


DEFAULTS = Settings()
