"""The `lagebild` command line: a thin layer over the library API."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .config import DEFAULT_DB, Settings
from .errors import LagebildError
from .export import FORMATS, write_csv, write_jsonl, write_parquet
from .store import EventFilter, Store
from .store.query import fetch_events

app = typer.Typer(help="lagebild: political event data from German and English news.",
                  no_args_is_help=True, add_completion=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)
# piped output (make demo | less, CI logs) gets room for the evidence column
out = Console(highlight=False, width=None if sys.stdout.isatty() else 160)

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB file.", envvar="LAGEBILD_DB")]


def _mount_subapps() -> None:
    """Commands whose code lives with their stage (actors, API server, fusion)."""
    from .actors.cli import app as actors_app
    from .api.cli import serve
    from .fusion.cli import claims, clusters, quotes

    for command in (serve, clusters, claims, quotes):
        app.command()(command)
    app.add_typer(actors_app, name="actors", help="Search and explain the actor knowledge base.")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or - for stdin.")],
    db: DbOption = Path(DEFAULT_DB),
    actors: Annotated[list[Path] | None, typer.Option("--actors", help="Extra actor table (YAML/CSV).")] = None,
    workers: Annotated[int, typer.Option(help="Worker processes (default: CPU cores).")] = 0,
    recode: Annotated[bool, typer.Option(help="Re-code articles already stored.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    engine: Annotated[str, typer.Option(help="local (worker processes) or ray (Ray Data, docs/scale.md).")] = "local",
    address: Annotated[str | None, typer.Option(help="Ray cluster address (default: a local Ray).")] = None,
    output: Annotated[str | None, typer.Option(help="Ray: folder or URI for the Parquet shards.")] = None,
) -> None:
    """Read articles, code their events and store them."""
    from .pipeline import ingest as run_ingest
    from .scale import ingest_ray

    if engine not in ("local", "ray") or (engine == "ray") != bool(output):
        err.print("[red]error[/red] --engine is local or ray; --output DIR goes with (and only with) --engine ray")
        raise typer.Exit(2)

    settings = Settings(db=db, actor_files=tuple(str(a) for a in actors or ()), recode=recode,
                        workers=workers or _cores())
    failures: list[str] = []

    def report(message: str) -> None:
        failures.append(message)
        err.print(f"[red]error[/red] {message}", soft_wrap=True)

    show = not quiet and err.is_terminal
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err, disable=not show, transient=True) as progress:
        task = progress.add_task("coding", total=None)
        try:
            if engine == "ray":
                summary = ingest_ray(paths, output, settings, address=address, workers=workers, on_error=report)
            else:
                summary = run_ingest(paths, settings, on_error=report,
                                     on_article=lambda _r: progress.advance(task), stdin=sys.stdin)
        except LagebildError as exc:
            err.print(f"[red]error[/red] {exc}")
            raise typer.Exit(2) from exc
    err.print(summary.line(), soft_wrap=True)
    if summary.read and not _is_piped():
        _events_table(db, EventFilter(), limit=40)
    raise typer.Exit(1 if failures else 0)


def _cores() -> int:
    import os

    return max(1, min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1, 8))


def _is_piped() -> bool:
    return not sys.stdout.isatty()


@app.command()
def events(
    db: DbOption = Path(DEFAULT_DB),
    actor: Annotated[str | None, typer.Option(help="Actor code in source or target (e.g. PRK).")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER type.")] = None,
    status: Annotated[str | None, typer.Option(help="asserted, alleged, denied, intended, negated.")] = None,
    since: Annotated[str | None, typer.Option(help="Event date from (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Event date until (inclusive).")] = None,
    doc: Annotated[str | None, typer.Option(help="Document id.")] = None,
    text: Annotated[str | None, typer.Option(help="Words in the evidence sentence.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO-3 code of the event location.")] = None,
    near: Annotated[str | None, typer.Option(help="LAT,LON,KM: events located within KM of a point.")] = None,
    min_confidence: Annotated[float | None, typer.Option(
        min=0.0, max=1.0, help="Only events at least this sure (0.5 drops those whose sides come from the story)."
    )] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table, jsonl, csv or parquet.")] = "table",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Output file (parquet needs one).")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
) -> None:
    """List stored events, filtered."""
    flt = EventFilter(actor=actor, type=type, status=status, date_from=since, date_to=until, doc=doc, text=text,
                      country=country, near=_parse_near(near), min_confidence=min_confidence)
    if format == "table":
        _events_table(db, flt, limit=limit)
        return
    _write(db, flt, format, output, limit)


@app.command()
def export(
    db: DbOption = Path(DEFAULT_DB),
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl (the contract), csv or parquet.")] = "jsonl",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Output file (default stdout).")] = None,
) -> None:
    """Export all events; `--format jsonl` is the contract's event export."""
    _write(db, EventFilter(), format, output, None)


