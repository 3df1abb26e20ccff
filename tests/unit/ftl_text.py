"""The words of every .ftl message (values, attributes, variants), without the Fluent syntax."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from fluent.syntax import FluentParser, ast

LOCALES_DIR = Path(__file__).resolve().parents[2] / "locales"
# Stands for a placeable inside the text: not a space, so "{ $url } :" still shows its space.
PLACEABLE = "\u2063"


@dataclass(frozen=True)
class Text:
    """One run of words a reader sees: a message value, an attribute or a selector variant."""

    lang: str
    where: str  # "file.ftl:message-id" (".attribute" appended for attributes)
    text: str


def ftl_files() -> list[Path]:
    """Every .ftl file of every locale, found by glob so new files are covered."""
    return sorted(LOCALES_DIR.glob("*/*.ftl"))


def _runs(pattern: ast.Pattern) -> Iterator[str]:
    """The pattern's text; each selector variant is yielded as a run of its own."""
    parts: list[str] = []
    for element in pattern.elements:
        if isinstance(element, ast.TextElement):
            parts.append(element.value)
        elif isinstance(element, ast.Placeable) and isinstance(
            element.expression, ast.SelectExpression
        ):
            parts.append(PLACEABLE)
            for variant in element.expression.variants:
                yield from _runs(variant.value)
        elif isinstance(element, ast.Placeable) and isinstance(element.expression, ast.Placeable):
            parts.append(PLACEABLE)
        else:
            parts.append(PLACEABLE)
    yield "".join(parts)


def texts(source: str, lang: str, filename: str) -> list[Text]:
    """The runs of text of one .ftl source; comments, ids and placeables left out."""
    found: list[Text] = []
    for entry in FluentParser().parse(source).body:
        if not isinstance(entry, ast.Message | ast.Term):
            continue
        name = ("-" if isinstance(entry, ast.Term) else "") + entry.id.name
        patterns = [(f"{filename}:{name}", entry.value)]
        patterns += [(f"{filename}:{name}.{a.id.name}", a.value) for a in entry.attributes]
        for where, pattern in patterns:
            if pattern is not None:
                found += [Text(lang, where, run) for run in _runs(pattern) if run.strip()]
    return found


def all_texts() -> list[Text]:
    """The runs of text of every .ftl file under locales/."""
    return [
        run
        for path in ftl_files()
        for run in texts(path.read_text("utf-8"), path.parent.name, path.name)
    ]
