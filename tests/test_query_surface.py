"""`waqai query` only reads: statements that write or reconfigure are refused with one line
and leave the warehouse (and every other folder) unchanged; files outside are not readable."""
import hashlib

import pytest
from typer.testing import CliRunner

from test_snapshots import commit
from warehouse import Warehouse
from waqai.cli import app
from waqai.pipeline.publish import publish_catalog

runner = CliRunner()


@pytest.fixture
def published(tmp_path):
    """A warehouse with two published documents, and a folder outside it with a CSV file."""
    wh = Warehouse(tmp_path / "wh").init()
    commit(wh, ["a1", "a2"])
    publish_catalog(wh)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.csv").write_text("k,v\n1,2\n")
    return wh.root, outside


def digest(folder) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def query(root, sql, *options):
    return runner.invoke(app, ["query", "-w", str(root), *options, sql])


REFUSED = {
    "writes into the warehouse": [
        "COPY (select * from documents where false) TO '{wh}/documents/part-{part}.parquet' "
        "(FORMAT parquet)",
        "COPY (select * from documents where false) TO 'documents/part-{part}.parquet' "
        "(FORMAT parquet)",
        "select 1; COPY documents TO '{wh}/documents/extra.parquet' (FORMAT parquet)",
        "EXPLAIN ANALYZE COPY documents TO '{wh}/documents/extra.parquet' (FORMAT parquet)",
        "create table waqai.kept as select 1",
        "drop view documents",
        "insert into documents select * from documents",
    ],
    "writes elsewhere": [
        "EXPORT DATABASE '{out}/export'",
        "COPY documents TO '{out}/documents.csv'",
        "ATTACH '{out}/other.duckdb' AS other (READ_ONLY false)",
        "ATTACH '{out}/other.duckdb' AS other; CREATE TABLE other.t AS SELECT 1",
    ],
    "changes what the connection may do": [
        "SET enable_external_access = true",
        "RESET lock_configuration",
        "INSTALL httpfs",
        "LOAD httpfs",
        "PRAGMA enable_profiling",
        "CALL checkpoint()",
        "USE memory",
        "DETACH waqai",
    ],
}
CASES = [(kind, sql) for kind, statements in REFUSED.items() for sql in statements]


@pytest.mark.parametrize("kind,sql", CASES, ids=[sql[:60] for _, sql in CASES])
def test_statements_that_write_are_refused_and_change_nothing(published, kind, sql):
    root, outside = published
    part = next(root.glob("documents/part-*.parquet")).stem.removeprefix("part-")
    before, before_outside = digest(root), digest(outside)
    result = query(root, sql.format(wh=root, out=outside, part=part))
    assert result.exit_code == 1
    assert result.output.startswith("error: ") and result.output.count("\n") == 1, result.output
    assert digest(root) == before and digest(outside) == before_outside
    assert query(root, "select count(*) n from documents", "-f", "csv").output.split() == ["n", "2"]


@pytest.mark.parametrize("sql", [
    "select * from read_csv('{out}/secret.csv')",
    "select * from read_text('{out}/../outside/secret.csv')",
    "select * from read_csv('/etc/passwd')",
])
def test_files_outside_the_warehouse_are_not_read(published, sql):
    root, outside = published
    result = query(root, sql.format(out=outside))
    assert result.exit_code == 1 and "disabled by configuration" in result.output


def test_a_folder_the_user_allows_can_be_read(published):
    root, outside = published
    sql = f"select v from read_csv('{outside}/secret.csv')"
    result = query(root, sql, "--allow-dir", str(outside), "-f", "csv")
    assert result.exit_code == 0 and result.output.split() == ["v", "2"]


@pytest.mark.parametrize("sql,expected", [
    ("select doc_id from documents order by 1", ["doc_id", "a1", "a2"]),
    ("from documents select count(*) as n", ["n", "2"]),
    ("with d as (select doc_id from documents) select count(*) as n from d", ["n", "2"]),
    ("select count(*) as n from (describe documents) where column_name = 'doc_id'", ["n", "1"]),
    ("select count(*) as n from read_parquet('{wh}/documents/part-*.parquet')", ["n", "2"]),
])
def test_reading_statements_run(published, sql, expected):
    root, _ = published
    result = query(root, sql.format(wh=root), "-f", "csv")
    assert result.exit_code == 0, result.output
    assert result.output.split() == expected
