"""Several questionnaire versions seen as one, for exports that span them. Pure: no I/O."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from dialogs.model import Question, Questionnaire, Section

T = TypeVar("T")


def in_order(versions: Sequence[tuple[str, T]]) -> list[tuple[str, T]]:
    """Versions (given in the order they were imported) in order, oldest first.

    The order of import is the order of versions, except that versions written as whole
    numbers keep their numeric order among themselves ("2" imported after "10" still comes
    before it), in the places whole numbers hold.
    """
    numbered = sorted(
        (item for item in versions if item[0].isdigit()), key=lambda item: int(item[0])
    )
    ordered = iter(numbered)
    return [next(ordered) if item[0].isdigit() else item for item in versions]


def union(newest: Questionnaire, older: Sequence[Questionnaire]) -> Questionnaire:
    """The newest questionnaire plus every question only older versions had (oldest first).

    The newest order is kept; a removed question goes right after the question that preceded
    it in the latest version that had it (or first in its section), and a removed section after
    the section that preceded it. Newer definitions win for questions in several versions.
    """
    sections: list[tuple[str, list[Question]]] = [
        (s.id, list(s.questions)) for s in newest.sections
    ]
    known = {q.id for q in newest.questions()}
    for version in reversed(older):  # oldest first as given: the latest older one wins
        previous_section: str | None = None
        for section in version.sections:
            ids = [s for s, _ in sections]
            if section.id not in ids:
                at = ids.index(previous_section) + 1 if previous_section in ids else 0
                sections.insert(at, (section.id, []))
            questions = next(qs for s, qs in sections if s == section.id)
            previous: str | None = None
            for question in section.questions:
                if question.id not in known:
                    ids_here = [q.id for q in questions]
                    at = ids_here.index(previous) + 1 if previous in ids_here else 0
                    questions.insert(at, replace(question, section=section.id))
                    known.add(question.id)
                previous = question.id
            previous_section = section.id
    merged = tuple(Section(s, tuple(qs)) for s, qs in sections if qs)
    return Questionnaire(
        id=newest.id,
        version=newest.version,
        consent_version=newest.consent_version,
        sections=merged,
        metadata=newest.metadata,
    )
