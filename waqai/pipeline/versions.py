"""Stage versions: a hash of every file of the repository a stage's work depends on.

A batched stage's code is its module (``waqai.pipeline.<stage>``) and every module of the
packages in :data:`PACKAGES` that it imports, transitively (imports inside functions count, and
so does each package's ``__init__``); its data is every file under each ``waqai/data`` entry
that a module of that code names while importing the data loaders (``load_yaml("dates/...")``,
``DATA_DIR / "events"``). Any edit to one of those files changes the version, so the stage's
cached batches are recomputed on the next run (and, through the joined versions, those of the
stages downstream).
"""
from __future__ import annotations

import ast
import hashlib
from functools import lru_cache
from pathlib import Path

from waqai.cache import cached
from waqai.pipeline.registry import STAGES

ROOT = Path(__file__).resolve().parents[2]  # the folder that holds the packages
PACKAGES = ("waqai", "schemas")
DATA = Path("waqai", "data")
DATA_PACKAGE = "waqai.data"
# the names of waqai.data that read its files: a module importing one must name what it reads
LOADERS = {"load_yaml", "load_tsv", "data_path", "DATA_DIR"}


class VersionError(RuntimeError):
    """A stage's dependencies cannot be worked out from its code."""


def _module_file(root: Path, name: str) -> Path | None:
    """The file of module ``name`` under ``root`` (a package's ``__init__.py``), if any."""
    base = root.joinpath(*name.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


@lru_cache(maxsize=None)
def _parse(root: Path, path: Path) -> tuple[str, ast.Module]:
    """The module name of ``path`` (a file under ``root``) and its syntax tree (parsed once
    per process: the stages share most of their files)."""
    parts = path.relative_to(root).with_suffix("").parts
    name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
    return name, ast.parse(path.read_bytes(), str(path))


def _imported(root: Path, path: Path) -> dict[str, set[str]]:
    """Module name -> the names imported from it, for every import in the module at ``path``
    (a module imported whole maps to an empty set)."""
    name, tree = _parse(root, path)
    found: dict[str, set[str]] = {}
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.setdefault(alias.name, set())
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}".rstrip(".")
            found.setdefault(base, set()).update(alias.name for alias in node.names)
    return found


def _strings(tree: ast.Module) -> set[str]:
    """Every string literal of ``tree``, the literal parts of f-strings included."""
    return {node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)}


@lru_cache(maxsize=None)
def code_files(module: str, root: Path = ROOT) -> tuple[Path, ...]:
    """The files of ``module`` and of every repository module it imports, transitively."""
    seen: dict[str, Path] = {}
    todo = [module]
    while todo:
        name = todo.pop()
        parts = name.split(".")
        if parts[0] not in PACKAGES:
            continue
        for i in range(1, len(parts) + 1):  # a module's packages run their __init__ first
            prefix = ".".join(parts[:i])
            path = _module_file(root, prefix)
            if path is None or prefix in seen:
                continue
            seen[prefix] = path
            for base, names in _imported(root, path).items():
                # `from package import module` imports a module; other names are attributes
                todo += [base] + [f"{base}.{n}" for n in names if _module_file(root, f"{base}.{n}")]
    return tuple(sorted(seen.values()))


def data_files(code: tuple[Path, ...], root: Path = ROOT) -> tuple[Path, ...]:
    """Every file under the ``waqai/data`` entries that the loading modules of ``code`` name."""
    entries = {p.name: p for p in (root / DATA).iterdir()
               if p.name != "__init__.py" and not p.name.startswith(("_", "."))}
    used: set[Path] = set()
    for path in code:
        imported = _imported(root, path)
        loaders = (imported.get(DATA_PACKAGE, set()) & LOADERS) | (
            {DATA_PACKAGE} if imported.get(DATA_PACKAGE) == set()
            or "data" in imported.get("waqai", ()) else set())
        if not loaders:
            continue
        named = {s.split("/")[0] for s in _strings(_parse(root, path)[1])} & set(entries)
        if not named:
            raise VersionError(f"{path.relative_to(root)} reads language data "
                               f"({', '.join(sorted(loaders))}) but names no entry of {DATA}/ in "
                               "a string literal: the stages using it cannot be versioned")
        used |= {entries[n] for n in named}
    return tuple(sorted(f for entry in used
                        for f in ([entry] if entry.is_file() else entry.rglob("*"))
                        if f.is_file() and "__pycache__" not in f.parts))


@lru_cache(maxsize=None)
def stage_files(stage: str, root: Path = ROOT) -> tuple[Path, ...]:
    """The code and data files a batched stage's output depends on; for the packages of this
    installation, kept between runs (:mod:`waqai.cache`: rebuilt when a code or data file
    changes) so a run does not parse every module again."""
    if root != ROOT:
        return _stage_files(stage, root)
    data = [f for f in (root / DATA).rglob("*") if f.is_file() and "__pycache__" not in f.parts]
    return cached(f"stage-files-{stage}", data, lambda: _stage_files(stage, root))


def _stage_files(stage: str, root: Path) -> tuple[Path, ...]:
    code = code_files(STAGES[stage].module, root)
    return code + data_files(code, root)


def digest(files: tuple[Path, ...], root: Path = ROOT) -> str:
    """Hash of the files' paths (relative to ``root``) and contents."""
    h = hashlib.sha256()
    for path in files:
        h.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:10]


def own_version(stage: str, *inputs: str, root: Path = ROOT) -> str:
    """A batched stage's own version: its name, the digest of its files and the ``inputs``
    from outside the repository it depends on (tokenize: the model id). Per batch it is
    joined with its upstream stages' versions (``batches.plan``)."""
    if not STAGES[stage].batched:
        raise ValueError(f"stage {stage} has no version: it is not batched")
    return "-".join([stage, digest(stage_files(stage, root), root), *inputs])
