"""The FastAPI application: JSON API under /api, dashboard pages, local static assets."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import CODER_VERSION
from .errors import ApiError, error_body, validation_message
from .security import TOKEN_COOKIE, request_token, token_ok

WEB = resources.files("lagebild.web")
# everything the pages load comes from this server; inline styles only for legend swatches
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                               "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def create_app(db: str | Path, *, token: str | None = None) -> FastAPI:
    """The app over one database file, read-only; `token` (if set) is required on every request."""
    from . import pages, routes, routes_fusion

    app = FastAPI(title="lagebild", version=CODER_VERSION, docs_url=None, redoc_url=None,
                  description="Political event data from German and English news: read-only API.")
    app.state.db = Path(db)
    app.state.token = token
    app.state.templates = Jinja2Templates(directory=str(WEB / "templates"))
    app.mount("/static", StaticFiles(directory=str(WEB / "static")), name="static")
    app.include_router(routes.router)
    app.include_router(routes_fusion.router)  # clusters, claims, quotes (docs/fusion.md)
    app.include_router(pages.router)
    _add_handlers(app)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def error_response(request: Request, status: int, message: str) -> Response:
    """A JSON error for the API, an HTML page for the dashboard."""
    if _wants_json(request):
        return JSONResponse(error_body(status, message), status_code=status)
    templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                      status_code=status)


def _add_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return error_response(request, exc.status, exc.message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, validation_message(exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        return error_response(request, exc.status_code, message)

    @app.middleware("http")
    async def guard(request: Request, call_next):
        given = request_token(request)
        # blank form fields (`type=`) mean "no filter", not "invalid value"
        query = [(k, v) for k, v in request.query_params.multi_items() if v.strip() and k != "token"]
        request.scope["query_string"] = urlencode(query).encode()
        # static assets are the public code of the pages: the 401 page can still be styled
        if not request.url.path.startswith("/static/") and not token_ok(app.state.token, given):
            response = error_response(request, 401, "a token is required: Authorization: Bearer TOKEN or ?token=TOKEN")
        else:
            response = await call_next(request)
            if app.state.token and given and request.cookies.get(TOKEN_COOKIE) != given:
                response.set_cookie(TOKEN_COOKIE, given, httponly=True, samesite="strict")
        response.headers.setdefault("Cache-Control", "no-store")
        response.headers.update(SECURITY_HEADERS)
        return response


def html(request: Request, template: str, context: dict) -> HTMLResponse:
    """Render a dashboard page."""
    return request.app.state.templates.TemplateResponse(request, template, context)
