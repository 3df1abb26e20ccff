"""Who is asking, and the rules every response follows: session, CSRF, security headers."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final
from urllib.parse import urlsplit

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncEngine

from reviews.access import Role, as_role, may_open
from storage.people import Directory, directory
from storage.web_auth import find_session

log = logging.getLogger(__name__)

COOKIE: Final = "ws_session"
IDLE: Final = timedelta(hours=8)
SIGNIN_VALID: Final = timedelta(minutes=15)
# Routes anyone may open: the sign-in link itself, the page after signing out, the stylesheet.
PUBLIC_ROUTES: Final = frozenset({"signin", "signin-confirm", "signed-out", "static"})

CSP: Final = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
HEADERS: Final = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    # Sign-in links carry their token in the path: never send it on as a Referer.
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass(frozen=True)
class Staff:
    """The signed-in person: Telegram id, role, language, and the session's CSRF token."""

    user_id: int
    role: Role
    language: str
    session_token: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def is_reviewer(self) -> bool:
        return self.role == "reviewer"

    @property
    def csrf(self) -> str:
        return csrf_token(self.session_token)


STAFF: Final = web.RequestKey("staff", Staff)
DIRECTORY: Final = web.RequestKey("directory", Directory)  # names of whoever acted


def csrf_token(session_token: str) -> str:
    """The form token of a session: derived from its secret, so nothing more is stored."""
    return hmac.new(session_token.encode(), b"workspace-csrf", hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Access:
    """Who may sign in: ADMIN_IDS are admins, STAFF_IDS staff; checked on every request."""

    admin_ids: frozenset[int]
    staff_ids: frozenset[int]

    def role_of(self, user_id: int) -> Role | None:
        if user_id in self.admin_ids:
            return "admin"
        if user_id in self.staff_ids:
            return "staff"
        return None


def role_in(access: Access, people: Directory, user_id: int) -> Role | None:
    """The role of a user: ADMIN_IDS and STAFF_IDS first (as before people had records), then
    an active person's record; None for everyone else (deactivated people included)."""
    found = access.role_of(user_id)
    if found is not None:
        return found
    return as_role(people.active_role(user_id))


async def resolve_role(db: AsyncEngine, access: Access, user_id: int) -> Role | None:
    """As `role_in`, reading the people table."""
    return role_in(access, await directory(db), user_id)


def route_name(request: web.Request) -> str | None:
    route = request.match_info.route
    name = route.name
    if name is None and route.resource is not None:
        name = route.resource.name
    return name


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Security headers on every answer, errors included; server time for the benchmark."""
    started = time.perf_counter()
    try:
        response = await handler(request)
    except web.HTTPException as error:
        response = error
    except Exception:
        log.exception("workspace: %s %s failed", request.method, request.path)
        response = error_page(request, web.HTTPInternalServerError, "ws-error-internal")
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if route_name(request) != "static":
        response.headers.setdefault("Cache-Control", "no-store")
    if not response.prepared:
        elapsed = (time.perf_counter() - started) * 1000
        response.headers["Server-Timing"] = f"app;dur={elapsed:.1f}"
    if isinstance(response, web.HTTPException):
        raise response  # aiohttp wants redirects and errors raised, not returned
    return response


@web.middleware
async def require_session(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Finds the session; refuses non-public routes without one (401) and POSTs without the
    session's CSRF token (403)."""
    if route_name(request) in PUBLIC_ROUTES:
        return await handler(request)
    from admin.web.deps import WORKSPACE

    ws = request.app[WORKSPACE]
    token = request.cookies.get(COOKIE, "")
    staff = None
    people = Directory()
    if token:
        found = await find_session(ws.db, token, ws.now(), IDLE)
        if found is not None:
            people = await directory(ws.db)
            role = role_in(ws.access, people, found.user_id)
            if role is not None:
                language = found.language or people.first_language(found.user_id)
                staff = Staff(found.user_id, role, language or ws.staff_language, token)
    if staff is None:
        raise unauthorized(request)
    request[STAFF] = staff
    request[DIRECTORY] = people
    if not may_open(staff.role, route_name(request)):
        raise forbidden(request, "ws-error-not-allowed")
    if request.method == "POST":
        form = await request.post()
        sent = form.get("csrf")
        if not isinstance(sent, str) or not hmac.compare_digest(sent, staff.csrf):
            raise forbidden(request, "ws-error-csrf")
    return await handler(request)


def error_page(
    request: web.Request, error: type[web.HTTPException], key: str
) -> web.HTTPException:
    from admin.web.render import error_page as render_error

    return render_error(request, error, key)


def unauthorized(request: web.Request) -> web.HTTPException:
    """401 with a page that says how to get a sign-in link."""
    return error_page(request, web.HTTPUnauthorized, "ws-signin-needed")


def forbidden(request: web.Request, key: str) -> web.HTTPException:
    return error_page(request, web.HTTPForbidden, key)


# ---- redirects and signing in ----


def local_target(target: str, fallback: str = "/submissions") -> str:
    """A redirect target on this site only: a path, without scheme or host, and without the
    tabs, line ends and backslashes that browsers drop or turn into "/" (then "/\\t/x" would
    become "//x", another site)."""
    if any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in target):
        return fallback
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return fallback
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return fallback
    return target


