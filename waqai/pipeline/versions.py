"""Stage versions: the declared version plus a hash of the code and data the stage runs on.

Any edit to a stage's modules or language data changes its version, so cached batches of
that stage are recomputed on the next run (and, through the joined versions, downstream too).
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from waqai import __version__

PACKAGE = Path(__file__).resolve().parent.parent
STAGE_SOURCES = {
    "tokenize": ("nlp/udpipe.py", "text"),
    "timex": ("dates", "data/months", "data/dates", "nlp/tense.py", "data/nlp", "text"),
    "extract": ("events", "data/events", "data/actors", "text", "places", "data/places"),
}


@lru_cache(maxsize=None)
def source_hash(*relpaths: str) -> str:
    """Hash of every .py/.yaml/.tsv file under the given package paths."""
    digest = hashlib.sha256()
    for rel in relpaths:
        root = PACKAGE / rel
        files = [root] if root.is_file() else sorted(
            p for p in root.rglob("*") if p.suffix in {".py", ".yaml", ".tsv"})
        for path in files:
            digest.update(str(path.relative_to(PACKAGE)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def own_version(stage: str, model_id: str | None = None) -> str:
    """A stage's own version; per batch it is joined with its upstream's (see ``stages.plan``)."""
    code = source_hash(*STAGE_SOURCES[stage])
    if stage == "tokenize":
        return f"tok{__version__}-{code}-{model_id}"
    if stage == "extract":
        from waqai.events import EXTRACTOR_VERSION

        return f"evt{EXTRACTOR_VERSION}-{code}"
    return f"{stage}-{code}"
