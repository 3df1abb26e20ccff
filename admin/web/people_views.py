"""The People page (admins): who works in the workspace, with name, organisation, country,
role and the languages they read; add, change role, deactivate (ends their sessions at once)."""

from __future__ import annotations

from typing import Final

from aiohttp import web

from admin.web.deps import WORKSPACE
from admin.web.render import error_page, page
from admin.web.security import STAFF
from dialogs.countries import country_name, country_names
from dialogs.i18n import LANGUAGES
from reviews.access import ROLES, as_role
from storage.people import Person, directory, find_person, parse_reads, save_person

NAME_LIMIT: Final = 200


def _text(form: object, key: str) -> str:
    value = form.get(key) if hasattr(form, "get") else None  # MultiDict
    return value.strip()[:NAME_LIMIT] if isinstance(value, str) else ""


def _int(text: str | None) -> int | None:
    return int(text) if text is not None and text.isdigit() and len(text) < 16 else None


async def people_page(request: web.Request) -> web.Response:
    """Everyone with a record; the form to add someone."""
    ws = request.app[WORKSPACE]
    lang = request[STAFF].language
    found = await directory(ws.db)
    listed = sorted(found.people.values(), key=lambda p: (not p.active, p.role, p.name.casefold()))
    return page(
        request,
        "people.html",
        {
            "people": listed,
            "roles": ROLES,
            "reads_choices": LANGUAGES,
            "countries": sorted(country_names(lang).items(), key=lambda kv: kv[1]),
            "country_name": lambda code: country_name(code, lang) if code else "—",
            "from_env": ws.access.admin_ids | ws.access.staff_ids,
            "done": request.query.get("done", "")[:16],
            "confirm": _int(request.query.get("confirm")),
        },
    )


async def add_person(request: web.Request) -> web.StreamResponse:
    """Add someone (or update them: the Telegram id is the key)."""
    ws = request.app[WORKSPACE]
    form = await request.post()
    user = _text(form, "user_id")
    name = _text(form, "name")
    role = as_role(_text(form, "role"))
    country = _text(form, "country").upper() or None
    if not (user.isascii() and user.isdigit()) or not name or role is None:
        raise error_page(request, web.HTTPBadRequest, "people-error-invalid")
    if country is not None and country not in country_names("en"):
        raise error_page(request, web.HTTPBadRequest, "people-error-invalid")
    reads = parse_reads([str(v) for v in form.getall("reads", [])], LANGUAGES)
    person = Person(int(user), name, _text(form, "organisation"), country, role, reads, True)
    await save_person(ws.db, person, request[STAFF].user_id, ws.now())
    raise web.HTTPSeeOther("/people?done=saved")


async def change_person(request: web.Request) -> web.StreamResponse:
    """Change someone's role, or deactivate / reactivate them."""
    ws = request.app[WORKSPACE]
    user = request.match_info["user_id"]
    person = await find_person(ws.db, int(user)) if user.isascii() and user.isdigit() else None
    if person is None:
        raise error_page(request, web.HTTPNotFound, "ws-not-found")
    form = await request.post()
    role = as_role(_text(form, "role")) or person.role
    active = {"deactivate": False, "reactivate": True}.get(_text(form, "action"), person.active)
    if person.user_id == request[STAFF].user_id and (not active or role != person.role):
        # One's own access: nobody else may be left to give it back.
        raise error_page(request, web.HTTPBadRequest, "people-error-self")
    if person.active and not active and _text(form, "confirm") != "yes":
        raise web.HTTPSeeOther(f"/people?confirm={person.user_id}#person-{person.user_id}")
    changed = Person(
        person.user_id,
        person.name,
        person.organisation,
        person.country,
        role,
        person.reads,
        active,
    )
    await save_person(ws.db, changed, request[STAFF].user_id, ws.now())
    raise web.HTTPSeeOther("/people?done=" + ("saved" if active else "deactivated"))


def register(router: web.UrlDispatcher) -> None:
    """The People routes (admins only: see reviews.access.ADMIN_ROUTES)."""
    router.add_get("/people", people_page, name="people")
    router.add_post("/people", add_person, name="people-add")
    router.add_post("/people/{user_id}", change_person, name="people-change")
