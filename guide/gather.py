"""Submissions → a `Guide`: consent decides who is in, what is hidden, and what to warn about.

Pure: no database, no files. Only experiences whose respondent answered `publish` = *yes* or
*yes without naming the city* (`anonymous`) are in; the others are listed as left out, with
why. An anonymous experience shows no city and no organisation; no experience ever shows the
contact person, e-mail or phone. Free text that still names the city or organisation of an
anonymous experience, or the contact person (compared without case and accents), is listed as
a warning for an editor; e-mail addresses and phone numbers typed in free text are masked and
listed too.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from babel.dates import format_date
from babel.numbers import format_decimal

from dialogs.countries import country_name
from dialogs.i18n import Translator
from dialogs.model import Kind, Question, Questionnaire, is_not_applicable
from dialogs.render import Renderer
from guide.model import (
    Chapter,
    Fact,
    Guide,
    IndexEntry,
    Item,
    LeftOut,
    LeftOutReason,
    NameWarning,
    Order,
    Part,
    ScoreRow,
)
from guide.scores import CriterionMean
from storage.submissions import SubmissionRecord

PUBLISHED: Final = frozenset({"yes", "anonymous"})
# The context of every chapter, in this order; city and organisation only when named.
CONTEXT: Final = (
    "org_name",
    "country",
    "city",
    "settings",
    "activities",
    "start_year",
    "status",
    "run_by",
    "volunteer_count",
)
NAMING: Final = frozenset({"org_name", "city"})  # hidden when the city may not be named
# The call's questions, under fixed headings (guide.ftl: guide-part-<id>).
PARTS: Final = (
    ("description", ("description",)),
    ("scope", ("scope",)),
    ("definition", ("definition",)),
    ("situational", ("situational_prevention",)),
    (
        "evaluation",
        (
            "evaluated",
            "evaluation_by",
            "evaluation_method",
            "evaluation_results",
            "evaluation_link",
        ),
    ),
    ("transfer", ("transferable", "transfer_conditions")),
    ("sustainability", ("sustainability",)),
    ("ethics", ("safeguards", "safeguards_details")),
    ("difficulties", ("difficulties",)),
    ("lessons", ("lessons",)),
)
VERBATIM: Final = frozenset({Kind.TEXT, Kind.LONGTEXT, Kind.URL})
EMAIL: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A phone number: + or 0, then at least eight more digits with spaces, dots, dashes, brackets.
PHONE: Final = re.compile(r"(?<![\w+])(?:\+|00?)[\d][\d .\-/()]{6,}\d(?!\d)")
_PHONE_DIGITS: Final = 9
_STEM_FROM: Final = 6  # letters: a name this long is also found in its inflected forms


@dataclass(frozen=True)
class GuideInput:
    """What the guide is made of, besides the submissions."""

    lang: str
    order: Order
    manual: tuple[str, ...]  # references in the hand order (order "manual")
    introduction: str | None  # None: the default text of guide.ftl
    today: date
    references: tuple[str, ...] = ()  # asked for by reference: those not found are listed
    scores: Mapping[str, Sequence[CriterionMean]] | None = None


def consent_of(record: SubmissionRecord) -> str | None:
    """The answer to `publish`: yes, anonymous, no, or None if unanswered."""
    value = record.answers.get("publish")
    if isinstance(value, dict) and isinstance(value.get("choice"), str):
        return str(value["choice"])
    return None


def fold(text: str) -> str:
    """Lower case without accents: "Šiauliai" and "siauliai" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _ascii_fold(text: str) -> str:
    """`fold` without the letters that have no ASCII base: quick, and a match in `fold` is
    always a match here too (the same letters go from both sides)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.encode("ascii", "ignore").decode("ascii").casefold()


def find_words(text: str, term: str) -> list[str]:
    """Where `term` appears in `text` as whole words, ignoring case and accents: the words
    as written in `text`."""
    wanted = fold(term).strip()
    if len(wanted) < 2:
        return []
    stem = wanted[:-2] if len(wanted) >= _STEM_FROM and " " not in wanted else wanted
    if _ascii_fold(stem) not in _ascii_fold(text):
        return []  # the common case, decided without the character-by-character map below
    folded: list[str] = []
    origin: list[int] = []  # index in `text` of each folded character
    for index, char in enumerate(text):
        for piece in fold(char):
            folded.append(piece)
            origin.append(index)
    haystack = "".join(folded)
    if stem != wanted:
        # One long word: its inflected forms too ("Šiauliai" → "Šiauliuose", "Bologna" →
        # "bolognese"), by its stem.
        pattern = re.compile(r"(?<!\w)" + re.escape(stem) + r"\w*")
    else:
        pattern = re.compile(r"(?<!\w)" + re.escape(wanted) + r"(?!\w)")
    found = []
    for match in pattern.finditer(haystack):
        start, end = origin[match.start()], origin[match.end() - 1] + 1
        found.append(text[start:end])
    return found


# Characters no document may hold (XML, and so DOCX, refuses them): typed or pasted text may
# still carry them (an import, a paste from a word processor, whose line break is \x0b).
_CONTROL: Final = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")
_LINE_BREAK: Final = re.compile(r"[\x0b\x0c\u2028\u2029]")


def printable(text: str) -> str:
    """`text` without control characters; vertical tabs and form feeds become line breaks."""
    return _CONTROL.sub("", _LINE_BREAK.sub("\n", text))


def _printable_record(record: SubmissionRecord) -> SubmissionRecord:
    answers = {
        key: printable(value) if isinstance(value, str) else value
        for key, value in record.answers.items()
    }
    return dataclasses.replace(record, answers=answers)


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


class GuideBuilder:
    """Builds a guide in one language from submissions (one builder per guide)."""

    def __init__(
        self,
        questionnaire: Questionnaire,
        renderer: Renderer,
        translate: Translator,
        request: GuideInput,
    ) -> None:
        self.q = questionnaire
        self.renderer = renderer
        self.translate = translate
        self.request = request
        self.lang = request.lang

    def t(self, key: str, args: Mapping[str, str | int] | None = None) -> str:
        return self.translate(self.lang, key, args)

    def build(self, records: Iterable[SubmissionRecord]) -> Guide:
        """The guide of these submissions (any order: the guide orders them)."""
        included: list[SubmissionRecord] = []
        left_out: list[LeftOut] = []
        found: set[str] = set()
        for record in map(_printable_record, records):
            reference = record.reference or str(record.id)
            found.add(reference)
            consent = consent_of(record)
            if consent in PUBLISHED:
                included.append(record)
            else:
                reason: LeftOutReason = "refused" if consent is not None else "unanswered"
                left_out.append(LeftOut(reference, self._title(record), reason))
        for reference in self.request.references:
            if reference not in found:
                left_out.append(LeftOut(reference, "", "not-found"))
        ordered = self._ordered(included)
        warnings: list[NameWarning] = []
        chapters = tuple(
            self._chapter(number, record, warnings)
            for number, record in enumerate(ordered, start=1)
        )
        return Guide(
            lang=self.lang,
            words=self._words(),
            introduction=self._paragraphs(
                printable(self.request.introduction or self.t("guide-intro"))
            ),
            chapters=chapters,
            by_country=self._index(ordered, self._countries),
            by_activity=self._index(ordered, self._activities),
            left_out=tuple(left_out),
            warnings=tuple(warnings),
        )

    # ---- order and indexes ----

    def _ordered(self, records: list[SubmissionRecord]) -> list[SubmissionRecord]:
        def by_country(record: SubmissionRecord) -> tuple[str, str]:
            return (fold(self._country(record) or "~"), fold(self._title(record)))

        records = sorted(records, key=by_country)
        if self.request.order == "activity":
            choices = self._choices("activities")

            def first_activity(record: SubmissionRecord) -> int:
                chosen = self._chosen(record, "activities")
                return min((choices.index(c) for c in chosen if c in choices), default=99)

            records.sort(key=first_activity)  # stable: by country within an activity
        elif self.request.order == "manual":
            place = {ref: i for i, ref in enumerate(self.request.manual)}
            end = len(place)
            records.sort(key=lambda r: place.get(r.reference or "", end))
        return records

    def _index(
        self,
        records: list[SubmissionRecord],
        headings: Callable[[SubmissionRecord], list[str]],
    ) -> tuple[IndexEntry, ...]:
        found: dict[str, list[int]] = {}
        for number, record in enumerate(records, start=1):
            for heading in headings(record):
                found.setdefault(heading, []).append(number)
        return tuple(
            IndexEntry(heading, tuple(numbers))
            for heading, numbers in sorted(found.items(), key=lambda kv: fold(kv[0]))
        )

    def _countries(self, record: SubmissionRecord) -> list[str]:
        name = self._country(record)
        return [name or self.t("guide-no-country")]

    def _activities(self, record: SubmissionRecord) -> list[str]:
        return [
            self.renderer.option("activities", choice, self.lang)
            for choice in self._chosen(record, "activities")
        ]

    def _country(self, record: SubmissionRecord) -> str | None:
        code = record.answers.get("country")
        return country_name(code, self.lang) if isinstance(code, str) and code else None

    def _choices(self, question_id: str) -> tuple[str, ...]:
        if not self.q.has_question(question_id):
            return ()
        return self.q.question(question_id).choices

    @staticmethod
    def _chosen(record: SubmissionRecord, question_id: str) -> list[str]:
        value = record.answers.get(question_id)
        if isinstance(value, dict) and isinstance(value.get("choices"), list):
            return [str(c) for c in value["choices"]]
        return []

    # ---- one chapter ----

    def _title(self, record: SubmissionRecord) -> str:
        name = _text(record.answers.get("initiative_name"))
        return name or self.t("guide-untitled", {"reference": record.reference or ""})

    def _chapter(
        self, number: int, record: SubmissionRecord, warnings: list[NameWarning]
    ) -> Chapter:
        reference = record.reference or str(record.id)
        anonymous = consent_of(record) == "anonymous"
        check = Checker(self, record, reference, anonymous, warnings)
        shown = self.q.shown_ids(record.answers)
        facts = []
        for qid in CONTEXT:
            if (anonymous and qid in NAMING) or not self.q.has_question(qid):
                continue
            value = record.answers.get(qid)
            text = self._fact(self.q.question(qid), value)
            if qid in NAMING and value is None:
                continue  # the organisation or city not given: nothing to say
            facts.append(Fact(self.renderer.label(qid, self.lang), text))
        parts = []
        for part_id, question_ids in PARTS:
            items = [
                self._item(self.q.question(qid), record.answers.get(qid), check)
                for qid in question_ids
                if self.q.has_question(qid) and qid in shown
            ]
            if items:
                labelled = len(items) > 1 or not (items[0].verbatim or items[0].missing)
                parts.append(Part(self.t(f"guide-part-{part_id}"), tuple(items), labelled))
        language = record.language or "en"
        title = check.scan("initiative_name", self._title(record))
        return Chapter(
            number=number,
            reference=reference,
            title=title,
            anonymous=anonymous,
            language=language,
            language_line=self.t(
                "guide-answers-language", {"language": self.t(f"guide-language-{language}")}
            ),
            facts=tuple(facts),
            parts=tuple(parts),
            scores=self._scores(reference),
        )

    def _fact(self, question: Question, value: Any) -> str:
        if value is None:
            return self.t("guide-unanswered")
        if question.kind in VERBATIM and isinstance(value, str):
            return value
        return self.renderer.answer(question, value, self.lang)

    def _item(self, question: Question, value: Any, check: Checker) -> Item:
        label = self.renderer.label(question.id, self.lang)
        if value is None or (isinstance(value, str) and not value.strip()):
            return Item(label, (self.t("guide-unanswered"),), missing=True)
        if is_not_applicable(value):
            return Item(label, (self.t("guide-not-applicable"),), missing=True)
        if question.kind in VERBATIM and isinstance(value, str):
            text = check.scan(question.id, value)
            return Item(label, self._paragraphs(text), verbatim=True)
        text = self.renderer.answer(question, value, self.lang)
        return Item(label, (check.scan(question.id, text),))

    def _scores(self, reference: str) -> tuple[ScoreRow, ...]:
        means = (self.request.scores or {}).get(reference, ())
        rows = []
        for m in means:
            mean = format_decimal(m.mean, "0.0", locale=self.lang)
            if m.out_of is not None:
                mean = self.t("guide-mean-out-of", {"mean": mean, "top": m.out_of})
            rows.append(ScoreRow(m.criterion, mean))
        return tuple(rows)

    @staticmethod
    def _paragraphs(text: str) -> tuple[str, ...]:
        return tuple(line.strip() for line in text.splitlines() if line.strip())

    def _words(self) -> dict[str, str]:
        keys = (
            "title",
            "subtitle",
            "project",
            "organisation",
            "contents",
            "introduction",
            "index-country",
            "index-activity",
            "scores",
            "criterion",
            "mean",
            "chapter",
            "page",
            "reference",
            "anonymous",
        )
        words = {key: self.t(f"guide-{key}") for key in keys}
        words["date"] = format_date(self.request.today, format="long", locale=self.lang)
        return words


class Checker:
    """Scans one experience's published text for names that must not be there."""

    def __init__(
        self,
        builder: GuideBuilder,
        record: SubmissionRecord,
        reference: str,
        anonymous: bool,
        warnings: list[NameWarning],
    ) -> None:
        self.builder = builder
        self.reference = reference
        self.warnings = warnings
        named = ("contact_name",) + (("city", "org_name") if anonymous else ())
        self.terms = [t for t in (_text(record.answers.get(q)) for q in named) if t]

    def scan(self, question_id: str, text: str) -> str:
        """`text` with e-mail addresses and phone numbers masked; what it still names is
        recorded as a warning."""
        named = [word for term in self.terms for word in find_words(text, term)]
        contacts: list[str] = []
        masked = self.builder.t("guide-masked")
        for pattern in (EMAIL, PHONE):
            for match in pattern.finditer(text):
                digits = sum(c.isdigit() for c in match.group())
                if pattern is PHONE and digits < _PHONE_DIGITS:
                    continue
                contacts.append(match.group())
                text = text.replace(match.group(), masked)
        self._warn(question_id, named, masked=False)
        self._warn(question_id, contacts, masked=True)
        return text

    def _warn(self, question_id: str, words: list[str], *, masked: bool) -> None:
        if not words:
            return
        label = (
            self.builder.renderer.label(question_id, self.builder.lang)
            if self.builder.q.has_question(question_id)
            else question_id
        )
        unique = tuple(dict.fromkeys(words))
        self.warnings.append(NameWarning(self.reference, question_id, label, unique, masked))


def build_guide(
    records: Iterable[SubmissionRecord],
    questionnaire: Questionnaire,
    renderer: Renderer,
    translate: Translator,
    request: GuideInput,
) -> Guide:
    """The guide of `records` in `request.lang`, filtered by consent."""
    return GuideBuilder(questionnaire, renderer, translate, request).build(records)
