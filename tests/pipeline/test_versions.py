"""A stage's version covers the code its module imports and the data that code loads: an edit
to any of them (schemas/, waqai/data/__init__.py included) changes the versions of the stages
that use it, and only theirs, and their batches are computed again."""
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from waqai.nlp.model import resolve_model
from waqai.pipeline import batches, versions
from waqai.pipeline.ingest import ingest
from waqai.pipeline.registry import BATCHED
from warehouse import Warehouse

ROOT = versions.ROOT
BATCH_STAGES = [s.name for s in BATCHED]


def _copy(to: Path) -> Path:
    """The packages a version is computed from, copied to ``to`` (no model, no caches)."""
    for package in versions.PACKAGES:
        shutil.copytree(ROOT / package, to / package,
                        ignore=shutil.ignore_patterns("__pycache__", "*.udpipe"))
    return to


def _edited(to: Path, relpath: str) -> Path:
    """A copy of the packages with one comment line added to ``relpath``."""
    root = _copy(to)
    with (root / relpath).open("a", encoding="utf-8") as fh:
        fh.write("\n# edited\n")
    return root


def _relative(files) -> set[str]:
    return {str(p.relative_to(ROOT)) for p in files}


@pytest.mark.parametrize("stage,data_dirs", [
    # tokenize keeps a word whole that UDPipe cut after the future prefix (waqai.nlp.glued)
    ("tokenize", {"waqai/data/tokens"}),
    ("timex", {"waqai/data/dates", "waqai/data/months", "waqai/data/nlp", "waqai/data/tokens"}),
    # extract joins dates into ranges with waqai.dates and reads verbs' tense with waqai.nlp
    ("extract", {"waqai/data/actors", "waqai/data/dates", "waqai/data/events",
                 "waqai/data/months", "waqai/data/nlp", "waqai/data/places",
                 "waqai/data/tokens"}),
])
def test_a_stage_depends_on_the_data_its_code_loads(stage, data_dirs):
    files = _relative(versions.stage_files(stage))
    assert {str(Path(f).parent) for f in files if f.startswith("waqai/data/")
            and not f.endswith(".py")} == data_dirs
    assert {"schemas/tables.py", "waqai/__init__.py", f"waqai/pipeline/{stage}.py"} <= files
    assert ("waqai/data/__init__.py" in files) == bool(data_dirs)


@pytest.mark.parametrize("relpath,changed", [
    ("schemas/tables.py", {"tokenize", "timex", "extract"}),
    ("schemas/enums.py", {"extract"}),
    ("waqai/data/__init__.py", {"tokenize", "timex", "extract"}),
    ("waqai/data/dates/weekdays.yaml", {"timex", "extract"}),
    ("waqai/data/months/hijri.yaml", {"timex", "extract"}),
    ("waqai/data/nlp/tense.yaml", {"timex", "extract"}),
    ("waqai/data/tokens/future_prefix.yaml", {"tokenize", "timex", "extract"}),
    ("waqai/data/actors/countries.tsv", {"extract"}),
    ("waqai/nlp/udpipe.py", {"tokenize"}),
    ("waqai/text/pieces.py", {"tokenize", "timex", "extract"}),
    ("waqai/places/gazetteer.py", {"extract"}),
    ("waqai/report/page.py", set()),
    ("waqai/data/export/plover.yaml", set()),
])
def test_an_edit_changes_the_versions_of_the_stages_that_use_the_file(relpath, changed, tmp_path):
    before = _copy(tmp_path / "before")
    after = _edited(tmp_path / "after", relpath)
    assert {s for s in BATCH_STAGES if versions.own_version(s, root=before)
            != versions.own_version(s, root=after)} == changed


def test_loading_data_by_a_path_no_literal_names_fails(tmp_path):
    root = _copy(tmp_path)
    tense = root / "waqai/nlp/tense.py"
    text = tense.read_text(encoding="utf-8")
    assert '"nlp/tense.yaml"' in text
    tense.write_text(text.replace('"nlp/tense.yaml"',
                                  '"NLP/tense.yaml".lower()'), encoding="utf-8")
    with pytest.raises(versions.VersionError, match="waqai/nlp/tense.py reads language data"):
        versions.stage_files("timex", root)


def _versions(root: Path, model: Path) -> dict[str, str]:
    extra = {"tokenize": (resolve_model(model).model_id,)}
    return {s: versions.own_version(s, *extra.get(s, ()), root=root) for s in BATCH_STAGES}


def _run(wh: Warehouse, own: dict[str, str], model: Path) -> set[str]:
    """Every batched stage on every batch at the versions ``own``; the stages that computed a
    batch (rather than finding it current)."""
    computed = set()
    for stage in BATCH_STAGES:
        params = {"model_path": str(model)} if stage == "tokenize" else {}
        ready, waiting = batches.plan(wh, stage, own[stage])
        assert ready and not waiting
        for batch, version in ready:
            result = batches.run_batch(wh, stage, batch, version, **params)
            if not result.skipped:
                computed.add(stage)
            assert wh.manifest(stage, batch)["version"] == version
    return computed


@pytest.mark.model
@pytest.mark.parametrize("relpath,recomputed", [
    ("schemas/tables.py", {"tokenize", "timex", "extract"}),
    ("waqai/data/__init__.py", {"tokenize", "timex", "extract"}),
    ("waqai/data/dates/weekdays.yaml", {"timex", "extract"}),  # extract: on timex's new rows
    ("waqai/data/events/triggers.yaml", {"extract"}),
])
def test_an_edit_recomputes_the_batches_of_the_stages_that_use_the_file(
        relpath, recomputed, model_path, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("زار وزير الخارجية المصري الرياض يوم 3 مارس 2024.",
                                 encoding="utf-8")
    (inbox / "a.json").write_text(json.dumps({"published": str(dt.date(2024, 3, 4))}),
                                  encoding="utf-8")
    wh = Warehouse(tmp_path / "wh")
    ingest(wh, [str(inbox)], "r")
    before = _versions(_copy(tmp_path / "before"), model_path)
    assert _run(wh, before, model_path) == set(BATCH_STAGES)
    assert _run(wh, before, model_path) == set()
    after = _versions(_edited(tmp_path / "after", relpath), model_path)
    assert _run(wh, after, model_path) == recomputed
    assert wh.count("events") == 1


@pytest.mark.parametrize("stage", BATCH_STAGES)
def test_the_files_of_a_stage_are_kept_between_runs(stage, tmp_path, monkeypatch):
    """The installation's stage files are read from the cache folder once recorded: the same
    files as worked out afresh, and not worked out again while no package file changed."""
    monkeypatch.setenv("WAQAI_CACHE_DIR", str(tmp_path))
    versions.stage_files.cache_clear()
    fresh = versions._stage_files(stage, ROOT)
    assert versions.stage_files(stage) == fresh
    assert list(tmp_path.glob(f"stage-files-{stage}-*.pickle"))
    versions.stage_files.cache_clear()
    monkeypatch.setattr(versions, "_stage_files", lambda *args: pytest.fail("worked out again"))
    assert versions.stage_files(stage) == fresh
    versions.stage_files.cache_clear()
