"""What the list offers, read from the questionnaire in use: facets on every choice question,
the questions that can be shown as columns, and every answer as words on a page."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from markupsafe import Markup

from admin.web.deps import Workspace
from admin.web.params import ListRequest
from admin.web.text import linkify, mailto, tel, url_link
from dialogs.countries import country_name
from dialogs.model import Kind, Question, is_not_applicable
from storage.workspace import ChoiceQuestion

FACET_KINDS: Final = {Kind.SINGLE: "single", Kind.MULTI: "multi", Kind.YESNO: "yesno"}


def choice_questions(ws: Workspace) -> tuple[ChoiceQuestion, ...]:
    """Every choice question of the questionnaire, in its order: the list's facets."""
    return tuple(
        ChoiceQuestion(q.id, FACET_KINDS[q.kind], q.choice_ids)
        for q in ws.questionnaire.questions()
        if q.kind in FACET_KINDS
    )


def facet_specs(ws: Workspace) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Question id → (kind, choice ids), as the list's URL parser wants them."""
    return {q.id: (q.kind, q.choices) for q in choice_questions(ws)}


def column_ids(ws: Workspace) -> frozenset[str]:
    """The questions that can be shown as columns of the list: all but notes (nothing to show)."""
    return frozenset(q.id for q in ws.questionnaire.questions() if q.kind is not Kind.NOTE)


def answer_words(ws: Workspace, question: Question, value: Any, lang: str) -> str:
    """An answer as the plain words a person reads (not applicable, other, files included)."""
    if value is None:
        return ws.translate(lang, "ws-skipped")
    try:
        if question.kind is Kind.FILE and isinstance(value, Mapping):
            name = value.get("name")
            return str(name) if name else ws.translate(lang, "ws-file")
        return ws.renderer.answer(question, value, lang)
    except (KeyError, TypeError, AttributeError, ValueError):
        return str(value)  # stored by another questionnaire version


def answer_html(ws: Workspace, question: Question, value: Any, lang: str) -> Markup | None:
    """One answer for the page: escaped, in words; links, e-mails, phones clickable. None
    when skipped. A "not applicable" or structured answer never shows as raw data."""
    if value is None:
        return None
    if is_not_applicable(value) or not isinstance(value, str):
        return linkify(answer_words(ws, question, value, lang))
    if question.kind is Kind.EMAIL:
        return mailto(value)
    if question.kind is Kind.PHONE:
        return tel(value)
    if question.kind is Kind.URL:
        return url_link(value)
    if question.kind in (Kind.TEXT, Kind.LONGTEXT):
        return linkify(value)
    return linkify(answer_words(ws, question, value, lang))


def cell_words(ws: Workspace, question_id: str, value: Any, lang: str) -> str:
    """A chosen column's cell in the list: the answer in words, or a dash if none."""
    if value is None or not ws.questionnaire.has_question(question_id):
        return "—"
    return answer_words(ws, ws.questionnaire.question(question_id), value, lang)


def filter_labels(ws: Workspace, wanted: ListRequest, lang: str) -> list[str]:
    """A list's filter as labels a person reads ("Country: Italy", "Setting: At night")."""
    t = ws.translate
    where = wanted.where
    out: list[str] = []

    def add(key: str, value: str) -> None:
        out.append(t(lang, "ws2-filter-label", {"filter": t(lang, key), "value": value}))

    if where.search:
        add("ws-filter-search", f"“{where.search}”")
    if where.status != "submitted":
        add("ws-filter-status", t(lang, f"ws-qstatus-{where.status}"))
    if where.triage:
        add("ws-filter-triage", t(lang, f"ws-triage-{where.triage}"))
    if where.country:
        add("ws-filter-country", country_name(where.country, lang))
    if where.language:
        add("ws-filter-language", t(where.language, "language-name"))
    if where.activity and ws.questionnaire.has_question("activities"):
        add("ws-filter-activity", ws.renderer.option("activities", where.activity, lang))
    if "since" in wanted.values:
        add("ws-filter-since", wanted.values["since"])
    if "until" in wanted.values:
        add("ws-filter-until", wanted.values["until"])
    for question_id, choice in wanted.chosen:
        out.append(
            t(
                lang,
                "ws2-filter-label",
                {
                    "filter": ws.renderer.label(question_id, lang),
                    "value": ws.renderer.option(question_id, choice, lang),
                },
            )
        )
    return out
