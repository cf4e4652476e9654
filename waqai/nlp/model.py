"""Which UDPipe model to use: explicit path or env, the downloaded official one, the shipped one."""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
from dataclasses import dataclass
from pathlib import Path

from waqai.settings import Settings, env_var

ENV_VAR = env_var("udpipe_model")
SHIPPED_MODEL = Path(__file__).resolve().parent.parent / "models" / "waqai-ar.udpipe"
OFFICIAL_LANG = "ar"


class ModelNotFound(RuntimeError):
    """No usable UDPipe model; the message lists the three ways to provide one."""


@dataclass(frozen=True)
class ModelChoice:
    path: Path
    origin: str  # 'option' | 'env' | 'downloaded' | 'shipped'

    @property
    def model_id(self) -> str:
        """Stable identity of the model file (name + content hash prefix), for caches and logs."""
        digest = hashlib.sha256(self.path.read_bytes()).hexdigest()[:12]
        return f"{self.path.name}:{digest}"


def downloaded_model_path() -> Path | None:
    """Path of the official model fetched by ``waqai model download``, if present.

    Read from spacy-udpipe's package files (``languages.json``, ``models/``) without importing
    it, which would import spaCy (seconds) on every run.
    """
    spec = importlib.util.find_spec("spacy_udpipe")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - a dependency
        return None
    package = Path(next(iter(spec.submodule_search_locations)))
    languages = json.loads((package / "languages.json").read_text(encoding="utf-8"))
    path = package / "models" / languages[OFFICIAL_LANG]
    return path if path.is_file() else None


def resolve_model(explicit: str | os.PathLike | None = None) -> ModelChoice:
    """First hit wins: ``--model``/``WAQAI_UDPIPE_MODEL``, downloaded official, shipped default."""
    for value, origin in ((explicit, "option"), (Settings.load().udpipe_model, "env")):
        if value:
            path = Path(value).expanduser()
            if not path.is_file():
                raise ModelNotFound(f"UDPipe model given by {origin} does not exist: {path}")
            return ModelChoice(path.resolve(), origin)
    downloaded = downloaded_model_path()
    if downloaded:
        return ModelChoice(downloaded, "downloaded")
    if SHIPPED_MODEL.is_file():
        return ModelChoice(SHIPPED_MODEL, "shipped")
    raise ModelNotFound(
        "No UDPipe Arabic model found. Provide one of:\n"
        f"  1. --model PATH or the environment variable {ENV_VAR}=PATH (any UDPipe 1 Arabic model);\n"
        "  2. `waqai model download` (fetches the official UDPipe Arabic model; needs internet);\n"
        f"  3. the model shipped with the repository at {SHIPPED_MODEL} (built by `make model`)."
    )
