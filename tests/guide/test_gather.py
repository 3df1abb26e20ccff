"""Gathering the guide: consent, the city-name warning, the order kept, review scores."""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import date
from typing import Any

from docx import Document
from pypdf import PdfReader

from dialogs.i18n import Translator
from dialogs.model import Questionnaire
from dialogs.render import Renderer
from guide.docx_writer import write_docx
from guide.gather import GuideInput, build_guide, find_words
from guide.model import Order
from guide.pdf_writer import pdf_bytes
from guide.scores import CriterionMean, NoReviewScores
from storage.submissions import SubmissionRecord
from tests.guide.data import guide_rows


def records() -> list[SubmissionRecord]:
    return [
        SubmissionRecord(
            id=row.id,
            reference=row.reference,
            status="submitted",
            language=row.lang,
            source=None,
            respondent_id=row.user_id,
            created_at=row.created_at,
            updated_at=row.created_at,
            submitted_at=row.created_at,
            answers=row.answers,
            triage_status=status,
        )
        for row, status in guide_rows()
        if status == "selected"
    ]


def request(
    order: Order = "country", manual: tuple[str, ...] = (), scores: Any = None
) -> GuideInput:
    return GuideInput("it", order, manual, None, date(2026, 12, 6), scores=scores)


def test_words_are_found_without_case_or_accents() -> None:
    text = "A SIAULIAI e a šiauliuose; Bologna, bolognese. Comune di bologna."
    assert find_words(text, "Šiauliai") == ["SIAULIAI", "šiauliuose"]
    assert find_words(text, "Comune di Bologna") == ["Comune di bologna"]
    assert find_words("Bolzano", "Bologna") == []


def test_the_warning_fires_on_a_planted_answer(
    questionnaire: Questionnaire, renderer: Renderer, translator: Translator
) -> None:
    found = records()
    anonymous = next(r for r in found if r.reference == "CEC-LT1")
    anonymous.answers["scope"] = "Visas SIAULIU MIESTO SAVIVALDYBE rajonas"
    guide = build_guide(found, questionnaire, renderer, translator, request())
    planted = {(w.reference, w.question_id): w.words for w in guide.warnings if not w.masked}
    assert planted == {
        ("CEC-LT1", "lessons"): ("Šiauliuose",),
        # the city in another case ("Šiaulių"), and the organisation
        ("CEC-LT1", "scope"): ("SIAULIU", "SIAULIU MIESTO SAVIVALDYBE"),
    }
    # Named experiences: their own city in their text is no warning.
    assert not any(w.reference == "CEC-IT1" and not w.masked for w in guide.warnings)


def test_consent_decides(
    questionnaire: Questionnaire, renderer: Renderer, translator: Translator
) -> None:
    guide = build_guide(records(), questionnaire, renderer, translator, request())
    assert [c.reference for c in guide.chapters] == ["CEC-FR1", "CEC-IT1", "CEC-LT1"]
    assert [(o.reference, o.reason) for o in guide.left_out] == [
        ("CEC-NO1", "refused"),
        ("CEC-UN1", "unanswered"),
    ]
    lt = guide.chapters[2]
    assert lt.anonymous and lt.language == "lt"
    assert [f.label for f in lt.facts][:2] == ["Paese", "Contesti"]  # no organisation, no city


def test_orders_by_activity_and_by_hand(
    questionnaire: Questionnaire, renderer: Renderer, translator: Translator
) -> None:
    by_activity = build_guide(records(), questionnaire, renderer, translator, request("activity"))
    # patrolling (FR, IT by country) before reassurance (LT)
    assert [c.reference for c in by_activity.chapters] == ["CEC-FR1", "CEC-IT1", "CEC-LT1"]
    manual = request("manual", ("CEC-LT1", "CEC-IT1"))
    by_hand = build_guide(records(), questionnaire, renderer, translator, manual)
    assert [c.reference for c in by_hand.chapters] == ["CEC-LT1", "CEC-IT1", "CEC-FR1"]
    headings = {e.heading: e.chapters for e in by_hand.by_activity}
    assert headings["Pattugliamento"] == (2, 3)


