"""The statistics as a short plain-text message in the staff's language (escape it to send)."""

from __future__ import annotations

from dialogs.countries import country_name
from dialogs.i18n import LANGUAGES, Translator
from storage.models import WITHDRAWN
from storage.stats import SubmissionStats

TOP_COUNTRIES = 10


def stats_text(stats: SubmissionStats, t: Translator, lang: str) -> str:
    """Status, recent activity, drafts in progress, then submissions by language and country."""
    lines = [
        t(lang, "stats-title", {"time": stats.at.strftime("%Y-%m-%d %H:%M")}),
        t(
            lang,
            "stats-by-status",
            {
                "submitted": stats.submitted,
                "drafts": stats.drafts,
                "withdrawn": stats.by_status.get(WITHDRAWN, 0),
            },
        ),
    ]
    for period in stats.activity:
        args = {
            "days": period.days,
            "submitted": period.submitted,
            "started": period.started,
            "active": period.active_respondents,
        }
        lines.append(t(lang, "stats-period", args))
    if stats.activity:
        recent = stats.activity[0]
        args = {"drafts": stats.drafts, "recent": recent.active_drafts, "days": recent.days}
        lines.append(t(lang, "stats-drafts", args))
    lines.append(t(lang, "stats-by-language", {"list": _languages(stats, t, lang)}))
    lines.append(t(lang, "stats-by-country", {"list": _countries(stats, t, lang)}))
    return "\n".join(lines)


def _item(t: Translator, lang: str, name: str, count: int) -> str:
    return t(lang, "stats-list-item", {"name": name, "count": count})


def _languages(stats: SubmissionStats, t: Translator, lang: str) -> str:
    items = []
    for code, count in sorted(stats.by_language.items(), key=lambda kv: (-kv[1], kv[0] or "~")):
        if code is not None and code in LANGUAGES:
            name = t(code, "language-name")  # each language by its own name
        else:
            name = t(lang, "stats-unknown")
        items.append(_item(t, lang, name, count))
    return " · ".join(items) or t(lang, "stats-none")


def _countries(stats: SubmissionStats, t: Translator, lang: str) -> str:
    known = [(code, n) for code, n in stats.by_country.items() if code is not None]
    ranked = sorted(known, key=lambda kv: (-kv[1], kv[0]))
    items = [_item(t, lang, country_name(code, lang), n) for code, n in ranked[:TOP_COUNTRIES]]
    rest = ranked[TOP_COUNTRIES:]
    if rest:
        args = {"count": len(rest), "total": sum(n for _, n in rest)}
        items.append(t(lang, "stats-more-countries", args))
    unknown = stats.by_country.get(None)
    if unknown:
        items.append(_item(t, lang, t(lang, "stats-unknown"), unknown))
    return " · ".join(items) or t(lang, "stats-none")
