"""Every message id the workspace's templates use exists, in every language."""

from __future__ import annotations

import re
from pathlib import Path

from dialogs.i18n import LANGUAGES, Translator
from storage.models import TRIAGE_STATUSES

TEMPLATES = Path(__file__).resolve().parents[2] / "admin" / "web" / "templates"
# Ids built from a prefix and a value in the templates ("ws-triage-" ~ status, …).
DYNAMIC = {
    "ws-triage-": TRIAGE_STATUSES,
    "ws-qstatus-": ("submitted", "draft", "all", "withdrawn"),
    "ws-event-": ("started", "submitted", "emailed", "mail_failed"),
    "ws-audit-": (
        "sign_in",
        "sign_out",
        "link",
        "status",
        "note",
        "notified",
        "export",
        "erase",
        "reminder",
    ),
    "ws-phase-": (
        "language",
        "consent",
        "question",
        "other",
        "review",
        "restart",
        "submitted",
        "declined",
        "unknown",
    ),
}


def test_every_id_in_the_templates_exists_in_every_language(translator: Translator) -> None:
    used: set[str] = set()
    for path in TEMPLATES.glob("*.html"):
        text = path.read_text("utf-8")
        used |= set(re.findall(r"""t\(\s*["'](ws-[a-z0-9-]*[a-z0-9])["']""", text))
    for prefix, values in DYNAMIC.items():
        used |= {prefix + value for value in values}
    assert len(used) > 100
    missing = {lang: sorted(k for k in used if not translator.has(lang, k)) for lang in LANGUAGES}
    assert missing == {lang: [] for lang in LANGUAGES}
