"""The ``waqai`` command line: thin commands over library calls."""
from __future__ import annotations

import atexit
import datetime as dt
import gc
import json
import os
import sys
import time
from pathlib import Path
from typing import List, Optional

import typer

from waqai.pipeline.registry import STAGES, TABLES
from waqai.settings import Settings, SettingsError

# No network here: Prefect's server telemetry would only log connection errors.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# What is alive when the process ends is frozen, so the interpreter's last collection walks none
# of it (~0.3 s after a run with worker processes; registered first, this runs last).
atexit.register(gc.freeze)

app = typer.Typer(help="waqai (وقائع): Arabic news -> a DuckDB warehouse of dated diplomatic "
                       "events.", no_args_is_help=True, add_completion=False)
model_app = typer.Typer(help="Manage the UDPipe Arabic model.", no_args_is_help=True)
app.add_typer(model_app, name="model")

# exit statuses besides 1 (a bad argument or input)
UNUSABLE = 2  # the warehouse cannot be used (a file, not writable, never published)
BUSY = 3  # another run writes the warehouse and --no-wait was given

WAIT_HELP = "Wait while another run writes the warehouse (--no-wait: fail at once)."


def _fail(message: str, code: int = 1) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code=code)


def _settings(**given) -> Settings:
    """The settings of this command: its options over ``WAQAI_*`` variables over defaults."""
    try:
        return Settings.load(**given)
    except SettingsError as exc:
        _fail(str(exc))


def _check_writable(warehouse: Path, wait: bool) -> None:
    """Fail with one line when the warehouse cannot be written, or is busy under --no-wait."""
    from warehouse.lock import WarehouseError, is_busy

    try:
        busy = is_busy(warehouse)
    except WarehouseError as exc:
        _fail(str(exc), UNUSABLE)
    if busy and not wait:
        _fail(f"warehouse {warehouse} is being written by another run (--no-wait)", BUSY)


def _run_flow(flow, **kwargs):
    """Run a flow on the server at PREFECT_API_URL, else on a temporary one that dies with this
    process; one line when that URL does not answer, or when the warehouse turned busy
    meanwhile under --no-wait."""
    from flows.api import ApiUnreachable, prefect_api
    from warehouse import WarehouseBusy

    try:
        with prefect_api(echo=lambda line: typer.echo(line, err=True)):
            return flow(**kwargs)
    except ApiUnreachable as exc:
        _fail(str(exc))
    except WarehouseBusy as exc:
        _fail(f"{exc} (--no-wait)", BUSY)


def _summary(warehouse: Path, reports: dict, elapsed: float) -> None:
    from warehouse import Warehouse

    wh = Warehouse(warehouse)
    for table in TABLES:
        typer.echo(f"{table:>15}: {wh.count(table)}")
    hits = {s: f"{r.cache_hits}/{r.batches}" for s, r in reports.items() if r.batches}
    if hits:
        typer.echo(f"{'cache hits':>15}: " + ", ".join(f"{s} {h}" for s, h in hits.items()))
    typer.echo(f"{'elapsed':>15}: {elapsed:.1f}s")
    typer.echo(f"{'catalog':>15}: {Path(warehouse) / 'waqai.duckdb'}")


def _check_model(model: Optional[Path]):
    from waqai.nlp.model import ModelNotFound, resolve_model

    try:
        return resolve_model(str(model) if model else None)
    except ModelNotFound as exc:
        _fail(str(exc))


