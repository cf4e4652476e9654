"""The ``waqai`` command line: thin commands over library calls."""
from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(help="waqai (وقائع): Arabic news -> a DuckDB warehouse of dated diplomatic "
                       "events.", no_args_is_help=True, add_completion=False)
model_app = typer.Typer(help="Manage the UDPipe Arabic model.", no_args_is_help=True)
app.add_typer(model_app, name="model")

SUMMARY_TABLES = ("documents", "sentences", "tokens", "timexes", "events", "event_clusters",
                  "rejects")


def _fail(message: str) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code=1)


@app.command()
def run(
    input: List[Path] = typer.Option(..., "--input", "-i", help="Folder of .txt/.jsonl files, or files."),
    warehouse: Path = typer.Option(..., "--warehouse", "-w", help="Warehouse folder (created)."),
    model: Optional[Path] = typer.Option(None, "--model", "-m", help="UDPipe model file."),
    batch_size: int = typer.Option(200, help="Documents per task batch."),
    progress: bool = typer.Option(True, help="Show progress bars on stderr."),
):
    """Run the whole pipeline on INPUT into WAREHOUSE and print a summary.

    Example: waqai run --input samples/articles --warehouse /tmp/wh
    """
    from flows.pipeline import waqai_pipeline
    from waqai import progress as prog
    from waqai.nlp.model import ModelNotFound, resolve_model
    from warehouse import Warehouse

    try:
        resolve_model(str(model) if model else None)
    except ModelNotFound as exc:
        _fail(str(exc))
    prog.install(prog.TqdmReporter() if progress else None)
    t0 = time.perf_counter()
    try:
        result = waqai_pipeline(input=[str(p) for p in input], warehouse=str(warehouse),
                                model=str(model) if model else None, batch_size=batch_size)
    finally:
        prog.install(None)
    elapsed = time.perf_counter() - t0
    wh = Warehouse(warehouse)
    typer.echo(f"model: {result['model']} ({result['model_origin']})")
    for table in SUMMARY_TABLES:
        typer.echo(f"{table:>15}: {wh.count(table)}")
    typer.echo(f"{'elapsed':>15}: {elapsed:.1f}s")
    typer.echo(f"{'catalog':>15}: {Path(warehouse) / 'waqai.duckdb'}")


@app.command()
def query(
    sql: str = typer.Argument(..., help="A read-only SQL statement."),
    warehouse: Path = typer.Option(..., "--warehouse", "-w", help="Warehouse folder."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | json | csv"),
):
    """Run read-only SQL against the warehouse catalog.

    Example: waqai query -w /tmp/wh "select event_type, count(*) from events group by 1"
    """
    import duckdb

    from warehouse import connect

    try:
        con = connect(warehouse)
        rel = con.sql(sql)
    except FileNotFoundError as exc:
        _fail(str(exc))
    except duckdb.Error as exc:
        msg = str(exc)
        if "read-only" in msg.lower():
            msg = f"the warehouse is opened read-only; this statement writes ({msg})"
        _fail(msg)
    if rel is None:
        return
    if fmt == "json":
        cols = rel.columns
        for row in rel.fetchall():
            typer.echo(json.dumps(dict(zip(cols, row)), ensure_ascii=False, default=str))
    elif fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(rel.columns)
        writer.writerows(rel.fetchall())
    else:
        rel.show(max_width=200, max_rows=100)


@app.command()
def timex(
    anchor: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD for relative dates."),
):
    """Read lines of Arabic text on stdin; print one JSON line of timexes per input line.

    Example: echo "وصل الوفد يوم 22ناصر/يوليو 2020" | waqai timex --anchor 2020-08-06
    """
    from waqai.dates import annotate_line

    try:
        anchor_date = dt.date.fromisoformat(anchor) if anchor else None
    except ValueError:
        _fail(f"--anchor must be YYYY-MM-DD, got {anchor!r}")
    for line in sys.stdin:
        line = line.rstrip("\n").rstrip("\r")
        typer.echo(json.dumps(annotate_line(line, anchor_date), ensure_ascii=False))


@app.command("publish")
def publish_cmd(warehouse: Path = typer.Option(..., "--warehouse", "-w")):
    """Rewrite the DuckDB catalog (views over the Parquet tables).

    Example: waqai publish --warehouse /tmp/wh
    """
    from warehouse import Warehouse, publish

    Warehouse(warehouse).init()
    typer.echo(publish(warehouse))


@model_app.command("download")
def model_download():
    """Fetch the official UDPipe Arabic model (needs internet).

    Example: waqai model download
    """
    import spacy_udpipe

    try:
        spacy_udpipe.download("ar")
    except Exception as exc:  # network errors come in many types
        _fail(f"download failed ({exc}); without internet use --model PATH or the shipped model")


@model_app.command("info")
def model_info(model: Optional[Path] = typer.Option(None, "--model", "-m")):
    """Show which UDPipe model would be used, and why.

    Example: waqai model info
    """
    from waqai.nlp.model import ModelNotFound, resolve_model

    try:
        choice = resolve_model(str(model) if model else None)
    except ModelNotFound as exc:
        _fail(str(exc))
    typer.echo(f"path:   {choice.path}\norigin: {choice.origin}\nid:     {choice.model_id}\n"
               f"size:   {choice.path.stat().st_size} bytes")


if __name__ == "__main__":  # pragma: no cover
    app()
