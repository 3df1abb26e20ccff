"""/status tells respondents what EFUS decided about each submitted questionnaire."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from dialogs.i18n import Translator
from dialogs.ports import SubmissionSummary
from dialogs.render import Renderer

AT = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def _line(renderer: Renderer, item: SubmissionSummary, lang: str) -> str:
    return renderer.t(lang, "status-item", renderer.status_args(item, lang))


@pytest.mark.parametrize(
    ("lang", "selected", "not_selected"),
    [
        ("en", "selected by EFUS", "not selected this time"),
        ("fr", "retenu par le FESU", "non retenu cette fois-ci"),
        ("it", "selezionato dall’EFUS", "non selezionato questa volta"),
        ("lt", "EFUS jį atrinko", "šį kartą neatrinktas"),
    ],
)
def test_the_decision_shows_beside_a_submitted_questionnaire(
    renderer: Renderer, lang: str, selected: str, not_selected: str
) -> None:
    def item(triage: str) -> SubmissionSummary:
        return SubmissionSummary("CEC-7K3Q", "submitted", "Safer city", AT, AT, triage=triage)

    assert selected in _line(renderer, item("selected"), lang)
    assert not_selected in _line(renderer, item("not_selected"), lang)
    # Not yet looked at: plainly submitted, nothing promised.
    fresh = _line(renderer, item("new"), lang)
    assert selected not in fresh and not_selected not in fresh
    assert renderer.t(lang, "status-submitted") in fresh


def test_on_hold_reads_as_still_under_review(renderer: Renderer, translator: Translator) -> None:
    held = SubmissionSummary("CEC-7K3Q", "submitted", "Safer city", AT, AT, triage="on_hold")
    assert translator("en", "status-triage-in_review") in _line(renderer, held, "en")


def test_a_draft_shows_no_decision(renderer: Renderer) -> None:
    draft = SubmissionSummary(None, "draft", None, AT, None)
    assert "EFUS" not in _line(renderer, draft, "en")
