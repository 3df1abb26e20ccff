"""Skip logic: when a question is shown, as a small tree of conditions on earlier answers.

The same conditions are written two ways: in `questionnaire.yaml` (the original
`{question, in, not_in}` mapping, or an expression string) and as an XLSForm `relevant`
expression. `parse_expression` reads the supported subset of XLSForm expressions:

    ${q} = 'v'   ${q} != 'v'   selected(${q}, 'v')   ${q} = ''   ${q} != ''
    ${q} < 5  <=  >  >=  =  !=  (whole numbers)       and  or  not(…)  ( … )

Anything else raises ExpressionError (never silently ignored). Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final, Union

NUMERIC_OPS = ("=", "!=", "<", "<=", ">", ">=")


def chosen_ids(value: Any) -> frozenset[str]:
    """The choice ids an answer stands for, whatever its kind (empty if none)."""
    if isinstance(value, bool):
        return frozenset({"yes" if value else "no"})
    if isinstance(value, dict):
        if "choice" in value:
            return frozenset({str(value["choice"])})
        if "choices" in value:
            return frozenset(str(c) for c in value["choices"])
    return frozenset()


def condition_key(value: Any) -> Any:
    """What conditions can see of an answer, as a hashable value (for caching)."""
    if value is None:
        return None
    picked = chosen_ids(value)
    if picked:
        return picked
    if isinstance(value, int | float | str):
        return value
    return True  # answered (a file, say): only "is it answered" can look at it


@dataclass(frozen=True)
class Condition:
    """An earlier choice answer is among some choice ids (in_) and/or none of others (not_in)."""

    question: str
    in_: frozenset[str] = frozenset()
    not_in: frozenset[str] = frozenset()

    def holds(self, answers: Mapping[str, Any]) -> bool:
        """Whether the condition is met by the answers given so far."""
        picked = chosen_ids(answers.get(self.question))
        if self.in_ and not (picked & self.in_):
            return False
        # An unanswered question satisfies no "not_in" either: nothing to show yet.
        return not (self.not_in and (not picked or picked & self.not_in))

    def sources(self) -> Iterator[str]:
        yield self.question


@dataclass(frozen=True)
class Compare:
    """An earlier whole-number answer compared with a number (false while unanswered)."""

    question: str
    op: str
    number: int

    def holds(self, answers: Mapping[str, Any]) -> bool:
        value = answers.get(self.question)
        if not isinstance(value, int | float) or isinstance(value, bool):
            return False  # unanswered, or not a number (a whole number, a decimal, a result)
        match self.op:
            case "=":
                return value == self.number
            case "!=":
                return value != self.number
            case "<":
                return value < self.number
            case "<=":
                return value <= self.number
            case ">":
                return value > self.number
        return value >= self.number

    def sources(self) -> Iterator[str]:
        yield self.question


@dataclass(frozen=True)
class Answered:
    """An earlier question has (answered=True) or has not (False) been given an answer."""

    question: str
    answered: bool = True

    def holds(self, answers: Mapping[str, Any]) -> bool:
        return (answers.get(self.question) is not None) is self.answered

    def sources(self) -> Iterator[str]:
        yield self.question


@dataclass(frozen=True)
class AllOf:
    """Every part holds."""

    parts: tuple[When, ...]

    def holds(self, answers: Mapping[str, Any]) -> bool:
        return all(part.holds(answers) for part in self.parts)

    def sources(self) -> Iterator[str]:
        for part in self.parts:
            yield from part.sources()


@dataclass(frozen=True)
class AnyOf:
    """At least one part holds."""

    parts: tuple[When, ...]

    def holds(self, answers: Mapping[str, Any]) -> bool:
        return any(part.holds(answers) for part in self.parts)

    def sources(self) -> Iterator[str]:
        for part in self.parts:
            yield from part.sources()


@dataclass(frozen=True)
class Not:
    """The part does not hold."""

    part: When

    def holds(self, answers: Mapping[str, Any]) -> bool:
        return not self.part.holds(answers)

    def sources(self) -> Iterator[str]:
        yield from self.part.sources()


When = Union[Condition, Compare, Answered, AllOf, AnyOf, Not]  # noqa: UP007 - a recursive alias


def all_of(parts: list[When]) -> When:
    """AND of parts, flattened; choice tests on one question merged as the YAML form has them."""
    flat: list[When] = []
    for part in parts:
        flat.extend(part.parts if isinstance(part, AllOf) else (part,))
    merged: list[When] = []
    for part in flat:
        # "in A and not in B" is one YAML condition; two "in" tests are not ("in A ∩ B").
        index = _twin(merged, part, lambda a, b: not (a.in_ and b.in_))
        if index is None:
            merged.append(part)
        else:
            first, second = merged[index], part
            assert isinstance(first, Condition)
            assert isinstance(second, Condition)
            both = Condition(first.question, first.in_ | second.in_, first.not_in | second.not_in)
            merged[index] = both
    return merged[0] if len(merged) == 1 else AllOf(tuple(merged))


def any_of(parts: list[When]) -> When:
    """OR of parts, flattened; "is one of" tests on one question merged into one."""
    flat: list[When] = []
    for part in parts:
        flat.extend(part.parts if isinstance(part, AnyOf) else (part,))
    merged: list[When] = []
    for part in flat:
        index = _twin(merged, part, lambda a, b: not (a.not_in or b.not_in))
        if index is None:
            merged.append(part)
        else:
            first, second = merged[index], part
            assert isinstance(first, Condition)
            assert isinstance(second, Condition)
            merged[index] = Condition(first.question, first.in_ | second.in_)
    return merged[0] if len(merged) == 1 else AnyOf(tuple(merged))


def _twin(
    merged: list[When], part: When, fits: Callable[[Condition, Condition], bool]
) -> int | None:
    """Where an earlier choice test on the same question sits, if the two combine."""
    if not isinstance(part, Condition):
        return None
    for index, earlier in enumerate(merged):
        same = isinstance(earlier, Condition) and earlier.question == part.question
        if same and fits(earlier, part):  # type: ignore[arg-type]
            return index
    return None


# ---- reading expressions ----


class ExpressionError(ValueError):
    """An expression outside the supported subset: a Fluent message id and its arguments."""

    def __init__(self, key: str, args: Mapping[str, str | int] | None = None) -> None:
        super().__init__(key)
        self.key = key
        self.values: dict[str, str | int] = dict(args or {})


_TOKEN = re.compile(
    r"""\s*(?:
        (?P<ref>\$\{\s*(?P<name>[^}\s]*)\s*\})
      | (?P<string>'[^']*'|"[^"]*"|[‘’][^‘’]*[‘’])
      | (?P<number>-?\d+(?:\.\d+)?)
      | (?P<op>!=|<=|>=|=|<|>)
      | (?P<punct>[(),])
      | (?P<word>[A-Za-z_][\w:.-]*)
      | (?P<bad>\S)
    )""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    value: str


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind is None:
            continue
        if kind == "name":
            kind = "ref"
        raw = match.group(kind).strip()
        if kind == "bad":
            raise ExpressionError("xlsform-expr-unexpected", {"token": raw})
        if kind == "ref":
            value = match.group("name")
        elif kind == "string":
            value = raw[1:-1]
        else:
            value = raw
        tokens.append(_Token(kind, raw, value))
    return tokens


