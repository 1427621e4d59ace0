"""`lagebild actors`: search, explain and count the actor knowledge base (Typer + Rich)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..errors import DataError
from ..model import PartialDate
from .base import ActorBase

app = typer.Typer(help="Search and explain the actor knowledge base.", no_args_is_help=True)
console = Console()

ActorFiles = Annotated[list[Path] | None, typer.Option("--actors", help="Extra actor file (YAML/CSV); repeatable.")]


def _base(actors: list[Path] | None) -> ActorBase:
    try:
        return ActorBase.load(extra=actors or ())
    except DataError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc


@app.command()
def search(name: Annotated[str, typer.Argument(help="Part of a name, e.g. 'Schoigu' or 'Kreml'.")],
           actors: ActorFiles = None) -> None:
    """Entries whose names contain NAME, with codes and dated terms."""
    rows = _base(actors).search(name)
    table = Table("id", "kind", "code", "sector", "matched", "terms / names", "source")
    for row in rows:
        detail = "; ".join(row["terms"]) or ", ".join(row["names"][:5])
        table.add_row(row["id"], row["kind"], row["code"], row["sector"] or "", row["matched"], detail,
                      row["source"])
    console.print(table if rows else f"no entry matches {name!r}")


@app.command()
def explain(text: Annotated[str, typer.Argument(help="A sentence to analyse.")],
            date: Annotated[str | None, typer.Option("--date", help="Date the text speaks of: YYYY[-MM[-DD]].")] = None,
            lang: Annotated[str | None, typer.Option(
                "--lang", help="Language of the text: de or en (default: detected, German when unsure).")] = None,
            actors: ActorFiles = None) -> None:
    """Every actor mention in TEXT, how it is used and why it resolved to its code and sector.

    TEXT may hold several sentences: roles without a country and references ("beide Seiten",
    "er") are resolved from the sentences before them."""
    on = PartialDate.parse(date)
    if date and on is None:
        raise typer.BadParameter(f"not a date: {date!r}", param_hint="--date")
    if lang is None:
        from ..ingest.language import detect_language

        lang = "en" if detect_language(text) == "en" else "de"
    rows = _base(actors).explain(text, lang=lang, on=on)
    table = Table("#", "text", "code", "sector", "kind", "use", "entry", "why")
    for row in rows:
        table.add_row(str(row["sentence"]), row["text"], row["code"], row["sector"] or "", row["kind"], row["use"],
                      row["entry"], "; ".join(row["why"]))
    console.print(table if rows else "no actor mentions")


@app.command()
def stats(actors: ActorFiles = None) -> None:
    """Size of the knowledge base: entries by kind and source, aliases, office terms."""
    data = _base(actors).stats()
    table = Table("measure", "value")
    for key, value in data.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in value.items())
        elif isinstance(value, list):
            value = ", ".join(value) or "-"
        table.add_row(key, str(value))
    console.print(table)