SIGNIN_FAILURES: Final = 10  # refused sign-ins an address may make per window
SIGNIN_WINDOW: Final = timedelta(minutes=10)
_ADDRESSES_KEPT: Final = 10_000


class SigninAttempts:
    """Refused sign-ins per address in a sliding window, in memory (one process serves)."""

    def __init__(self, limit: int = SIGNIN_FAILURES, window: timedelta = SIGNIN_WINDOW) -> None:
        self.limit = limit
        self.window = window
        self._refused: dict[str, deque[datetime]] = {}

    def _recent(self, address: str, now: datetime) -> deque[datetime]:
        times = self._refused.get(address, deque())
        while times and times[0] <= now - self.window:
            times.popleft()
        return times

    def blocked(self, address: str, now: datetime) -> bool:
        """Whether this address made `limit` refused attempts within the window."""
        return len(self._recent(address, now)) >= self.limit

    def refused(self, address: str, now: datetime) -> None:
        """Count one refused attempt from this address."""
        times = self._recent(address, now)
        times.append(now)
        self._refused[address] = times
        if len(self._refused) > _ADDRESSES_KEPT:  # many addresses: forget the oldest one
            del self._refused[next(iter(self._refused))]


SIGNIN_ATTEMPTS: Final = web.AppKey("signin_attempts", SigninAttempts)


def client_address(request: web.Request) -> str:
    """The address a request came from; behind a proxy on this machine (Caddy), the one the
    proxy names last in X-Forwarded-For."""
    peer = request.remote or ""
    forwarded = request.headers.get("X-Forwarded-For", "")
    try:
        local = ipaddress.ip_address(peer).is_loopback
    except ValueError:
        local = False
    if local and forwarded.strip():
        return forwarded.split(",")[-1].strip()
    return peer


def same_site(request: web.Request, base_url: str) -> bool:
    """False for a form posted from another site (login CSRF): Sec-Fetch-Site, else Origin.

    A request with neither header (a command-line client) is no browser acting for someone."""
    site = request.headers.get("Sec-Fetch-Site")
    if site is not None:
        return site in ("same-origin", "none")
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    ours = {_origin(base_url), f"{request.scheme}://{request.host}".lower()}
    return origin.strip().lower() in ours


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


@web.middleware
async def guard_signin(request: web.Request, handler: Handler) -> web.StreamResponse:
    """POST /signin: refused from another site, and after too many refusals from an address."""
    if route_name(request) != "signin-confirm" or request.method != "POST":
        return await handler(request)
    from admin.web.deps import WORKSPACE

    ws = request.app[WORKSPACE]
    if not same_site(request, ws.base_url):
        raise forbidden(request, "ws-signin-cross-site")
    attempts = request.app[SIGNIN_ATTEMPTS]
    address = client_address(request)
    if attempts.blocked(address, ws.now()):
        log.warning("workspace: sign-in attempts refused for a while (too many from one address)")
        raise error_page(request, web.HTTPTooManyRequests, "ws-signin-too-many")
    try:
        return await handler(request)
    except web.HTTPForbidden:
        attempts.refused(address, ws.now())
        raise
