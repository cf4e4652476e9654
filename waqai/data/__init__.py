"""Language data (month systems, weekdays, triggers, actors) as YAML/TSV files in this folder.

Every surface form goes through :func:`waqai.text.normalise.norm` when loaded, so data files
may be written with hamzas, diacritics and either ة/ه and still match the normalised text.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, ConfigDict, Field

from waqai.text.normalise import norm

DATA_DIR = Path(__file__).resolve().parent
Forms = Annotated[list[str], Field(min_length=1)]  # a schema's list of surface forms


class StrictData(BaseModel):
    """Base of the data files' schemas: an unknown key, a value of the wrong type or an edit
    after loading is an error."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class DataError(ValueError):
    """A language data file is malformed (duplicate form, missing key, ...)."""


def data_path(relpath: str) -> Path:
    path = DATA_DIR / relpath
    if not path.exists():
        raise DataError(f"no data file {relpath} under {DATA_DIR}")
    return path


@lru_cache(maxsize=None)
def load_yaml(relpath: str):
    """Parsed YAML of a data file (cached: loaded once per process)."""
    with data_path(relpath).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=None)
def load_tsv(relpath: str) -> tuple[dict, ...]:
    """Rows of a tab-separated data file with a header line; '#' lines are comments."""
    with data_path(relpath).open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return tuple(dict(r) for r in csv.DictReader(lines, delimiter="\t"))


def surface_index(entries: dict, where: str) -> dict[str, object]:
    """Map each normalised surface form to its canonical key; a form listed twice is an error.

    ``entries`` is canonical key -> list of surface forms (the shape of every lexicon file).
    """
    index: dict[str, object] = {}
    for key, forms in entries.items():
        for form in forms:
            n = " ".join(norm(str(form)).split())
            if not n:
                raise DataError(f"{where}: empty form under {key!r}")
            if n in index:
                raise DataError(f"{where}: form {form!r} listed under {index[n]!r} and {key!r}")
            index[n] = key
    return index


__all__ = ["DATA_DIR", "DataError", "data_path", "load_yaml", "load_tsv", "surface_index"]