async def test_review_scores_become_a_table(
    questionnaire: Questionnaire, renderer: Renderer, translator: Translator
) -> None:
    assert await NoReviewScores().mean_scores(["CEC-FR1"], "it") == {}
    scores = {"CEC-FR1": [CriterionMean("Trasferibilità del modello", 4.26, 5)]}
    guide = build_guide(records(), questionnaire, renderer, translator, request(scores=scores))
    assert [(s.criterion, s.mean) for s in guide.chapters[0].scores] == [
        ("Trasferibilità del modello", "4,3 su 5")  # out of how much, for a reader
    ]
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf_bytes(guide))).pages)
    assert "Punteggio medio" in " ".join(text.split()) and "4,3" in text


def test_a_long_guide_is_laid_out_in_parts_with_the_right_page_numbers(
    questionnaire: Questionnaire, renderer: Renderer, translator: Translator
) -> None:
    guide = build_guide(records(), questionnaire, renderer, translator, request())
    reader = PdfReader(io.BytesIO(pdf_bytes(guide, batch=1)))  # one worker process a chapter
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    for number, text in enumerate(texts[1:], start=2):
        assert text.endswith(f"CECOPS · Guida alle buone pratiche {number}")  # the footer
    contents = texts[1]
    for chapter in guide.chapters:
        heading = f"{chapter.number}. {chapter.title}"
        first = next(n for n, t in enumerate(texts, start=1) if n > 2 and t.startswith(heading))
        assert re.search(re.escape(heading) + r"[ .]*" + str(first) + r"\b", contents)
    index = next(n for n, t in enumerate(texts, start=1) if t.startswith("Indice per paese"))
    assert re.search(r"Indice per paese[ .]*" + str(index) + r"\b", contents)


def test_a_word_too_long_for_a_line_breaks_instead_of_running_off_the_page(
    questionnaire: Questionnaire, renderer: Renderer, translator: Translator
) -> None:
    address = "https://example.org/" + "abcdefghij" * 25  # no hyphenation pattern fits it
    first = records()[0]
    answers = {**first.answers, "lessons": address}
    one = dataclasses.replace(first, answers=answers)
    guide = build_guide([one], questionnaire, renderer, translator, request())
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf_bytes(guide))).pages)
    lines = [line.replace("\u200b", "") for line in text.splitlines()]
    assert "".join(lines).count(address) == 1  # all of it, in one piece once the lines are joined
    pieces = [line for line in lines if "abcdefghij" in line]
    assert len(pieces) > 1 and max(len(line) for line in pieces) < 120  # within the page's width


def test_control_characters_in_an_answer_do_not_break_the_docx(
    questionnaire: Questionnaire, renderer: Renderer, translator: Translator
) -> None:
    first = records()[0]
    pasted = {
        "initiative_name": "Voisins\x0bvigilants",
        "lessons": "Ligne un\x0bLigne deux\x07\x1b.",
    }
    one = dataclasses.replace(first, answers={**first.answers, **pasted})
    guide = build_guide([one], questionnaire, renderer, translator, request())
    out = io.BytesIO()
    write_docx(guide, out)
    text = "\n".join(p.text for p in Document(io.BytesIO(out.getvalue())).paragraphs)
    assert "Ligne un\nLigne deux." in text  # a word processor's line break kept as one


def test_an_emoji_in_an_answer_is_drawn_with_an_emoji_font(
    questionnaire: Questionnaire, renderer: Renderer, translator: Translator
) -> None:
    first = records()[0]
    one = dataclasses.replace(
        first, answers={**first.answers, "lessons": "Patrouilles 🚓 de nuit"}
    )
    guide = build_guide([one], questionnaire, renderer, translator, request())
    fonts: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf_bytes(guide))).pages:
        resources: Any = page["/Resources"]
        for font in resources["/Font"].values():
            fonts.add(str(font.get_object()["/Subtype"]))
    assert "/Type3" in fonts  # the emoji's colour picture (Noto Color Emoji), not an empty box
