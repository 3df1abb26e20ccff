"""The list's URL parameters ⇄ the query object: a filtered list is a URL one can share."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Final, cast
from urllib.parse import urlencode

from admin.export import ExportArgumentError, check_period, parse_country, parse_date
from dialogs.i18n import LANGUAGES
from storage.models import TRIAGE_STATUSES
from storage.search import NO_LABELS, ChoiceLabels, expand
from storage.submissions import StatusFilter, SubmissionFilter
from storage.workspace import SORT_KEYS, SortKey

PER_PAGE: Final = 50
QUESTIONNAIRE_STATUSES: Final = ("submitted", "draft", "all")
# Parameters a list URL may carry, in the order they are written back.
NAMES: Final = ("q", "status", "triage", "country", "lang", "activity", "since", "until")
NAMES_ALL: Final = (*NAMES, "sort", "dir", "page")
FACET_PREFIX: Final = "a."  # a.<question id>=<choice id>: a facet on a choice question
MAX_COLUMNS: Final = 12


@dataclass(frozen=True)
class ListRequest:
    """What the list shows: the filter, the order, the page, and what was not understood."""

    where: SubmissionFilter
    sort: SortKey = "submitted"
    descending: bool = True
    page: int = 1
    values: dict[str, str] = field(default_factory=dict)  # the accepted parameters, as given
    errors: tuple[str, ...] = ()  # message ids of parameters that were ignored
    chosen: tuple[tuple[str, str], ...] = ()  # facets: (question id, choice id), all apply
    columns: tuple[str, ...] = ()  # the questions shown as columns, in the order chosen

    @property
    def offset(self) -> int:
        return (self.page - 1) * PER_PAGE

    def url(self, path: str, **changes: str | int | None) -> str:
        """This list's URL with some parameters changed (None removes one)."""
        params: dict[str, str] = dict(self.values)
        if self.sort != "submitted":
            params["sort"] = self.sort
        if not self.descending:
            params["dir"] = "asc"
        if self.page != 1:
            params["page"] = str(self.page)
        for key, value in changes.items():
            if value is None or value == "":
                params.pop(key, None)
            else:
                params[key] = str(value)
        ordered: list[tuple[str, str]] = [
            (k, params[k]) for k in NAMES_ALL if k in params and k != "page"
        ]
        ordered += [(FACET_PREFIX + q, c) for q, c in self.chosen]
        ordered += [("col", c) for c in self.columns]
        if "page" in params:
            ordered.append(("page", params["page"]))
        return path + ("?" + urlencode(ordered) if ordered else "")

    def with_choice(self, path: str, question: str, choice: str) -> str:
        """The URL with a facet added, or removed if it was already chosen (first page)."""
        pair = (question, choice)
        chosen = tuple(c for c in self.chosen if c != pair)
        if len(chosen) == len(self.chosen):
            chosen += (pair,)
        return replace(self, chosen=chosen).url(path, page=None)

    def is_chosen(self, question: str, choice: str) -> bool:
        return (question, choice) in self.chosen

    @property
    def query_string(self) -> str:
        """The list's parameters alone (what a submission page carries to come back)."""
        return self.url("").lstrip("?")

    def filter_url(self, path: str, **changes: str | None) -> str:
        """The URL with a filter changed: back to the first page."""
        return self.url(path, page=None, **changes)


def parse_list(
    query: Mapping[str, str],
    activities: tuple[str, ...],
    labels: ChoiceLabels = NO_LABELS,
    *,
    facets: Mapping[str, tuple[str, tuple[str, ...]]] | None = None,
    columns: frozenset[str] = frozenset(),
) -> ListRequest:
    """The list's parameters; a bad one is dropped and named in `errors`, never a failure.
    `facets` maps each choice question to its kind and choices (`a.<question>=<choice>`,
    repeatable); `columns` are the questions that may be shown as columns (`col=`)."""
    values: dict[str, str] = {}
    errors: list[str] = []
    chosen: list[tuple[str, str]] = []
    shown: list[str] = []
    # items(), not keys: a repeated parameter (aiohttp's MultiDict) comes once per value.
    for name, raw in query.items():
        if name.startswith(FACET_PREFIX) and facets is not None:
            question = name.removeprefix(FACET_PREFIX)
            spec = facets.get(question)
            if spec is not None and raw in spec[1] and (question, raw) not in chosen:
                chosen.append((question, raw))
            elif "ws2-error-facet" not in errors:
                errors.append("ws2-error-facet")
        elif name == "col" and raw in columns and raw not in shown and len(shown) < MAX_COLUMNS:
            shown.append(raw)

    def get(name: str) -> str:
        # NUL is in no answer and PostgreSQL refuses it in text: a search for it finds nothing.
        return query.get(name, "").replace("\x00", "").strip()

    status: StatusFilter = "submitted"
    if get("status") in QUESTIONNAIRE_STATUSES:
        status = cast(StatusFilter, get("status"))
        if status != "submitted":
            values["status"] = status
    elif get("status"):
        errors.append("ws-error-status")
    triage = get("triage") if get("triage") in TRIAGE_STATUSES else None
    if triage:
        values["triage"] = triage
    elif get("triage"):
        errors.append("ws-error-triage")
    country = None
    if get("country"):
        try:
            country = parse_country(get("country"))
            values["country"] = country
        except ExportArgumentError:
            errors.append("ws-error-country")
    language = get("lang") if get("lang") in LANGUAGES else None
    if language:
        values["lang"] = language
    elif get("lang"):
        errors.append("ws-error-language")
    activity = get("activity") if get("activity") in activities else None
    if activity:
        values["activity"] = activity
    elif get("activity"):
        errors.append("ws-error-activity")
    since = _date(get("since"), errors, "since", values)
    until = _date(get("until"), errors, "until", values, end=True)
    try:
        check_period(since, until)
    except ExportArgumentError:
        errors.append("ws-error-period")
        since = until = None
        values.pop("since", None)
        values.pop("until", None)
    search = get("q")[:200] or None
    if search is None and query.get("q", "").strip():
        # Only NULs were typed: a search for nothing searchable finds nothing, not everything
        # (the search sends the database words only, never this text).
        search = query.get("q", "").strip().replace("\x00", "\N{REPLACEMENT CHARACTER}")[:200]
    if search:
        values["q"] = search
    sort = get("sort") if get("sort") in SORT_KEYS else "submitted"
    descending = get("dir") != "asc"
    page = page_number(get("page"))
    where = SubmissionFilter(
        status=status,
        since=since,
        until=until,
        language=language,
        country=country,
        triage=triage,
        activity=activity,
        search=search,
        search_choices=expand(search, labels),
        choices=tuple((q, facets[q][0], c) for q, c in chosen) if facets else (),
    )
    return ListRequest(
        where=where,
        sort=cast(SortKey, sort),
        descending=descending,
        page=page,
        values=values,
        errors=tuple(errors),
        chosen=tuple(chosen),
        columns=tuple(shown),
    )


def page_number(text: str) -> int:
    """A page number from a URL; 1 for anything else ("²" and "٣" are digits int() refuses or
    reads, "-1", a number of 400 digits)."""
    text = text.strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 5:
        return 1
    number = int(text)
    return number if 0 < number < 100_000 else 1


def _date(
    text: str, errors: list[str], name: str, values: dict[str, str], *, end: bool = False
) -> datetime | None:
    if not text:
        return None
    try:
        moment = parse_date(text, end=end)
    except (ExportArgumentError, OverflowError):  # OverflowError: the day after 9999-12-31
        errors.append("ws-error-date")
        return None
    values[name] = text
    return moment