@app.command()
def run(
    input: List[Path] = typer.Option(..., "--input", "-i", help="Folder of .txt/.jsonl files, or files."),
    warehouse: Path = typer.Option(..., "--warehouse", "-w", help="Warehouse folder (created)."),
    model: Optional[Path] = typer.Option(None, "--model", "-m",
                                         help=Settings.help("udpipe_model")),
    batch_size: Optional[int] = typer.Option(None, min=1, help=Settings.help("batch_size")),
    max_bytes: Optional[int] = typer.Option(None, min=1, help=Settings.help("max_bytes")),
    force: bool = typer.Option(False, help="Recompute every batch, ignoring caches."),
    workers: Optional[int] = typer.Option(None, min=1, help=Settings.help("workers")),
    dask_address: Optional[str] = typer.Option(None, help=Settings.help("dask_address")),
    progress: bool = typer.Option(True, help="Show progress bars on stderr."),
    wait: bool = typer.Option(True, help=WAIT_HELP),
):
    """Run the whole pipeline on INPUT into WAREHOUSE and print a summary.

    Example: waqai run --input samples --warehouse /tmp/wh
    """
    from flows import forkserver
    from waqai import progress as prog

    settings = _settings(batch_size=batch_size, max_bytes=max_bytes, workers=workers,
                         dask_address=dask_address)
    choice = _check_model(model)
    _check_writable(warehouse, wait)
    # the workers' forkserver loads what they need while this process imports Prefect
    forkserver.start_early([str(p) for p in input], str(choice.path), settings.workers,
                           settings.dask_address)
    from flows.pipeline import waqai_pipeline

    typer.echo(f"model: {choice.path} ({choice.origin})")
    prog.install(prog.TqdmReporter() if progress else None)
    t0 = time.perf_counter()
    try:
        reports = _run_flow(waqai_pipeline, input=[str(p) for p in input],
                            warehouse=str(warehouse), model=str(choice.path),
                            batch_size=settings.batch_size, max_bytes=settings.max_bytes,
                            force=force, workers=settings.workers,
                            dask_address=settings.dask_address, wait=wait)
    finally:
        prog.install(None)
        forkserver.stop()
    _summary(warehouse, reports, time.perf_counter() - t0)


@app.command()
def stage(
    name: str = typer.Argument(..., help=" | ".join(STAGES)),
    warehouse: Path = typer.Option(..., "--warehouse", "-w", help="Warehouse folder."),
    input: Optional[List[Path]] = typer.Option(None, "--input", "-i",
                                               help="For the stage that reads input (ingest)."),
    model: Optional[Path] = typer.Option(None, "--model", "-m",
                                         help="For the stage that takes a model (tokenize)."),
    batch_id: Optional[List[str]] = typer.Option(None, "--batch-id", help="Only these batches."),
    since: Optional[dt.datetime] = typer.Option(None, help="Only batches ingested since (UTC)."),
    force: bool = typer.Option(False, help="Recompute the selected batches."),
    wait: bool = typer.Option(True, help=WAIT_HELP),
):
    """Run one stage alone on the warehouse's current state.

    Example: waqai stage extract --warehouse /tmp/wh --force
    """
    if name not in STAGES:
        _fail(f"unknown stage {name!r}: one of {', '.join(STAGES)}")
    from flows.stages import STAGE_FLOWS, parameters

    takes = parameters(name)
    if "input" in takes and not input:
        _fail(f"{name} needs --input")
    offered = {"warehouse": str(warehouse), "wait": wait, "batch_ids": batch_id or None,
               "since": since, "force": force, "input": [str(p) for p in input or ()],
               "model": str(_check_model(model).path) if "model" in takes else None}
    kwargs = {k: v for k, v in offered.items() if k in takes}
    _check_writable(warehouse, wait)
    t0 = time.perf_counter()
    try:
        report = _run_flow(STAGE_FLOWS[name], **kwargs)
    except KeyError as exc:
        _fail(str(exc))
    _summary(warehouse, {name: report}, time.perf_counter() - t0)


@app.command()
def serve(
    warehouse: Optional[Path] = typer.Option(None, "--warehouse", "-w",
                                             help=Settings.help("warehouse")),
    inbox: Optional[Path] = typer.Option(None, "--inbox", help=Settings.help("inbox")),
    cron: Optional[str] = typer.Option(None, help=Settings.help("cron")),
):
    """Serve every stage and the scheduled pipeline as deployments (needs a Prefect server).

    Example: waqai serve --warehouse /data/wh --inbox /data/inbox
    """
    from dataclasses import replace

    from flows.serve import serve_all

    settings = _settings(warehouse=warehouse, inbox=inbox, cron=cron)
    serve_all(replace(settings, warehouse=str(Path(settings.warehouse).resolve()),
                      inbox=str(Path(settings.inbox).resolve())))


