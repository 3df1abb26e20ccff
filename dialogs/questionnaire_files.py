"""The questionnaire written as the developers' files: questionnaire.yaml and questionnaire.ftl.

Pure text in, text out (the caller writes the files), keeping the YAML's comments by question id
so that a re-import stays a small, readable diff.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

import yaml

from dialogs.model import (
    Kind,
    Questionnaire,
    when_data,
)

# ---- writing the developers' files ----

YAML_HEADER = """\
# The CECOPS questionnaire. Question and choice ids are stable: they are stored, exported and
# e-mailed. Wording lives in locales/*/questionnaire.ftl under these keys:
#   section-<section>            section title
#   q-<question>                 the question as asked
#   q-<question>-label           a short label for the review, e-mails and exports
#   q-<question>-hint            (optional in every language at once) a hint shown under the \
question
#   choice-<question>-<choice>   a choice label
# To add a question: add it here, add its keys in all four locales, run `make test`.
"""
FTL_HEADER = """\
# The CECOPS questionnaire: section titles, questions, short labels, hints and choices.
# Ids follow dialogs/questionnaire.yaml.
"""


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", text) and yaml.safe_load(text) == text:
        return text
    return json.dumps(text, ensure_ascii=False)


def _version_scalar(version: str) -> str:
    """A version as YAML: a whole number plainly (as it always was), any other text quoted."""
    return version if re.fullmatch(r"[1-9]\d{0,8}", version) else json.dumps(version)


def _flow(value: Any) -> str:
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{k}: {_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    return _scalar(value)


_ID_LINE = re.compile(r"^(\s*)-\s*(?:\{\s*)?id:\s*([\w-]+)")


def yaml_notes(text: str) -> dict[str, list[str]]:
    """Comment lines inside a questionnaire YAML, by the section or question they precede."""
    notes: dict[str, list[str]] = {}
    pending: list[str] = []
    started = False
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            if started:
                pending.append(line)
            continue
        started = True
        found = _ID_LINE.match(line)
        if found and pending:
            notes[f"{len(found.group(1))}:{found.group(2)}"] = pending
        if line.strip():
            pending = []
    return notes


def questionnaire_yaml(
    data: Mapping[str, Any],
    header: str | None = None,
    notes: Mapping[str, list[str]] | None = None,
) -> str:
    """The questionnaire data as YAML in the repository's hand-written style.

    `header` and `notes` (see yaml_notes) carry over the comments of the file it replaces.
    """
    notes = notes or {}
    lines = [(header or YAML_HEADER).rstrip("\n")]
    version = str(data["version"])
    lines += [f"id: {_scalar(data['id'])}", f"version: {_version_scalar(version)}"]
    lines.append(f"consent_version: {data['consent_version']}")
    if data.get("metadata"):
        lines.append(f"metadata: {_flow(data['metadata'])}")
    lines.append("sections:")
    for index, section in enumerate(data["sections"]):
        if index:
            lines.append("")
        lines += notes.get(f"2:{section['id']}", [])
        lines += [f"  - id: {_scalar(section['id'])}", "    questions:"]
        for question in section["questions"]:
            fields = {k: v for k, v in question.items()}
            if "when" in fields and not isinstance(fields["when"], dict | str):
                fields["when"] = when_data(fields["when"])
            lines += notes.get(f"6:{fields['id']}", [])
            if "choices" not in fields and "when" not in fields:
                lines.append(f"      - {_flow(fields)}")
                continue
            first = True
            for key, value in fields.items():
                prefix = "      - " if first else "        "
                lines.append(f"{prefix}{key}: {_flow(value)}")
                first = False
    return "\n".join(lines) + "\n"


_FLUENT_ID = re.compile(r"[a-zA-Z][a-zA-Z0-9_-]*")


def names_outside_fluent(questionnaire: Questionnaire) -> list[str]:
    """Question, section and choice names that cannot be part of a Fluent message id.

    XLSForm allows dots and accented letters in names; the .ftl files do not. Such a form runs
    from QUESTIONNAIRE_FILE (its texts never go through .ftl), but cannot be imported.
    """
    names = [s.id for s in questionnaire.sections]
    for q in questionnaire.questions():
        names += [q.id, *q.choices]
    return list(dict.fromkeys(n for n in names if not _FLUENT_ID.fullmatch(f"x{n}")))


def _ftl_value(text: str) -> str:
    escaped = (
        text.replace("{", '{"{"}').replace("}", '{"}"}') if "{" in text or "}" in text else text
    )
    lines = escaped.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        if line[:1] in ("[", "*", "."):
            line = '{"' + line[0] + '"}' + line[1:]
        out.append("    " + line if line else "")
    return ("\n" if len(out) > 1 and not out[0] else "") + "\n".join(out)


def questionnaire_ftl(
    questionnaire: Questionnaire, messages: Mapping[str, str], header: str | None = None
) -> str:
    """One language's questionnaire.ftl: section titles, then each section's questions."""
    lines = [header or FTL_HEADER]
    for section in questionnaire.sections:
        lines.append(f"{section.title_key} = {_ftl_value(messages[section.title_key])}")
    for section in questionnaire.sections:
        lines.append("")
        for q in section.questions:
            keys = [q.prompt_key, q.label_key, q.hint_key, q.constraint_key]
            if q.kind is not Kind.YESNO:
                keys += [q.choice_key(c) for c in q.choices]
            lines += [f"{k} = {_ftl_value(messages[k])}" for k in keys if k in messages]
    return "\n".join(lines) + "\n"