def _parse_near(value: str | None) -> tuple[float, float, float] | None:
    if not value:
        return None
    try:
        lat, lon, km = (float(x) for x in value.split(","))
    except ValueError as exc:
        err.print(f"[red]error[/red] --near wants LAT,LON,KM (e.g. 50.45,30.52,100), got {value!r}")
        raise typer.Exit(2) from exc
    return lat, lon, km


def _write(db: Path, flt: EventFilter, fmt: str, output: Path | None, limit: int | None) -> None:
    if fmt not in FORMATS:
        err.print(f"[red]error[/red] unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    rows = _fetch(db, flt, limit)
    if fmt == "parquet":
        if output is None:
            err.print("[red]error[/red] parquet needs --output FILE")
            raise typer.Exit(2)
        write_parquet(rows, output)
        return
    writer = write_jsonl if fmt == "jsonl" else write_csv
    if output is None:
        writer(rows, sys.stdout)
    else:
        with open(output, "w", encoding="utf-8", newline="") as handle:
            writer(rows, handle)


def _fetch(db: Path, flt: EventFilter, limit: int | None) -> list[dict]:
    try:
        with Store(db).connect() as con:
            return fetch_events(con, flt, limit=limit)
    except LagebildError as exc:
        err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(2) from exc


def _actors(actors: list) -> str:
    return ", ".join(f"{a['code']}" + (f"/{a['sector']}" if a.get("sector") else "") for a in actors) or "-"


def _events_table(db: Path, flt: EventFilter, limit: int | None) -> None:
    rows = _fetch(db, flt, limit)
    table = Table(title=f"{len(rows)} events", show_lines=False, expand=True)
    table.add_column("doc", no_wrap=True, overflow="ellipsis", max_width=18)
    table.add_column("event", no_wrap=True)
    table.add_column("who → whom", no_wrap=True, overflow="ellipsis", max_width=26)
    table.add_column("status", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("by", no_wrap=True, overflow="ellipsis", max_width=9)
    table.add_column("evidence", overflow="fold", ratio=1, min_width=30)
    for row in rows:
        event = row["type"] + (f"/{row['mode']}" if row["mode"] else "")
        table.add_row(row["doc"], event, f"{_actors(row['source'])} → {_actors(row['target'])}", row["status"],
                      row["date"] or "", ",".join(row["reported_by"] or []), row["sentence"])
    out.print(table)


@app.command("eval")
def eval_(
    gold_dir: Annotated[Path, typer.Argument(help="Gold folder (docs.jsonl, events.jsonl).")],
    per_type: Annotated[bool, typer.Option("--per-type", help="Also print per-type scores.")] = False,
    keep: Annotated[Path | None, typer.Option(help="Also write the exported events here.")] = None,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
) -> None:
    """Code a gold folder's documents and score them like ../shared/tools/score_events.py."""
    from .evaluate import evaluate

    result = evaluate(gold_dir, replace(Settings(), workers=workers), keep=keep,
                      on_error=lambda m: err.print(f"[red]error[/red] {m}"))
    out.print(f"documents: {result['documents']}")
    out.print(f"{'level':<6} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}")
    for level, m in result["levels"].items():
        out.print(f"{level:<6} {m['precision']:>6.3f} {m['recall']:>6.3f} {m['f1']:>6.3f} "
                  f"{m['tp']:>5} {m['pred']:>5} {m['gold']:>5}")
    out.print(f"status accuracy (type-matched): {result['status_accuracy']}")
    out.print(f"date accuracy (dyad-matched, dated gold): {result['date_accuracy']}")
    out.print(f"predicted events outside any gold sentence: {result['events_outside_gold_sentences']}")
    if per_type:
        for t, m in result["per_type_dyad"].items():
            out.print(f"  {t:<10} P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f} "
                      f"(gold {m['gold']}, pred {m['pred']})")


_mount_subapps()