@app.command()
def query(
    sql: str = typer.Argument(..., help="A read-only SQL statement."),
    warehouse: Path = typer.Option(..., "--warehouse", "-w", help="Warehouse folder."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | json | csv"),
    allow_dir: Optional[List[Path]] = typer.Option(
        None, "--allow-dir", help="Also let the SQL read files in this folder (repeatable)."),
):
    """Run reading SQL (SELECT, FROM, WITH, DESCRIBE, SHOW, SUMMARIZE) on the last published
    state of the warehouse. Statements that write or reconfigure (COPY, EXPORT, ATTACH,
    INSTALL, LOAD, SET, PRAGMA, ...) are refused, and files outside the warehouse cannot be
    read unless --allow-dir names their folder.

    Example: waqai query -w /tmp/wh "select event_type, count(*) from events group by 1"
    """
    import duckdb

    from warehouse import NotPublished, NotReading, connect, reading

    try:
        con = connect(warehouse, allow=allow_dir or ())
        rel = con.sql(reading(sql))
    except NotPublished as exc:
        _fail(str(exc), UNUSABLE)
    except NotReading as exc:
        _fail(str(exc))
    except duckdb.Error as exc:
        _fail(str(exc).splitlines()[0])
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
def publish_cmd(warehouse: Path = typer.Option(..., "--warehouse", "-w"),
                wait: bool = typer.Option(True, help=WAIT_HELP)):
    """Publish the warehouse's complete batches to readers (a snapshot and the DuckDB catalog).

    Example: waqai publish --warehouse /tmp/wh
    """
    from warehouse import CATALOG_NAME, WarehouseBusy, writer
    from waqai.pipeline.publish import publish_catalog

    _check_writable(warehouse, wait)
    try:
        with writer(warehouse, wait=wait, on_wait=lambda m: typer.echo(m, err=True)) as wh:
            publish_catalog(wh)
    except WarehouseBusy as exc:
        _fail(f"{exc} (--no-wait)", BUSY)
    typer.echo(warehouse / CATALOG_NAME)


@app.command("export")
def export_cmd(
    warehouse: Path = typer.Option(..., "--warehouse", "-w", help="Warehouse folder."),
    table: str = typer.Option("events", "--table", "-t",
                              help="events | event_clusters | tokens | ..."),
    fmt: str = typer.Option("csv", "--format", "-f",
                            help="csv | jsonl | parquet (any table), conllu (tokens), "
                                 "plover (events)"),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="File to write (default: stdout)."),
):
    """Export a table of the last published state: events as CSV/JSON Lines/Parquet/PLOVER,
    tokens as UD CoNLL-U.

    Example: waqai export -w /tmp/wh --table tokens --format conllu -o tokens.conllu
    """
    from waqai.export import ExportError, export
    from warehouse import NotPublished

    try:
        if output is None:
            export(warehouse, table, fmt, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        else:
            with open(output, "wb") as out:
                export(warehouse, table, fmt, out)
    except BrokenPipeError:  # `waqai export ... | head`: the reader had enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except NotPublished as exc:
        _fail(str(exc), UNUSABLE)
    except (ExportError, OSError) as exc:
        _fail(str(exc))


@app.command("report")
def report_cmd(
    warehouse: Path = typer.Option(..., "--warehouse", "-w", help="Warehouse folder."),
    output: Path = typer.Option(Path("report.html"), "--output", "-o", help="HTML file to write."),
    since: Optional[dt.datetime] = typer.Option(None, help="Only events ending on or after it."),
    until: Optional[dt.datetime] = typer.Option(None, help="Only events starting on or before it."),
    country: Optional[str] = typer.Option(None, help="Only events with this party or place (ISO3)."),
):
    """Write one self-contained HTML report (timeline, map, event table) of the last published
    state that opens offline.

    Example: waqai report -w /tmp/wh -o report.html --since 2024-01-01 --country EGY
    """
    from waqai.report import Filters, load, write_report
    from warehouse import NotPublished

    filters = Filters(since=since.date() if since else None, until=until.date() if until else None,
                      country=country.upper() if country else None)
    try:
        path = write_report(load(warehouse, filters), output)
    except NotPublished as exc:
        _fail(str(exc), UNUSABLE)
    except OSError as exc:
        _fail(str(exc))
    typer.echo(f"report: {path.resolve()}")


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
