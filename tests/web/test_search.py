"""The workspace's full-text search on both databases: case and accents ignored (Lithuanian,
French), choice labels found in every language, hostile text finding nothing, erased words
gone from the index, and the matched words shown, escaped, in the list."""

from __future__ import annotations

import uuid
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncEngine

from admin.web.params import parse_list
from admin.web.security import COOKIE
from dialogs.i18n import LANGUAGES
from dialogs.model import Questionnaire
from dialogs.render import Renderer
from dialogs.text import fold
from storage import workspace
from storage.db import create_engine
from storage.maintenance import erase_respondent
from storage.migrate import upgrade_engine
from storage.models import search_documents
from storage.search import (
    Snippet,
    _first_match,
    choice_labels,
    keep_matches,
    snippet_of,
    snippets,
)
from storage.web_auth import open_session
from tests.admin.factory import T0, Row, insert_rows, sample_answers
from tests.web.conftest import STAFF_ID, Served

LITHUANIAN = uuid.UUID(int=0x5EA1)
FRENCH = uuid.UUID(int=0x5EA2)


def _rows() -> list[Row]:
    return [
        Row(
            11,
            sample_answers(
                org_name="Ąžuolyno bendruomenė",
                city="Šiauliai",
                description="Éducateurs de rue au café <b>& amis</b>;\nvedi Šiaulių turgų.",
                activities={"choices": ["mediation"]},
            ),
            lang="lt",
            reference="R-LT",
            id=LITHUANIAN,
        ),
        Row(
            12,
            sample_answers(
                activities={"choices": ["patrolling"]}, description="Deux lignes :\nla seconde"
            ),
            lang="fr",
            reference="R-FR",
            id=FRENCH,
        ),
    ]


async def test_search_ignores_case_and_accents_and_finds_choice_labels(
    db_engine: AsyncEngine, questionnaire: Questionnaire, renderer: Renderer
) -> None:
    await insert_rows(db_engine, _rows())
    activities = questionnaire.question("activities").choices
    labels = choice_labels(renderer)

    async def refs(q: str) -> list[str]:
        wanted = parse_list({"q": q}, activities, labels)
        found, _ = await workspace.browse(db_engine, wanted.where, activities)
        return sorted(row.reference or "" for row in found.rows)

    for typed in ("siauliai", "ŠIAULIAI", "šiaul", "SIAULIU", "ąžuolyno", "AZUOLYNO BENDRUOMENE"):
        assert await refs(typed) == ["R-LT"], typed
    for typed in ("éducateurs CAFÉ", "EDUCATEURS cafe"):
        assert await refs(typed) == ["R-LT"], typed
    assert await refs("Šiauliai Besançon") == []  # every word must match
    for lang in LANGUAGES:  # a chosen activity, by its label in any language
        found = await refs(renderer.option("activities", "mediation", lang))
        assert "R-LT" in found and "R-FR" not in found, lang


async def test_hostile_searches_match_nothing(
    db_engine: AsyncEngine, questionnaire: Questionnaire, renderer: Renderer
) -> None:
    # Issue 20, item 10: these matched every submission (the stored JSON text was searched).
    await insert_rows(db_engine, _rows())
    activities = questionnaire.question("activities").choices
    for hostile in ("\\", "\\n", "\x00", '"', "%", "*", "'", ":*", "(", "zq", "zqx"):
        wanted = parse_list({"q": hostile}, activities, choice_labels(renderer))
        found, _ = await workspace.browse(db_engine, wanted.where, activities)
        assert found.total == 0 and found.rows == [], repr(hostile)


async def test_a_search_leaves_the_planner_settings_as_it_found_them(
    db_engine: AsyncEngine,
) -> None:
    # PostgreSQL's search is read from the word index with sequential scans priced out: for
    # its own statement only, not the page's other queries that follow in its transaction.
    if db_engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's planner settings")
    await insert_rows(db_engine, _rows())
    settings = "SELECT current_setting('enable_seqscan'), current_setting('jit')"
    async with db_engine.connect() as conn:
        before = tuple((await conn.exec_driver_sql(settings)).one())
        await conn.exec_driver_sql("SET LOCAL jit = on")  # whatever they were, they come back
        await keep_matches(conn, "siauliai")
        after = tuple((await conn.exec_driver_sql(settings)).one())
        assert [
            row.id
            for row in await conn.execute(select(text("id")).select_from(text("search_hits")))
        ]
    assert before[0] == after[0] == "on" and after[1] == "on"


async def _snippets(
    db_engine: AsyncEngine, questionnaire: Questionnaire, renderer: Renderer, q: str, lang: str
) -> dict[uuid.UUID, Snippet]:
    """The snippets of the list's page for search `q`, as the list shows them."""
    activities = questionnaire.question("activities").choices
    wanted = parse_list({"q": q}, activities, choice_labels(renderer))
    found, _ = await workspace.browse(db_engine, wanted.where, activities)
    return snippets({row.id: row.answers for row in found.rows}, q, renderer, lang)


