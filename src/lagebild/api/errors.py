"""API errors: one JSON shape for the API, an HTML page for the dashboard."""

from __future__ import annotations


class ApiError(Exception):
    """An error answered with a status and a one-line message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def error_body(status: int, message: str) -> dict:
    """The JSON body of every API error."""
    return {"ok": False, "status": status, "error": message}


def validation_message(errors: list[dict]) -> str:
    """One line from FastAPI's validation errors: 'limit: Input should be ...; type: ...'."""
    parts = []
    for error in errors:
        loc = [str(x) for x in error.get("loc", ()) if x not in ("query", "path")]
        parts.append(f"{'.'.join(loc) or 'request'}: {error.get('msg', 'invalid')}")
    return "; ".join(parts)
