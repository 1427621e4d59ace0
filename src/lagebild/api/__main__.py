"""`python -m lagebild.api`: the same as `lagebild serve` (for tests and process managers)."""

import typer

from .cli import serve

if __name__ == "__main__":
    typer.run(serve)