async def test_snippet_shows_the_match_in_the_staff_language(
    db_engine: AsyncEngine, questionnaire: Questionnaire, renderer: Renderer
) -> None:
    await insert_rows(db_engine, _rows())
    found = await _snippets(db_engine, questionnaire, renderer, "siauliu", "en")
    assert set(found) == {LITHUANIAN}
    hit = found[LITHUANIAN]
    assert (hit.match, hit.after) == ("Šiaulių", " turgų.")
    assert hit.before.endswith("vedi ")
    label_lt = renderer.option("activities", "mediation", "lt")
    found = await _snippets(db_engine, questionnaire, renderer, label_lt, "fr")
    assert found[LITHUANIAN].match == renderer.option("activities", "mediation", "fr")


async def test_snippet_is_the_first_match_in_the_questionnaire_order(
    db_engine: AsyncEngine, questionnaire: Questionnaire, renderer: Renderer
) -> None:
    # The word is in two answers: the initiative's name comes first in the questionnaire,
    # the funding first by question id (SQLite's order) and by the ids' length (PostgreSQL's).
    given = sample_answers(initiative_name="Tramway solidaire", funding="Régie du tramway")
    order = [q.id for q in questionnaire.questions()]
    assert order.index("initiative_name") < order.index("funding")
    assert "funding" < "initiative_name" and len("funding") < len("initiative_name")
    await insert_rows(db_engine, [Row(21, given, lang="fr", reference="R-TRAM", id=FRENCH)])
    found = await _snippets(db_engine, questionnaire, renderer, "tramway", "fr")
    assert (found[FRENCH].match, found[FRENCH].after) == ("Tramway", " solidaire")


async def test_list_marks_the_match_and_escapes_the_text(served: Served) -> None:
    session = await open_session(served.db, STAFF_ID, served.clock())
    await insert_rows(served.db, _rows())
    async with (
        aiohttp.ClientSession(cookies={COOKIE: session}) as http,
        http.get(f"{served.url}/submissions", params={"q": "AMIS"}) as response,
    ):
        html = await response.text()
    assert response.status == 200
    assert "R-LT" in html and "R-FR" not in html
    assert "&lt;b&gt;&amp; <mark>amis</mark>&lt;/b&gt;" in html


async def test_erased_words_leave_the_index(tmp_path: Path) -> None:
    """SQLite: FTS5 keeps a deleted row's words until its index is merged; erasure merges it,
    and the words are then nowhere in the database file."""
    db = tmp_path / "intake.db"
    engine = create_engine(f"sqlite+aiosqlite:///{db}")
    try:
        await upgrade_engine(engine)
        await insert_rows(engine, [*_rows(), Row(13, sample_answers(city="Xyzzyville"))])
        async with engine.connect() as conn:
            assert (await conn.execute(text("SELECT count(*) FROM search_fts_data"))).scalar()
        assert b"xyzzyville" in _file(db)
        await erase_respondent(engine, 13, T0)
        async with engine.connect() as conn:
            left = (await conn.execute(select(search_documents.c.submission_id))).scalars()
            assert set(left) == {LITHUANIAN, FRENCH}
    finally:
        await engine.dispose()  # the last connection checkpoints the log into the file
    data = _file(db)
    assert b"siauliai" in data and b"xyzzyville" not in data.lower()


def _file(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (db, db.with_name(db.name + "-wal")) if p.exists())


def test_a_snippet_skips_texts_without_the_words_and_finds_the_same_matches() -> None:
    """A text whose folded whole holds none of the searched words is passed over without
    folding it word by word: the matches found are those the word-by-word reading finds
    (accents, case, ligatures, hyphens, apostrophes, a final sigma, prefixes, one letter)."""
    texts = [
        "Éducateurs de rue au café <b>& amis</b>;\nvedi Šiaulių turgų.",
        "ΟΔΟΣ ΣΟΦΟΚΛΕΟΥΣ, Ὀδυσσεύς",
        "Straße-Fußgänger l'école d’été ﬁnance ﷺ Ǆemal",
        "e\u0301cole in\u0308 KIEMAS_kiemas 100% n° 7",
        "",
    ]
    searches = [
        ["siauliu"],
        ["cafe", "amis"],
        ["οδος"],
        ["σοφοκλεους"],
        ["strasse"],
        ["fussganger", "ecole"],
        ["ete", "finance"],
        ["dzemal"],
        ["in"],
        ["kiemas"],
        ["7"],
        ["e"],
        ["nothing"],
    ]
    for typed in texts:
        for searched in searches:
            assert snippet_of(typed, searched) == _first_match(typed, searched), (typed, searched)
    assert snippet_of(texts[0], ["siauliu"]) is not None


def test_ascii_text_folds_as_any_other() -> None:
    """`fold` takes a shortcut for ASCII text (most answers): the same result as the general
    reading, which the accented letter added here forces."""
    samples = ["", " ", "Bus STOP", "l'école-x", "A\tB\nC  d", "O'Neil--Smith", "~!@#_-'`"]
    samples += [chr(n) * 2 + "Zz" for n in range(128)]
    for sample in samples:
        assert fold(sample + " É") == (fold(sample) + " e").strip(), repr(sample)
