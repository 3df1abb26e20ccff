"""Several questionnaire versions seen as one, for exports that span them. Pure: no I/O."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dialogs.model import Question, Questionnaire, Section


def union(newest: Questionnaire, older: Sequence[Questionnaire]) -> Questionnaire:
    """The newest questionnaire plus every question only older versions had.

    The newest order is kept; a removed question goes right after the question that preceded
    it in the latest version that had it (or first in its section), and a removed section after
    the section that preceded it. Newer definitions win for questions in several versions.
    """
    sections: list[tuple[str, list[Question]]] = [
        (s.id, list(s.questions)) for s in newest.sections
    ]
    known = {q.id for q in newest.questions()}
    for version in sorted(older, key=lambda q: q.version, reverse=True):
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
    )
