"""CLI commands `lagebild clusters`, `lagebild claims`, `lagebild quotes` (registered in lagebild.cli)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..config import DEFAULT_DB
from ..errors import LagebildError
from ..store import Store
from . import queries
from .fuse import fuse

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)
DbOption = Annotated[Path, typer.Option("--db", help="DuckDB file.", envvar="LAGEBILD_DB")]
JsonOption = Annotated[bool, typer.Option("--json", help="JSON Lines instead of a table.")]
LimitOption = Annotated[int, typer.Option(help="At most this many rows.")]


def _read(db: Path, query, **kwargs):
    try:
        with Store(db).connect() as con:
            return query(con, **kwargs)
    except LagebildError as exc:
        err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(2) from exc


def _codes(codes: list[str] | None) -> str:
    return ",".join(codes or []) or "-"


def _print_json(rows: list[dict]) -> None:
    for row in rows:
        out.print(json.dumps(row, ensure_ascii=False, default=str), soft_wrap=True)


def clusters(
    db: DbOption = Path(DEFAULT_DB),
    actor: Annotated[str | None, typer.Option(help="Actor code in source or target.")] = None,
    other: Annotated[str | None, typer.Option(help="Second actor code (a dyad, either direction).")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER type.")] = None,
    min_reports: Annotated[int, typer.Option(help="Only clusters reported by at least this many articles.")] = 1,
    show: Annotated[str | None, typer.Option(help="One cluster id: its reports in time order.")] = None,
    refuse: Annotated[bool, typer.Option("--fuse", help="Recompute clusters and claims first.")] = False,
    as_json: JsonOption = False,
    limit: LimitOption = 50,
) -> None:
    """List event clusters (the same happening in several reports), most reported first."""
    if refuse:
        try:
            err.print(fuse(Store(db)).line())
        except LagebildError as exc:
            err.print(f"[red]error[/red] {exc}")
            raise typer.Exit(2) from exc
    if show:
        _show_cluster(db, show, as_json)
        return
    rows = _read(db, queries.list_clusters, actor=actor, other=other, type=type, min_reports=min_reports,
                 limit=limit)["clusters"]
    if as_json:
        _print_json(rows)
        return
    table = Table(title=f"{len(rows)} clusters")
    for column in ("cluster", "type", "source", "target", "status", "date", "reports", "events", "first", "evidence"):
        table.add_column(column, overflow="fold", max_width=60 if column == "evidence" else 18)
    for r in rows:
        table.add_row(r["cluster_id"], r["type"], _codes(r["source_codes"]), _codes(r["target_codes"]), r["status"],
                      r["date"] or "", str(r["reports"]), str(r["mentions"]), r["first_report"] or "",
                      r["canonical_sentence"])
    out.print(table)


def _show_cluster(db: Path, cluster_id: str, as_json: bool) -> None:
    cluster = _read(db, queries.get_cluster, cluster_id=cluster_id)
    if cluster is None:
        err.print(f"[red]error[/red] no cluster {cluster_id}")
        raise typer.Exit(1)
    if as_json:
        _print_json([cluster])
        return
    out.print(f"{cluster['cluster_id']}  {cluster['type']} {_codes(cluster['source_codes'])} -> "
              f"{_codes(cluster['target_codes'])}  {cluster['status']}  {cluster['date'] or ''}  "
              f"{cluster['reports']} reports")
    for m in cluster["members"]:
        out.print(f"  {m['report_date'] or '?':<10} {m['doc']}  {m['date'] or '':<10} {m['sentence']}", soft_wrap=True)
    for c in cluster["claims"]:
        out.print(f"  claim {c['claim_id']}: {_codes(c['claimants'])} allege {_codes(c['accused'])} "
                  f"{c['content_type'] or '?'}; {c['denials']} denials")


def claims(
    db: DbOption = Path(DEFAULT_DB),
    accused: Annotated[str | None, typer.Option(help="Accused actor code (e.g. PRK).")] = None,
    claimant: Annotated[str | None, typer.Option(help="Actor code of who alleges it (e.g. USA).")] = None,
    target: Annotated[str | None, typer.Option(help="Target of the alleged event (e.g. RUS).")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER type of the alleged event (e.g. AID).")] = None,
    as_json: JsonOption = False,
    limit: LimitOption = 50,
) -> None:
    """List claim threads: what is alleged, by whom, and who denied or confirmed it, since when."""
    rows = _read(db, queries.list_claims, accused=accused, claimant=claimant, target=target, type=type,
                 limit=limit)["claims"]
    if as_json:
        _print_json(rows)
        return
    for c in rows:
        out.print(f"[bold]{c['claim_id']}[/bold]  {_codes(c['claimants'])} allege: {_codes(c['accused'])} "
                  f"{c['content_type'] or '(unspecified)'} -> {_codes(c['content_target'])}  "
                  f"since {c['first_seen'] or '?'}")
        for link in c["links"]:
            out.print(f"    {link['role']:<12} {_codes(link['actors']):<10} {link['report_date'] or '?':<10} "
                      f"{link['doc']}: {link['sentence']}", soft_wrap=True)
    if not rows:
        out.print("no claims")


def quotes(
    db: DbOption = Path(DEFAULT_DB),
    speaker: Annotated[str | None, typer.Option(help="Speaker actor code (e.g. UN).")] = None,
    doc: Annotated[str | None, typer.Option(help="Document id.")] = None,
    kind: Annotated[str | None, typer.Option(help="direct or indirect.")] = None,
    text: Annotated[str | None, typer.Option(help="Words in the quote.")] = None,
    as_json: JsonOption = False,
    limit: LimitOption = 50,
) -> None:
    """List direct and indirect quotes with their speakers."""
    rows = _read(db, queries.list_quotes, speaker=speaker, doc=doc, kind=kind, text=text, limit=limit)["quotes"]
    if as_json:
        _print_json(rows)
        return
    table = Table(title=f"{len(rows)} quotes")
    for column in ("doc", "kind", "speaker", "cue", "quote"):
        table.add_column(column, overflow="fold", max_width=70 if column == "quote" else 24)
    for r in rows:
        speaker_label = f"{r['speaker_code']} ({r['speaker_text']})" if r["speaker_code"] else "-"
        table.add_row(r["doc"], r["kind"], speaker_label, r["cue"] or "", r["quote"])
    out.print(table)
