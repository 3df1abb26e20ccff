"""A scripted respondent: a plausible answer for every question, shared by the test suites."""

from __future__ import annotations

from typing import Any

from dialogs import events as ev
from dialogs.model import Kind, Question

# Typed answers for text questions; everything else is answered with buttons.
TYPED: dict[str, str] = {
    "org_name": "Comune di Bologna — Polizia Locale",
    "city": "Bologna",
    "contact_name": "Ona Žemaitė",
    "contact_role": "Project officer <b>&</b>",
    "contact_email": "ona.zemaite@example.eu",
    "contact_phone": "+39 051 219 3111",
    "initiative_name": "Angeli delle fermate",
    "description": (
        "Volunteers wait with passengers at bus stops at night.\nSecond line: ąčęėįšųūž 🚌"
    ),
    "start_year": "2009",
    "volunteer_count": "45",
    "recruitment": "Open call, interview, two days of training.",
    "supervision": "A coordinator from the local police.",
    "funding": "Municipal budget.",
    "scope": "Residents are present; they never intervene.",
    "evaluation_by": "University of Bologna",
    "evaluation_method": "Surveys of passengers before and after.",
    "evaluation_results": "Passengers feel safer.",
    "evaluation_link": "https://www.example.eu/report",
    "transfer_conditions": "A committed municipality and a volunteer coordinator.",
}
CHOICES: dict[str, str] = {
    "org_type": "city",
    "may_contact": "yes",
    "status": "ongoing",
    "run_by": "partnership",
    "evaluated": "yes",
    "transferable": "partly",
    "publish": "anonymous",
    "country": "IT",
    # The repeat of tests/xlsform/forms/kobo_night_safety.xlsx: two partners, then no more.
    "Partner_organisations_add_2": "yes",
    "Partner_organisations_add_3": "no",
}
# Typed answers by kind, for questions of forms made elsewhere that TYPED does not name.
BY_KIND: dict[Kind, str] = {
    Kind.INTEGER: "42",
    Kind.YEAR: "2009",
    Kind.DECIMAL: "12,5",
    Kind.DATE: "12/03/2024",
    Kind.GEOPOINT: "45.764, 4.8357",
    Kind.PHONE: "+39 051 219 3111",
    Kind.EMAIL: "ona.zemaite@example.eu",
    Kind.URL: "https://www.example.eu",
}
MULTI: dict[str, list[str]] = {
    "settings": ["night", "transport"],
    "activities": ["reassurance", "mediation"],
}


def events_for(ask: ev.Ask, overrides: dict[str, Any] | None = None) -> list[ev.Event]:
    """The events a respondent would send to answer this question."""
    qid = ask.question
    wanted = (overrides or {}).get(qid)
    if wanted == "skip":
        return [ev.Skip()]
    kind = ask.kind
    if kind in (Kind.SINGLE, Kind.YESNO, Kind.COUNTRY, Kind.ACKNOWLEDGE):
        choice = wanted or CHOICES.get(qid) or ask.options[0]
        return [ev.Button("choose", qid, ask.draft, choice)]
    if kind is Kind.MULTI:
        picks = wanted or MULTI.get(qid) or [ask.options[0]]
        toggles: list[ev.Event] = [ev.Button("toggle", qid, ask.draft, c) for c in picks]
        return [*toggles, ev.Button("done", qid, ask.draft)]
    if kind is Kind.FILE:
        if ask.required:
            return [
                ev.Upload(ev.FileRef("file-1", "uniq-1", "report.pdf", "application/pdf", 1024))
            ]
        return [ev.Skip()]
    if kind is Kind.RANGE:
        return [ev.Text(wanted or (ask.options[-1] if ask.options else "50"))]
    return [ev.Text(wanted or TYPED.get(qid) or BY_KIND.get(kind) or f"Answer to {qid}")]


def is_choice(question: Question) -> bool:
    return question.kind in (Kind.SINGLE, Kind.MULTI, Kind.YESNO)