# Parentheses (and not(…)) inside one another: far more than any form needs, far less than
# Python's recursion limit.
MAX_NESTING: Final = 50


class _Parser:
    """Recursive descent over the tokens; one method per grammar rule."""

    def __init__(self, text: str) -> None:
        self.tokens = _tokens(text)
        self.at = 0
        self.depth = 0

    def parse(self) -> When:
        if not self.tokens:
            raise ExpressionError("xlsform-expr-empty")
        result = self.disjunction()
        if self.at < len(self.tokens):
            raise ExpressionError("xlsform-expr-unexpected", {"token": self.tokens[self.at].text})
        return result

    def peek(self) -> _Token | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self, kind: str, text: str | None = None) -> _Token:
        token = self.peek()
        if token is None:
            raise ExpressionError("xlsform-expr-end")
        if token.kind != kind or (text is not None and token.value.lower() != text):
            raise ExpressionError("xlsform-expr-unexpected", {"token": token.text})
        self.at += 1
        return token

    def is_word(self, word: str) -> bool:
        token = self.peek()
        return token is not None and token.kind == "word" and token.value.lower() == word

    def disjunction(self) -> When:
        parts = [self.conjunction()]
        while self.is_word("or"):
            self.at += 1
            parts.append(self.conjunction())
        return any_of(parts)

    def conjunction(self) -> When:
        parts = [self.unary()]
        while self.is_word("and"):
            self.at += 1
            parts.append(self.unary())
        return all_of(parts)

    def unary(self) -> When:
        token = self.peek()
        if token is None:
            raise ExpressionError("xlsform-expr-end")
        if token.kind == "punct" and token.value == "(":
            self.at += 1
            inner = self.nested()
            self.take("punct", ")")
            return inner
        if token.kind == "word":
            name = token.value.lower()
            following = self.tokens[self.at + 1] if self.at + 1 < len(self.tokens) else None
            if name not in ("not", "selected") or following is None or following.value != "(":
                raise ExpressionError("xlsform-expr-function", {"name": token.text})
            self.at += 2
            if name == "not":
                inner = self.nested()
                self.take("punct", ")")
                return Not(inner)
            question = self.take("ref").value
            self.take("punct", ",")
            choice = self.literal(strings_only=True)
            self.take("punct", ")")
            return Condition(question, in_=frozenset({choice}))
        return self.comparison()

    def nested(self) -> When:
        """A disjunction inside parentheses, refused past MAX_NESTING (not a RecursionError)."""
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise ExpressionError("xlsform-expr-too-deep", {"limit": MAX_NESTING})
        inner = self.disjunction()
        self.depth -= 1
        return inner

    def literal(self, *, strings_only: bool = False) -> str:
        token = self.peek()
        if token is None:
            raise ExpressionError("xlsform-expr-end")
        if token.kind == "string" or (token.kind == "number" and not strings_only):
            self.at += 1
            return token.value if token.kind == "string" else token.text
        raise ExpressionError("xlsform-expr-unexpected", {"token": token.text})

    def comparison(self) -> When:
        token = self.peek()
        if token is not None and token.kind == "ref":
            question = self.take("ref").value
            op = self.take("op").value
            return _compare(question, op, self.take_value())
        # A value first ("'yes' = ${q}", "5 < ${q}"): the same test the other way round.
        value = self.take_value()
        op = self.take("op").value
        question = self.take("ref").value
        flipped = {"<": ">", ">": "<", "<=": ">=", ">=": "<="}.get(op, op)
        return _compare(question, flipped, value)

    def take_value(self) -> _Token:
        token = self.peek()
        if token is None:
            raise ExpressionError("xlsform-expr-end")
        if token.kind not in ("string", "number"):
            raise ExpressionError("xlsform-expr-unexpected", {"token": token.text})
        self.at += 1
        return token


