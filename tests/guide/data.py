"""Experiences for the guide's tests: consenting ones in three languages, an anonymous one with
a planted city name, one refused, one unanswered, one not selected."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.models import submissions
from tests.admin.factory import Row, insert_rows, sample_answers

T0 = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
LT_LETTERS = "ąčęėįšųūž"
FR_LETTERS = "œuvre à cœur"
PLANTED = "Šiauliuose"  # the anonymous experience's city, inflected, in its free text
REFUSED_TEXT = "TESTO-RIFIUTATO"
CONTACTS = ("Jonas Petraitis", "jonas@example.lt", "+37061234567", "Élodie Fournier")
# Chapter titles in the guide's order by country in Italian: Francia, Italia, Lituania.
BY_COUNTRY = ("Voisins vigilants", "Assistenti civici", "Saugi kaimynystė")


def long_text(seed: str, words: int) -> str:
    """A long answer of paragraphs (for the benchmark)."""
    base = (
        f"{seed} volontari coordinati dalla polizia locale percorrono il quartiere, "
        "ascoltano i residenti, segnalano guasti all’illuminazione e accompagnano gli anziani. "
    ).split()
    chosen = [base[i % len(base)] for i in range(words)]
    return "\n".join(" ".join(chosen[i : i + 90]) for i in range(0, len(chosen), 90))


def guide_rows() -> list[tuple[Row, str]]:
    """(row, triage status)."""

    def answers(**values: Any) -> dict[str, Any]:
        return sample_answers(
            contact_name="Jonas Petraitis",
            contact_email="jonas@example.lt",
            contact_phone="+37061234567",
            **values,
        )

    return [
        (
            Row(
                501,
                answers(
                    country="LT",
                    city="Šiauliai",
                    org_name="Šiaulių miesto savivaldybė",
                    initiative_name="Saugi kaimynystė",
                    description=f"Savanoriai budi naktį: {LT_LETTERS}.\nAntra pastraipa.",
                    lessons=f"Patirtis {PLANTED} parodė, kad reikia mokymų.",
                    definition={"not_applicable": True},
                    activities={"choices": ["reassurance"]},
                    publish={"choice": "anonymous"},
                ),
                lang="lt",
                reference="CEC-LT1",
                created_at=T0,
            ),
            "selected",
        ),
        (
            Row(
                502,
                answers(
                    country="FR",
                    city="Besançon",
                    org_name="Ville de Besançon",
                    initiative_name="Voisins vigilants",
                    description=f"Une {FR_LETTERS}, écrivez à voisins@example.fr.",
                    activities={"choices": ["patrolling", "mediation"]},
                ),
                lang="fr",
                reference="CEC-FR1",
                created_at=T0 + timedelta(days=1),
            ),
            "selected",
        ),
        (
            Row(
                503,
                answers(
                    country="IT",
                    city="Bologna",
                    org_name="Comune di Bologna",
                    initiative_name="Assistenti civici",
                    description="Perché più sicurezza? Chiamate il 051 219 3000.",
                    activities={"choices": ["patrolling"]},
                ),
                lang="it",
                reference="CEC-IT1",
                created_at=T0 + timedelta(days=2),
            ),
            "selected",
        ),
        (
            Row(
                504,
                answers(
                    initiative_name="Rifiutata segreta",
                    description=REFUSED_TEXT,
                    publish={"choice": "no"},
                ),
                lang="it",
                reference="CEC-NO1",
                created_at=T0 + timedelta(days=3),
            ),
            "selected",
        ),
        (
            Row(
                505,
                {
                    k: v
                    for k, v in answers(initiative_name="Senza risposta").items()
                    if k != "publish"
                },
                lang="it",
                reference="CEC-UN1",
                created_at=T0 + timedelta(days=4),
            ),
            "selected",
        ),
        (
            Row(
                506,
                answers(initiative_name="Non ancora scelta", country="BE"),
                lang="en",
                reference="CEC-NEW",
                created_at=T0 + timedelta(days=5),
            ),
            "new",
        ),
    ]


async def insert_guide_rows(engine: AsyncEngine, rows: list[tuple[Row, str]]) -> None:
    """Insert the rows and give each its triage status."""
    await insert_rows(engine, [row for row, _ in rows])
    async with engine.begin() as conn:
        for row, status in rows:
            await conn.execute(
                update(submissions).where(submissions.c.id == row.id).values(triage_status=status)
            )
