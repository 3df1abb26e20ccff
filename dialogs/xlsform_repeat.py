"""XLSForm repeats as numbered copies of their questions, before the sheets are read. Pure.

A `begin_repeat … end_repeat` becomes one group per entry, its questions named `<name>_1`,
`<name>_2`… (so exports and e-mails have numbered columns, and the engine needs nothing new):

- `repeat_count` a whole number: that many entries;
- `repeat_count` `${q}` (an earlier whole number): up to MAX_ENTRIES entries, entry k shown
  when `${q} >= k`;
- no `repeat_count`: entry 1, then "Add another?" (yes/no) at the end of each entry, up to
  MAX_ENTRIES entries.

References inside an entry to its own questions (`${x}`) point at the same entry's copy.
Nested repeats are refused (see dialogs.xlsform_read).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from dialogs.i18n import Translator
from dialogs.xlsform import KIND_COLUMN, Cell, Rows, Sheets

MAX_ENTRIES = 5  # entries of a repeat at most: a chat is no place for long lists
ADD_LIST = "intake_add_another"  # the yes/no list the "Add another?" questions use
_COUNT = re.compile(r"\$\{\s*([^}\s]+)\s*\}")


@dataclass(frozen=True)
class Expanded:
    """The sheets with repeats written out; `rows[i]`: the workbook row survey row i is from."""

    sheets: Sheets
    rows: list[int]


def expand_repeats(sheets: Sheets, language_of: Callable[[str], str], t: Translator) -> Expanded:
    """Repeats as numbered groups (anything malformed is left for the reader to report).

    `language_of` reads a label column's language ("label::Français (fr)" → "fr").
    """
    survey = sheets.survey
    numbers = list(range(1, len(survey) + 1))
    if not survey or not any(_type(row, survey[0]) == "begin_repeat" for row in survey[1:]):
        return Expanded(sheets, numbers)
    header = list(survey[0])
    if KIND_COLUMN not in header:
        header.append(KIND_COLUMN)
    columns = {str(name or "").strip().lower(): i for i, name in enumerate(header)}
    labels = [
        (i, language_of(str(name))) for i, name in enumerate(header) if _is_label(str(name or ""))
    ]
    width = len(header)
    out: Rows = [header]
    out_numbers = [1]
    padded = [[*row, *[None] * (width - len(row))] for row in survey[1:]]
    body = list(zip(numbers[1:], padded, strict=True))
    at = 0
    asked_add = False
    while at < len(body):
        number, row = body[at]
        if _type(row, header) != "begin_repeat":
            out.append(row)
            out_numbers.append(number)
            at += 1
            continue
        end = _matching_end(body, at, header)
        if end is None:
            out.append(row)  # unclosed or nested: the reader says so
            out_numbers.append(number)
            at += 1
            continue
        inner = body[at + 1 : end]
        names = {str(r[columns["name"]] or "").strip() for _, r in inner} - {""}
        count = (
            str(row[columns["repeat_count"]] or "").strip() if "repeat_count" in columns else ""
        )
        entries = int(count) if count.isdigit() else MAX_ENTRIES
        for k in range(1, max(entries, 0) + 1):
            group = list(row)
            group[columns["type"]] = "begin_group"
            group[columns["name"]] = f"{row[columns['name']]}_{k}"
            for index, _ in labels:
                if group[index]:
                    group[index] = f"{group[index]} ({k})"
            relevant = _entry_relevant(count, k, str(row[columns["name"]]))
            if "relevant" in columns and relevant:
                own = str(row[columns["relevant"]] or "").strip()
                group[columns["relevant"]] = f"({own}) and {relevant}" if own else relevant
            out.append(group)
            out_numbers.append(number)
            for inner_number, inner_row in inner:
                out.append(_renamed(inner_row, columns, names, k))
                out_numbers.append(inner_number)
            if not count and k < entries:
                out.append(_add_another(row, header, columns, labels, t, k + 1))
                out_numbers.append(number)
                asked_add = True
            end_group: list[Cell] = [None] * width
            end_group[columns["type"]] = "end_group"
            out.append(end_group)
            out_numbers.append(body[end][0])
        at = end + 1
    choices = _with_add_list(sheets.choices, language_of, t) if asked_add else sheets.choices
    return Expanded(Sheets(out, choices, sheets.settings), out_numbers)


def _type(row: Sequence[Cell], header: Sequence[Cell]) -> str:
    names = [str(n or "").strip().lower() for n in header]
    if "type" not in names:
        return ""
    index = names.index("type")
    cell = row[index] if index < len(row) else None
    return "_".join(str(cell or "").lower().split())


def _is_label(name: str) -> bool:
    base = name.strip().lower()
    return base == "label" or base.startswith(("label::", "label:"))


def _matching_end(
    body: list[tuple[int, list[Cell]]], start: int, header: Sequence[Cell]
) -> int | None:
    for at in range(start + 1, len(body)):
        kind = _type(body[at][1], header)
        if kind == "begin_repeat":
            return None
        if kind == "end_repeat":
            return at
    return None


def _entry_relevant(count: str, k: int, name: str) -> str:
    """When entry k is shown: always (a fixed count), else its condition."""
    found = _COUNT.fullmatch(count)
    if found:
        return f"${{{found.group(1)}}} >= {k}"
    if count.isdigit() or k == 1:
        return ""
    return f"${{{name}_add_{k}}} = 'yes'"


def _renamed(row: list[Cell], columns: dict[str, int], names: set[str], k: int) -> list[Cell]:
    """A row of entry k: its name numbered, references to the entry's questions too."""
    copy = list(row)
    name = str(copy[columns["name"]] or "").strip()
    if name:
        copy[columns["name"]] = f"{name}_{k}"

    def number(found: re.Match[str]) -> str:
        ref = found.group(1)
        return f"${{{ref}_{k}}}" if ref in names else found.group(0)

    for column in ("relevant", "constraint", "calculation", "required"):
        index = columns.get(column)
        if index is not None and isinstance(copy[index], str):
            copy[index] = _COUNT.sub(number, str(copy[index]))
    return copy


def _add_another(
    repeat: list[Cell],
    header: Sequence[Cell],
    columns: dict[str, int],
    labels: list[tuple[int, str]],
    t: Translator,
    k: int,
) -> list[Cell]:
    """The yes/no question that opens entry k, at the end of entry k - 1."""
    row: list[Cell] = [None] * len(header)
    row[columns["type"]] = f"select_one {ADD_LIST}"
    row[columns["name"]] = f"{repeat[columns['name']]}_add_{k}"
    row[columns[KIND_COLUMN.lower()]] = "yesno"
    if "required" in columns:
        row[columns["required"]] = "yes"
    for index, lang in labels:
        group = str(repeat[index] or repeat[columns["name"]] or "")
        row[index] = t(lang, "kinds-add-another", {"group": group})
    return row


def _with_add_list(choices: Rows, language_of: Callable[[str], str], t: Translator) -> Rows:
    """The choices sheet with the yes/no list of "Add another?" (in each label language)."""
    header: list[Cell] = list(choices[0]) if choices else ["list_name", "name", "label"]
    names = [str(n or "").strip().lower() for n in header]
    rows: Rows = [header, *choices[1:]]
    for choice in ("yes", "no"):
        row: list[Cell] = [None] * len(header)
        for index, name in enumerate(names):
            if name in ("list_name", "list name"):
                row[index] = ADD_LIST
            elif name == "name":
                row[index] = choice
            elif _is_label(name):
                row[index] = t(language_of(str(header[index])), f"choice-{choice}")
        rows.append(row)
    return rows
