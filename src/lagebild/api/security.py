"""Access control: loopback by default, a bearer token when bound elsewhere."""

from __future__ import annotations

import hmac
import ipaddress

from starlette.requests import Request

TOKEN_COOKIE = "lagebild_token"


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def request_token(request: Request) -> str | None:
    """The token a request carries: Authorization: Bearer, ?token= or the dashboard cookie."""
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return request.query_params.get("token") or request.cookies.get(TOKEN_COOKIE)


def token_ok(expected: str | None, given: str | None) -> bool:
    """Constant-time token comparison; no expected token means open access."""
    if not expected:
        return True
    return given is not None and hmac.compare_digest(expected.encode(), given.encode())
