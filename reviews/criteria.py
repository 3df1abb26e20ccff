"""The review form as data: criteria with stable ids, the score scale, the recommendations and
the answers reviewers never see, read from `criteria.yaml` (or REVIEW_CRITERIA_FILE)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import yaml

PACKAGED: Final = Path(__file__).resolve().parent / "criteria.yaml"
LANGUAGES: Final = ("en", "fr", "it", "lt")
_ID: Final = re.compile(r"^[a-z][a-z0-9_]{0,31}$")


class CriteriaError(ValueError):
    """The criteria file is not usable (the message names the entry)."""


@dataclass(frozen=True)
class Labelled:
    """A criterion or a recommendation: its id and its words in each language."""

    id: str
    label: Mapping[str, str]
    guidance: Mapping[str, str]
    short: Mapping[str, str] = field(default_factory=dict)  # a column heading

    def label_in(self, lang: str) -> str:
        return self.label.get(lang) or self.label["en"]

    def short_in(self, lang: str) -> str:
        return self.short.get(lang) or self.label_in(lang)

    def guidance_in(self, lang: str) -> str:
        return self.guidance.get(lang) or self.guidance.get("en", "")


@dataclass(frozen=True)
class ReviewForm:
    """Everything a review is made of, in order."""

    criteria: tuple[Labelled, ...]
    recommendations: tuple[Labelled, ...]
    low: int = 1
    high: int = 5
    disagree_gap: int = 2
    contact_details: frozenset[str] = frozenset()

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.criteria)

    @property
    def scale(self) -> range:
        return range(self.low, self.high + 1)

    def recommendation(self, rec_id: str | None) -> Labelled | None:
        return next((r for r in self.recommendations if r.id == rec_id), None)


def _texts(entry: Mapping[str, Any], key: str, where: str, required: bool) -> dict[str, str]:
    raw = entry.get(key) or {}
    if not isinstance(raw, Mapping):
        raise CriteriaError(f"{where}: {key} must map languages to texts")
    texts = {str(k): str(v).strip() for k, v in raw.items() if v is not None}
    missing = [lang for lang in LANGUAGES if not texts.get(lang)]
    if required and missing:
        raise CriteriaError(f"{where}: {key} missing in {', '.join(missing)}")
    return texts


def _entries(data: Mapping[str, Any], key: str, guidance: bool) -> tuple[Labelled, ...]:
    raw = data.get(key)
    if not isinstance(raw, list) or not raw:
        raise CriteriaError(f"{key}: a non-empty list is needed")
    found: list[Labelled] = []
    for number, entry in enumerate(raw, 1):
        if not isinstance(entry, Mapping):
            raise CriteriaError(f"{key} #{number}: not a mapping")
        entry_id = str(entry.get("id", ""))
        where = f"{key} #{number} ({entry_id or 'no id'})"
        if not _ID.match(entry_id):
            raise CriteriaError(f"{where}: ids are short lower-case words (a-z, 0-9, _)")
        if any(f.id == entry_id for f in found):
            raise CriteriaError(f"{where}: the id is used twice")
        found.append(
            Labelled(
                entry_id,
                _texts(entry, "label", where, True),
                _texts(entry, "guidance", where, guidance),
                _texts(entry, "short", where, False),
            )
        )
    return tuple(found)


def parse_form(data: Any) -> ReviewForm:
    """A review form from the YAML's data; CriteriaError says what is wrong."""
    if not isinstance(data, Mapping):
        raise CriteriaError("the file must be a mapping (criteria, recommendations, ...)")
    scale = data.get("scale") or {}
    low, high = int(scale.get("min", 1)), int(scale.get("max", 5))
    if not 0 <= low < high <= 10:
        raise CriteriaError("scale: min < max, both between 0 and 10")
    contact = data.get("contact_details") or []
    return ReviewForm(
        criteria=_entries(data, "criteria", guidance=True),
        recommendations=_entries(data, "recommendations", guidance=False),
        low=low,
        high=high,
        disagree_gap=int(data.get("disagree_gap", 2)),
        contact_details=frozenset(str(q) for q in contact),
    )


def load_form(path: Path | None = None) -> ReviewForm:
    """The review form from a file (the packaged one by default)."""
    source = path or PACKAGED
    try:
        data = yaml.safe_load(source.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise CriteriaError(f"{source}: {error}") from error
    try:
        return parse_form(data)
    except (CriteriaError, TypeError, ValueError) as error:
        raise CriteriaError(f"{source}: {error}") from error