def _compare(question: str, op: str, value: _Token) -> When:
    if value.kind == "number":
        if "." in value.text:
            raise ExpressionError("xlsform-expr-whole-number", {"token": value.text})
        return Compare(question, op, int(value.text))
    if op not in ("=", "!="):
        raise ExpressionError("xlsform-expr-text-order", {"token": value.text})
    if value.value == "":
        return Answered(question, answered=op == "!=")
    if op == "=":
        return Condition(question, in_=frozenset({value.value}))
    return Condition(question, not_in=frozenset({value.value}))


def parse_expression(text: str) -> When:
    """The condition an expression stands for; ExpressionError if outside the subset."""
    return _Parser(text).parse()


# ---- writing expressions ----


def _quote(value: str) -> str:
    return f'"{value}"' if "'" in value else f"'{value}'"


def to_expression(when: When, multi: frozenset[str] = frozenset()) -> str:
    """The XLSForm expression of a condition; `multi`: ids of multiple-choice questions."""
    return _write(when, multi, top=True)


def _write(when: When, multi: frozenset[str], *, top: bool = False) -> str:
    match when:
        case Condition(question=q, in_=in_, not_in=not_in):
            ref = "${" + q + "}"
            tests: list[str] = []
            if in_:
                if q in multi:
                    ones = [f"selected({ref}, {_quote(v)})" for v in sorted(in_)]
                else:
                    ones = [f"{ref} = {_quote(v)}" for v in sorted(in_)]
                either = " or ".join(ones)
                tests.append(f"({either})" if len(ones) > 1 and (not_in or not top) else either)
            tests += [f"{ref} != {_quote(v)}" for v in sorted(not_in)]
            text = " and ".join(tests)
            return text if top or len(tests) == 1 else f"({text})"
        case Compare(question=q, op=op, number=n):
            return "${" + q + "} " + op + " " + str(n)
        case Answered(question=q, answered=yes):
            return "${" + q + "} " + ("!=" if yes else "=") + " ''"
        case Not(part=part):
            return f"not({_write(part, multi, top=True)})"
        case AllOf(parts=parts):
            text = " and ".join(_write(p, multi) for p in parts)
            return text if top else f"({text})"
        case AnyOf(parts=parts):
            text = " or ".join(_write(p, multi) for p in parts)
            return text if top else f"({text})"
    raise TypeError(when)
