"""Full-text search and choice index over submitted questionnaires: what is kept, the
queries, the snippets.

`search_choices` holds each choice a submitted questionnaire made (its country too), so that
facets count rows of an index and filter by index lookups, whatever the number of answers.

One row of `search_documents` per submitted questionnaire holds its searchable words, folded
in Python (lower case, accents removed: `Šiauliai` is stored as `siauliai`), and one opaque
token per choice made. SQLite indexes them with FTS5 (`unicode61 remove_diacritics 2`), kept
in step by triggers; PostgreSQL with a GIN index over `to_tsvector('simple', terms)`. Folding
in Python rather than with `unaccent` and `lower()` gives both databases the same words
whatever the server's locale, and needs no extension.

Choice labels are not stored: a searched word is matched against every choice's label in
every language here, and the choices it names join the query as their tokens. A label
corrected in a locale file is found at once, without re-indexing.

Each searched word matches the words that start with it (one letter: that word only); every
word must match. Text with no letters or digits (`\\`, a NUL) searches for nothing and finds
nothing.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

from sqlalchemy import (
    Column,
    ColumnElement,
    Dialect,
    FunctionElement,
    MetaData,
    Select,
    String,
    Table,
    Text,
    TypeDecorator,
    Uuid,
    delete,
    false,
    func,
    insert,
    literal,
    select,
    text,
    true,
)
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import ExternallyTraversible, replacement_traverse
from sqlalchemy.types import NullType

from dialogs.i18n import LANGUAGES
from dialogs.model import CHOICE_KINDS
from dialogs.render import Renderer
from dialogs.text import fold
from storage.models import search_choices, search_documents, submissions

FTS_TABLE: Final = "search_fts"  # SQLite: the FTS5 table over search_documents.terms
PG_INDEX: Final = "ix_search_documents_terms"  # PostgreSQL: GIN over the terms' tsvector
TRIGGERS: Final = ("search_fts_insert", "search_fts_delete", "search_fts_update")
# Only when the words change: a document's choices (migration 0018) are not in FTS5.
FTS_UPDATE_TRIGGER: Final = (
    "CREATE TRIGGER search_fts_update AFTER UPDATE OF terms ON search_documents BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, terms) VALUES ('delete', old.id, old.terms); "
    "INSERT INTO search_fts(rowid, terms) VALUES (new.id, new.terms); END"
)
MAX_WORDS: Final = 12  # searched words kept; more say nothing a staff member would miss
MAX_WORD: Final = 64  # characters of a word (longer ones are cut, in the index and the query)
SNIPPET_CONTEXT: Final = 60  # characters shown either side of the match
_WORD = re.compile(r"[^\W_]+")
COUNTRY_QUESTION: Final = "country"  # its answer (a code) is indexed as a choice
ACTIVITIES_QUESTION: Final = "activities"  # the workspace's activity filter
CHOICE_MARK: Final = "zqx"  # how a choice's token starts
PAIR_MARK: Final = "\t"  # between a question id and its choice in a document's `choices`
LINE_MARK: Final = "\n"  # between two choices there


def words(text: str) -> list[str]:
    """The folded words of `text`, as the index stores them (letters and digits only)."""
    return [w[:MAX_WORD] for w in _WORD.findall(fold(text))]


def choice_token(question_id: str, choice: str) -> str:
    """The word standing for one choice in the index (letters and digits: one token for both
    databases' tokenizers, never a word anyone types)."""
    digest = hashlib.blake2b(f"{question_id}\x1f{choice}".encode(), digest_size=6).hexdigest()
    return f"{CHOICE_MARK}{digest}"


def _prefix(word: str) -> bool:
    """Whether `word` matches the words starting with it: not one letter, and nothing that
    could reach every choice token."""
    return len(word) > 1 and not CHOICE_MARK.startswith(word) and not word.startswith(CHOICE_MARK)


def _is_token(part: str) -> bool:
    return part.startswith(CHOICE_MARK) and len(part) == len(CHOICE_MARK) + 12 and part.isalnum()


def _value_parts(question_id: str, value: Any) -> Iterable[str]:
    if isinstance(value, bool):
        yield choice_token(question_id, "yes" if value else "no")
    elif isinstance(value, str | int | float):
        yield str(value)
    elif isinstance(value, dict):
        if isinstance(value.get("choice"), str):
            yield choice_token(question_id, value["choice"])
        for choice in value.get("choices") or ():
            if isinstance(choice, str):
                yield choice_token(question_id, choice)
        for key in ("other", "file_name", "name"):  # typed text beside a choice; a file's name
            if isinstance(value.get(key), str):
                yield value[key]


def document(given: Mapping[str, Any]) -> str:
    """The indexed words of a questionnaire's answers (question id → stored value), with a
    token for its country beside the code's word (`filter_tokens`)."""
    found: list[str] = []
    for question_id, value in given.items():
        for part in _value_parts(question_id, value):
            found += [part] if _is_token(part) else words(part)
        if question_id == COUNTRY_QUESTION and isinstance(value, str):
            found.append(choice_token(COUNTRY_QUESTION, value.upper()))
    return " ".join(found)


def filter_tokens(country: str | None, activity: str | None) -> tuple[str, ...]:
    """The tokens a search's documents must also hold for a country and an activity filter:
    the index then keeps only the matches that made those choices (100,000 submissions:
    2,500 of a search's 10,000), where each match was looked up to test them."""
    found = []
    if country is not None:
        found.append(choice_token(COUNTRY_QUESTION, country.upper()))
    if activity is not None:
        found.append(choice_token(ACTIVITIES_QUESTION, activity))
    return tuple(found)


def answers_of(state: Mapping[str, Any]) -> Mapping[str, Any]:
    """The answers in an engine state (its JSON form, as the stores receive it)."""
    found = state.get("answers")
    return found if isinstance(found, Mapping) else {}


def index_row(submission_id: uuid.UUID, given: Mapping[str, Any]) -> dict[str, Any]:
    """The search_documents row of a questionnaire being submitted."""
    return {
        "submission_id": submission_id,
        "terms": document(given),
        "choices": choice_lines(_choice_pairs(given)),
    }


def index_statement() -> Any:
    """INSERT of one search_documents row (parameters from `index_row`)."""
    return insert(search_documents)


def chosen(given: Mapping[str, Any]) -> Iterable[tuple[str, str]]:
    """(question id, choice id) of every choice in the answers, the country as the `country`
    question's choice, yes/no answers as "yes"/"no"."""
    for question_id, value in given.items():
        if isinstance(value, bool):
            yield question_id, "yes" if value else "no"
        elif isinstance(value, dict):
            if isinstance(value.get("choice"), str):
                yield question_id, value["choice"]
            for choice in dict.fromkeys(value.get("choices") or ()):
                if isinstance(choice, str):
                    yield question_id, choice
        elif question_id == COUNTRY_QUESTION and isinstance(value, str):
            yield question_id, value.upper()


def _choice_pairs(given: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(question id, choice) of every choice in the answers, once each, as the index keeps
    them (64 characters at most)."""
    return list(dict.fromkeys((q[:64], c[:64]) for q, c in chosen(given)))


def choice_rows(submission_id: uuid.UUID, given: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The search_choices rows of a questionnaire being submitted (none: an empty list)."""
    return [
        {"submission_id": submission_id, "question_id": q, "choice": c}
        for q, c in _choice_pairs(given)
    ]


def _in_line(text: str) -> str:
    return text.replace(PAIR_MARK, " ").replace(LINE_MARK, " ")


def choice_lines(pairs: Iterable[tuple[str, str]]) -> str:
    """A document's choices as its `choices` column keeps them: one line per choice, the
    question id and the choice separated by a tab (either written with a space instead, in
    the unlikely case it holds one)."""
    return LINE_MARK.join(f"{_in_line(q)}{PAIR_MARK}{_in_line(c)}" for q, c in pairs)


def choices_statement() -> Any:
    """INSERT of search_choices rows (parameters from `choice_rows`)."""
    return insert(search_choices)


class _chose(FunctionElement[Any]):
    """The submission (the outer query's row) made this choice. Arguments: the submission's
    id, the question, the choice."""

    type = NullType()  # as `_matches`: no `= 1` after it on SQLite
    inherit_cache = True


@compiles(_chose)
def _chose_default(element: _chose, compiler: SQLCompiler, **kw: Any) -> str:
    submission, question, choice = element.clauses
    c = search_choices.c
    found = select(c.submission_id).where(
        c.submission_id == submission, c.question_id == question, c.choice == choice
    )
    return compiler.process(found.exists(), **kw)


@compiles(_chose, "sqlite")
def _chose_sqlite(element: _chose, compiler: SQLCompiler, **kw: Any) -> str:
    submission, question, choice = (compiler.process(c, **kw) for c in element.clauses)
    # IN, not EXISTS: SQLite then starts from the choice index's entries for this choice and
    # looks each submission up, where EXISTS was tested on every submission (100,000
    # submissions, a country's 12,500: its list's facets took 3 s instead of 0.3).
    return (
        f"{submission} IN (SELECT search_choices.submission_id FROM search_choices "  # noqa: S608
        f"WHERE search_choices.question_id = {question} AND search_choices.choice = {choice})"
    )


def has_choice(question_id: str, choice: str) -> ColumnElement[Any]:
    """Whether the submission (the outer query's row) made this choice: an index lookup.
    Only submitted questionnaires are in the index."""
    return _chose(submissions.c.id, literal(question_id, String()), literal(choice, String()))


async def choice_counts(
    conn: AsyncConnection,
    question_id: str,
    within: Select[Any] | None,
) -> dict[str, int]:
    """How many submitted questionnaires made each choice of a question, among the ids
    `within` selects (None: every submitted questionnaire), from the index alone."""
    c = search_choices.c
    query = select(c.choice, func.count()).where(c.question_id == question_id)
    if within is not None:
        # A join rather than IN: the planner may then start from the few matching ids.
        matched = within.subquery()
        query = query.select_from(matched.join(search_choices, c.submission_id == matched.c[0]))
    found = await conn.execute(query.group_by(c.choice))
    return {str(choice): int(n) for choice, n in found}


# ---- choice labels, every language ----


@dataclass(frozen=True)
class ChoiceLabels:
    """Every choice's label in every language, to find choices by the words of their labels."""

    by_word: Mapping[str, frozenset[str]]  # a folded label word → tokens of choices with it
    choice_of: Mapping[str, tuple[str, str]]  # token → (question id, choice id)

    def tokens(self, word: str) -> tuple[str, ...]:
        """The choices whose label has a word starting with `word` (one letter: equal)."""
        if not _prefix(word):
            return tuple(sorted(self.by_word.get(word, ())))
        found: set[str] = set()
        for label_word, tokens in self.by_word.items():
            if label_word.startswith(word):
                found |= tokens
        return tuple(sorted(found))


NO_LABELS: Final = ChoiceLabels({}, {})


@lru_cache(maxsize=8)
def choice_labels(renderer: Renderer) -> ChoiceLabels:
    """The label index of the renderer's questionnaire (built once, on first search)."""
    by_word: dict[str, set[str]] = {}
    choice_of: dict[str, tuple[str, str]] = {}
    for question in renderer.q.questions():
        if question.kind not in CHOICE_KINDS:
            continue
        for choice in question.choice_ids:
            token = choice_token(question.id, choice)
            choice_of[token] = (question.id, choice)
            for lang in LANGUAGES:
                for word in words(renderer.option(question.id, choice, lang)):
                    by_word.setdefault(word, set()).add(token)
    return ChoiceLabels({w: frozenset(t) for w, t in by_word.items()}, choice_of)


def expand(search: str | None, labels: ChoiceLabels) -> tuple[tuple[str, ...], ...]:
    """Per searched word, the tokens of the choices its labels match (the filter's
    `search_choices`)."""
    return tuple(labels.tokens(word) for word in words(search or "")[:MAX_WORDS])


async def all_choice_counts(
    conn: AsyncConnection,
    question_ids: Sequence[str],
    within: Select[Any] | None,
) -> dict[str, dict[str, int]]:
    """Per question, how many submitted questionnaires made each choice, in one grouped query
    over the index (`within` as in `choice_counts`; the unfiltered counts are kept in
    storage.counts)."""
    c = search_choices.c
    query = select(c.question_id, c.choice, func.count())
    if within is None:
        query = query.where(c.question_id.in_(list(question_ids)))
    else:
        # Every choice of each match, the questions kept here: each match's choices are read
        # in one seek whatever is asked (with the question in the seek, SQLite made one per
        # match and question: 2,500 matches, 12 questions, 30,000 seeks), and testing each
        # row's question in the database only cost time (PostgreSQL, 100,000 submissions:
        # 22,000 rows tested against 12 questions, 3 ms of the facets' 10).
        matched = within.subquery()
        query = query.select_from(matched.join(search_choices, c.submission_id == matched.c[0]))
    wanted = set(question_ids)
    found: dict[str, dict[str, int]] = {}
    for question_id, choice, n in await conn.execute(query.group_by(c.question_id, c.choice)):
        if question_id in wanted:
            found.setdefault(str(question_id), {})[str(choice)] = int(n)
    return found


# ---- the query ----


def _fts5_query(
    searched: Sequence[str], choices: Sequence[Sequence[str]], required: Sequence[str]
) -> str:
    groups = []
    for n, word in enumerate(searched):
        alternatives = [f'"{word}"' + ("*" if _prefix(word) else "")]
        alternatives += [f'"{token}"' for token in (choices[n] if n < len(choices) else ())]
        groups.append("(" + " OR ".join(alternatives) + ")")
    return " AND ".join(groups + [f'"{token}"' for token in required])


def _tsquery(
    searched: Sequence[str], choices: Sequence[Sequence[str]], required: Sequence[str]
) -> str:
    groups = []
    for n, word in enumerate(searched):
        alternatives = [f"'{word}'" + (":*" if _prefix(word) else "")]
        alternatives += [f"'{token}'" for token in (choices[n] if n < len(choices) else ())]
        groups.append("(" + " | ".join(alternatives) + ")")
    return " & ".join(groups + [f"'{token}'" for token in required])


class _SearchQuery(TypeDecorator[str]):
    """A search bound as its words and choices, sent in the database's own query language."""

    impl = String()
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str:
        searched, choices, required = value
        if dialect.name == "postgresql":
            return _tsquery(searched, choices, required)
        return _fts5_query(searched, choices, required)


class _matches(FunctionElement[Any]):
    """A search_documents row matches a query: FTS5's MATCH on SQLite, `@@` on PostgreSQL.
    Arguments: the row's id and terms, and the query."""

    # Not Boolean: SQLAlchemy would write `(… IN (…)) = 1` on SQLite, which the planner
    # cannot serve from FTS5's rowids (it scanned every document instead).
    type = NullType()
    inherit_cache = True


@compiles(_matches, "postgresql")
def _matches_postgresql(element: _matches, compiler: SQLCompiler, **kw: Any) -> str:
    _, terms, query = (compiler.process(c, **kw) for c in element.clauses)
    # Spelled as the GIN index is built, so that the planner can use it.
    return (
        f"(to_tsvector('simple'::regconfig, {terms}) @@ to_tsquery('simple'::regconfig, {query}))"
    )


@compiles(_matches)
def _matches_sqlite(element: _matches, compiler: SQLCompiler, **kw: Any) -> str:
    row_id, _, query = (compiler.process(c, **kw) for c in element.clauses)
    # Compiled SQL of two columns and a bound parameter: nothing typed reaches the text.
    return f"({row_id} IN (SELECT rowid FROM search_fts WHERE search_fts MATCH {query}))"  # noqa: S608


def matching_ids(
    search: str | None,
    choices: Sequence[Sequence[str]] = (),
    required: Sequence[str] = (),
) -> Select[uuid.UUID]:
    """The ids of submitted questionnaires whose words match every searched word (`choices`:
    per word, the tokens of the choices its labels match, from `expand`) and that hold every
    `required` token (`filter_tokens`)."""
    return select(search_documents.c.submission_id).where(_matching(search, choices, required))


def _matching(
    search: str | None, choices: Sequence[Sequence[str]], required: Sequence[str] = ()
) -> ColumnElement[Any]:
    """Whether a search_documents row matches (`matching_ids`' condition)."""
    d = search_documents.c
    searched = tuple(words(search or "")[:MAX_WORDS])
    if not searched:
        return false()
    wanted = literal((searched, tuple(map(tuple, choices)), tuple(required)), _SearchQuery())
    return _matches(d.id, d.terms, wanted)


# ---- a search's ids, kept for the queries that follow on the same connection ----

# A temporary table, not one of the models: each connection has its own, and on PostgreSQL it
# goes with the transaction. A search run once here serves the list, its count, the facets
# and the neighbours, which would otherwise each run it again.
# Each kept id comes with its submission's columns the list shows and sorts by and the triage
# facet counts (those of migration 0015's covering index): the keeping query reads them where
# it checks the filter, and the page and the facet then read this table instead of looking
# each match up in the submissions again (100,000 submissions: 2,000 matches; on PostgreSQL
# two lookups of 7 ms each, on SQLite the page's 6 ms).
KEPT_COLUMNS: Final = (
    "status",
    "triage_status",
    "language",
    "created_at",
    "submitted_at",
    "reference",
)
# On both, each id with its document's choices (`choice_lines`), which the facets count.
SEARCH_HITS: Final = Table(
    "search_hits",
    MetaData(),
    Column("id", Uuid, primary_key=True),
    *(Column(name, submissions.c[name].type) for name in KEPT_COLUMNS),
    Column("choices", Text),
    prefixes=["TEMPORARY"],
)
# No primary key on PostgreSQL: the ids are unique by construction (one document per
# submission), and keeping its index up to date cost more than the queries gained from it.
_PG_HITS: Final = (
    "CREATE TEMPORARY TABLE IF NOT EXISTS search_hits (id uuid NOT NULL, "
    "status varchar(16), triage_status varchar(16), language varchar(16), "
    "created_at timestamptz, submitted_at timestamptz, reference varchar(32), choices text) "
    "ON COMMIT DROP"
)

_SQLITE_HITS: Final = (
    "CREATE TEMPORARY TABLE IF NOT EXISTS search_hits (id CHAR(32) PRIMARY KEY, "
    "status VARCHAR(16), triage_status VARCHAR(16), language VARCHAR(16), created_at DATETIME, "
    "submitted_at DATETIME, reference VARCHAR(32), choices TEXT)"
)

# The settings as they were (read in a subquery kept apart, so before they change), then off
# until the transaction ends or `_SETTINGS_BACK`.
_INDEX_FIRST: Final = (
    "SELECT was.seqscan, was.jit, set_config('enable_seqscan', 'off', true), "
    "set_config('jit', 'off', true) FROM (SELECT current_setting('enable_seqscan') AS seqscan, "
    "current_setting('jit') AS jit OFFSET 0) AS was"
)
_SETTINGS_BACK: Final = text(
    "SELECT set_config('enable_seqscan', :seqscan, true), set_config('jit', :jit, true)"
)


async def keep_matches(
    conn: AsyncConnection,
    search: str | None,
    choices: Sequence[Sequence[str]] = (),
    within: Select[Any] | None = None,
    required: Sequence[str] = (),
) -> None:
    """Put the ids `matching_ids` selects in `SEARCH_HITS` (emptied first), on `conn`; only
    those `within` (a query over submissions: the rest of a page's filter) also selects, each
    match looked up rather than the filter run over every submission."""
    if conn.dialect.name == "postgresql":
        await _keep_postgresql(conn, search, choices, within, required)
        return
    await conn.exec_driver_sql(_SQLITE_HITS)
    await conn.execute(delete(SEARCH_HITS))
    # Joined to the submissions rather than tested in EXISTS per match: the planner then
    # checks the filter's columns in the covering index keyed by id (migration 0015), where
    # EXISTS read each match's row, engine state and all (100,000 submissions: 10,000
    # matches of two words, 10 ms of the 55 the search took). The columns the page and the
    # facets read are kept from there.
    d, c = search_documents.c, submissions.c
    found = (
        select(d.submission_id, *(c[name] for name in KEPT_COLUMNS), d.choices)
        .join_from(submissions, search_documents, d.submission_id == c.id)
        .where(_by_document(within), _matching(search, choices, required))
    )  # not DISTINCT: one document per submission, one submission per id
    await conn.execute(insert(SEARCH_HITS).from_select(list(SEARCH_HITS.c), found))
    # Its size for the planner (a temporary table has no statistics until analysed; SQLite
    # then took it for a million rows, and read the whole choice index to count its choices).
    await conn.exec_driver_sql("ANALYZE search_hits")


def _by_document(within: Select[Any] | None) -> ColumnElement[bool]:
    """`within`'s condition with each submission id read from the matching search document
    (equal by the join): SQLite then tests what the rest of the filter asks of the answers (a
    facet's choice) as soon as it has a match's document, before looking the match up in the
    submissions. (A country and an activity are no longer there: the index keeps only their
    matches, `filter_tokens`.)"""
    condition = within.whereclause if within is not None else None
    if condition is None:
        return true()
    replaced: ColumnElement[bool] = replacement_traverse(condition, {}, _document_id)
    return replaced


def _document_id(element: ExternallyTraversible, **_: Any) -> ExternallyTraversible | None:
    return search_documents.c.submission_id if element is submissions.c.id else None


async def _keep_postgresql(
    conn: AsyncConnection,
    search: str | None,
    choices: Sequence[Sequence[str]],
    within: Select[Any] | None,
    required: Sequence[str],
) -> None:
    """`keep_matches` on PostgreSQL: each match with its `KEPT_COLUMNS`."""
    await conn.exec_driver_sql(_PG_HITS)
    await conn.execute(delete(SEARCH_HITS))
    # The words first, from the GIN index alone, then the rest of the filter on those: left
    # to itself the planner started from the choice index and computed each candidate's
    # words again (100,000 submissions: 0.3 s instead of 0.1 s). One document per
    # submission (a unique key): no DISTINCT.
    words_first = (
        matching_ids(search, choices, required)
        .add_columns(search_documents.c.choices)
        .cte("found")
        .prefix_with("MATERIALIZED")
    )
    s = submissions.c
    columns = (s.id, *(s[name] for name in KEPT_COLUMNS), words_first.c.choices)
    query = select(*columns) if within is None else within.with_only_columns(*columns)
    found = query.select_from(words_first.join(submissions, s.id == words_first.c.submission_id))
    # The planner prices computing a document's words far too low: for a word nearly every
    # document holds, it read all of them and computed each one's words (100,000
    # submissions, "initiative": 1.7 s) instead of reading the GIN index (0.1 s). Sequential
    # scans are priced out for this statement alone, and JIT off with them (its threshold
    # would be crossed by that pricing, where nothing else could be read by index).
    was = (await conn.exec_driver_sql(_INDEX_FIRST)).mappings().one()
    await conn.execute(insert(SEARCH_HITS).from_select(list(SEARCH_HITS.c), found))
    await conn.execute(_SETTINGS_BACK, {"seqscan": was["seqscan"], "jit": was["jit"]})
    # Its size for the planner (a temporary table has no statistics until analysed); the ids
    # alone, what the queries join on (every column: twice the time).
    await conn.exec_driver_sql("ANALYZE search_hits (id)")


def kept_matches() -> Select[uuid.UUID]:
    """The ids `keep_matches` kept on this connection."""
    return select(SEARCH_HITS.c.id)


def kept_rows() -> Table:
    """The table of what `keep_matches` kept on this connection: each id with its
    `KEPT_COLUMNS` and its document's choices."""
    return SEARCH_HITS


async def kept_choice_counts(
    conn: AsyncConnection, question_ids: Sequence[str]
) -> dict[str, dict[str, int]]:
    """Per question, how many of the ids `keep_matches` kept made each choice, counted here
    from the choices each kept document brought (`choice_lines`), joined by the database
    into one text. Joining the kept ids to the choice index and grouping its rows took 15 ms
    at 100,000 submissions (2,000 matches, 22,000 rows: SQLite sorts them to group them);
    this takes 3."""
    lines = SEARCH_HITS.c.choices
    if conn.dialect.name == "postgresql":
        joined = func.string_agg(lines, literal(LINE_MARK, Text()))
    else:
        joined = func.group_concat(lines, literal(LINE_MARK, Text()))
    every = await conn.scalar(select(joined))
    wanted = set(question_ids)
    found: dict[str, dict[str, int]] = {}
    for line, n in Counter((every or "").split(LINE_MARK)).items():
        question_id, _, choice = line.partition(PAIR_MARK)
        if question_id in wanted:
            found.setdefault(question_id, {})[choice] = n
    return found


def kept_triage_languages() -> Select[Any]:
    """(triage status, language, count) of the ids `keep_matches` kept on this connection, as
    they were when kept (both databases keep them beside the ids)."""
    h = SEARCH_HITS.c
    return select(h.triage_status, h.language, func.count()).group_by(h.triage_status, h.language)


# ---- snippets ----


@dataclass(frozen=True)
class Snippet:
    """Where a search matched: the text around the match and the match itself. The template
    escapes all three and marks `match`."""

    before: str
    match: str
    after: str


def _folded_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) of each word in `text`, positions in the original text."""
    return [
        (m.start(), m.end(), folded)
        for m in re.finditer(r"(?:[^\W_]|[\u0300-\u036f])+", text)
        for folded in [" ".join(words(m.group()))]
        if folded
    ]


def _hit(word: str, searched: Sequence[str]) -> bool:
    return any(word == s or (_prefix(s) and word.startswith(s)) for s in searched)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def snippet_of(text: str, searched: Sequence[str]) -> Snippet | None:
    """The first match of the searched words in `text`, with some context, or None."""
    # Every word of the text, folded, is in the text folded whole: a text without any of the
    # searched words there has no match, told without folding it word by word (most answers
    # of a listed submission: 9 ms of a page of 50 at 100,000 submissions).
    whole = fold(text)
    if not any(word in whole for word in searched):
        return None
    return _first_match(text, searched)


def _first_match(text: str, searched: Sequence[str]) -> Snippet | None:
    """`snippet_of`, word by word."""
    for start, end, folded in _folded_spans(text):
        if any(_hit(part, searched) for part in folded.split()):
            before = text[max(0, start - SNIPPET_CONTEXT) : start]
            after = text[end : end + SNIPPET_CONTEXT]
            before = ("…" + before.split(" ", 1)[-1]) if start > SNIPPET_CONTEXT else before
            cut = end + SNIPPET_CONTEXT < len(text)
            after = (after.rsplit(" ", 1)[0] + "…") if cut else after
            return Snippet(_one_line(before), text[start:end], _one_line(after))
    return None


def snippets(
    given: Mapping[uuid.UUID, Mapping[str, Any]],
    search: str | None,
    renderer: Renderer,
    lang: str,
) -> dict[uuid.UUID, Snippet]:
    """For each listed submission (its answers by question id, as the page read them), where
    the search matched: a typed answer, else the label (in `lang`) of a choice whose label in
    some language matched."""
    searched = words(search or "")[:MAX_WORDS]
    if not given or not searched:
        return {}
    labels = choice_labels(renderer)
    wanted = {token for word in searched for token in labels.tokens(word)}
    # The first match in the questionnaire's order (the database hands the answers over in
    # its own: SQLite by question id, PostgreSQL's JSON by the ids' length).
    order = {question.id: n for n, question in enumerate(renderer.q.questions())}
    found: dict[uuid.UUID, Snippet] = {}
    for submission_id, values in given.items():
        chosen: Snippet | None = None
        for question_id in sorted(values, key=lambda q: (order.get(q, len(order)), q)):
            value = values[question_id]
            for part in _value_parts(question_id, value):
                if part in wanted:
                    question, choice = labels.choice_of[part]
                    label = renderer.option(question, choice, lang)
                    chosen = chosen or Snippet("", label, "")
                elif not _is_token(part) and (hit := snippet_of(part, searched)):
                    chosen = hit
                    break
            if chosen is not None and chosen.before + chosen.after:
                break
        if chosen is not None:
            found[submission_id] = chosen
    return found


# ---- the structures beside the table (created and dropped by migration 0012) ----


def is_search_object(name: str | None) -> bool:
    """Whether a reflected table or index is one of the search structures the models do not
    describe (FTS5's virtual and shadow tables, PostgreSQL's expression index)."""
    return bool(name) and (name == PG_INDEX or str(name).startswith(FTS_TABLE))


def create_statements(dialect: str) -> list[str]:
    """The DDL that indexes search_documents.terms on this database."""
    if dialect == "postgresql":
        return [
            f"CREATE INDEX {PG_INDEX} ON search_documents "
            "USING gin (to_tsvector('simple'::regconfig, terms))"
        ]
    # An erased questionnaire's words must not stay in the index: FTS5 (before SQLite 3.42's
    # secure-delete) only marks a deleted row, so the delete trigger merges the index, which
    # rewrites it without them (secure_delete then zeroes the freed pages).
    return [
        "CREATE VIRTUAL TABLE search_fts USING fts5(terms, content='search_documents', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
        "CREATE TRIGGER search_fts_insert AFTER INSERT ON search_documents BEGIN "
        "INSERT INTO search_fts(rowid, terms) VALUES (new.id, new.terms); END",
        "CREATE TRIGGER search_fts_delete AFTER DELETE ON search_documents BEGIN "
        "INSERT INTO search_fts(search_fts, rowid, terms) VALUES ('delete', old.id, old.terms); "
        "INSERT INTO search_fts(search_fts) VALUES ('optimize'); END",
        FTS_UPDATE_TRIGGER,
    ]


def drop_statements(dialect: str) -> list[str]:
    """The DDL that removes what `create_statements` made."""
    if dialect == "postgresql":
        return [f"DROP INDEX IF EXISTS {PG_INDEX}"]
    return [f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGERS] + [
        f"DROP TABLE IF EXISTS {FTS_TABLE}"
    ]


__all__ = [
    "KEPT_COLUMNS",
    "NO_LABELS",
    "ChoiceLabels",
    "Snippet",
    "choice_labels",
    "choice_lines",
    "choice_token",
    "create_statements",
    "document",
    "drop_statements",
    "expand",
    "filter_tokens",
    "index_row",
    "index_statement",
    "is_search_object",
    "keep_matches",
    "kept_choice_counts",
    "kept_matches",
    "kept_rows",
    "kept_triage_languages",
    "matching_ids",
    "snippet_of",
    "snippets",
    "words",
]
