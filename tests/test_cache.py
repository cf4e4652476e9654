"""Objects built from files are kept between processes, read back while their sources are
unchanged and built again when one changes."""
from __future__ import annotations

import os
from importlib import import_module

import pytest

from waqai import cache


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("WAQAI_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "source.txt"
    path.write_text("أ", encoding="utf-8")
    return path


def _counting_build(source, builds: list):
    def build():
        builds.append(1)
        return {"text": source.read_text(encoding="utf-8")}
    return build


@pytest.mark.parametrize("edit,text,builds", [
    (lambda path: None, "أ", 1),
    (lambda path: path.write_text("بب", encoding="utf-8"), "بب", 2),  # new content
    (lambda path: os.utime(path, ns=(0, 0)), "أ", 2),  # same content, another time
])
def test_a_record_is_read_back_until_a_source_changes(folder, source, edit, text, builds):
    done: list = []
    build = _counting_build(source, done)
    cache.cached("thing", [source], build)
    edit(source)
    assert cache.cached("thing", [source], build) == {"text": text}
    assert len(done) == builds
    assert len(list(folder.glob("thing-*.pickle"))) == 1  # the older record is replaced


@pytest.mark.parametrize("spoil", [
    lambda record: record.write_bytes(b"not a pickle"),
    lambda record: record.write_bytes(b""),
])
def test_a_record_that_cannot_be_read_is_built_again(folder, source, spoil):
    done: list = []
    cache.cached("thing", [source], _counting_build(source, done))
    spoil(next(folder.glob("thing-*.pickle")))
    assert cache.cached("thing", [source], _counting_build(source, done)) == {"text": "أ"}
    assert len(done) == 2


def test_a_folder_that_cannot_be_written_costs_only_the_build(tmp_path, monkeypatch, source):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("WAQAI_CACHE_DIR", str(blocker / "cache"))  # below a file
    done: list = []
    for _ in range(2):
        assert cache.cached("thing", [source], _counting_build(source, done)) == {"text": "أ"}
    assert len(done) == 2 and not list(tmp_path.glob(".tmp-*"))


@pytest.fixture(scope="module")
def places_index(tmp_path_factory):
    """(built, read back) places indexes: recorded in an empty cache, then loaded from it."""
    places = import_module("waqai.places.gazetteer")  # the package's name is the function's
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("WAQAI_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        places.gazetteer.cache_clear()
        indexes = [places.gazetteer()]
        places.gazetteer.cache_clear()
        patch.setattr(places, "_build", lambda: pytest.fail("built again, not read back"))
        indexes.append(places.gazetteer())
    places.gazetteer.cache_clear()
    return places.key, indexes


@pytest.mark.parametrize("form,country,name", [
    ("القاهرة", "EGY", "Cairo"), ("إسطنبول", "TUR", "Istanbul"), ("الرياض", "SAU", "Riyadh"),
    ("مشهد", "IRN", "Mashhad"), ("بيروت", None, "Beirut"),
])
def test_the_places_index_read_back_answers_as_the_built_one(places_index, form, country, name):
    key, (built, read_back) = places_index
    assert read_back is not built and vars(read_back) == vars(built)
    assert read_back.city(key(form), country).name == built.city(key(form), country).name == name
