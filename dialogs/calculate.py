"""XLSForm `calculation`s: arithmetic on earlier answers, and `if()`. Pure: no I/O.

The supported subset, as forms use it:

    ${q}  numbers  'text'  + - * div mod  ( … )
    if(condition, then, else)  round(x, digits)  int(x)  number(x)  coalesce(a, b)
    concat(a, b, …)
    conditions: = != < <= > >=  and  or  not(…)  selected(${q}, 'v')

Anything else raises ExpressionError with the same Fluent ids as dialogs.conditions.
A calculation over an unanswered question is empty (None), as in ODK Collect, except inside
coalesce() and concat(), which treat it as "".
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Union

from dialogs.conditions import ExpressionError, chosen_ids

Value = int | float | str | None

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<ref>\$\{\s*[^}\s]*\s*\})
      | (?P<string>'[^']*'|"[^"]*")
      | (?P<number>\d+(?:\.\d+)?|\.\d+)
      | (?P<op>!=|<=|>=|=|<|>|\+|-|\*)
      | (?P<punct>[(),])
      | (?P<word>[A-Za-z_][\w-]*)
      | (?P<bad>\S)
    )""",
    re.VERBOSE,
)
_FUNCTIONS = {"if": 3, "round": 2, "int": 1, "number": 1, "coalesce": 2, "concat": -1}


@dataclass(frozen=True)
class Ref:
    name: str


@dataclass(frozen=True)
class Const:
    value: int | float | str


@dataclass(frozen=True)
class Op:
    op: str
    left: Node
    right: Node


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple[Node, ...]


@dataclass(frozen=True)
class Selected:
    question: str
    choice: str


Node = Union[Ref, Const, Op, Call, Selected]  # noqa: UP007 - a recursive alias


def _tokens(text: str) -> list[tuple[str, str]]:
    tokens = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind is None:
            continue
        raw = match.group(kind).strip()
        if kind == "bad":
            raise ExpressionError("xlsform-expr-unexpected", {"token": raw})
        tokens.append((kind, raw))
    return tokens


class _Parser:
    """Recursive descent: or > and > comparison > sum > product > unary > atom."""

    def __init__(self, text: str) -> None:
        self.tokens = _tokens(text)
        self.at = 0

    def parse(self) -> Node:
        if not self.tokens:
            raise ExpressionError("xlsform-expr-empty")
        node = self.either()
        if self.at < len(self.tokens):
            raise ExpressionError("xlsform-expr-unexpected", {"token": self.tokens[self.at][1]})
        return node

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self, text: str | None = None) -> tuple[str, str]:
        token = self.peek()
        if token is None:
            raise ExpressionError("xlsform-expr-end")
        if text is not None and token[1].lower() != text:
            raise ExpressionError("xlsform-expr-unexpected", {"token": token[1]})
        self.at += 1
        return token

    def word_is(self, *words: str) -> str | None:
        token = self.peek()
        if token is not None and token[0] in ("word", "op") and token[1].lower() in words:
            return token[1].lower()
        return None

    def either(self) -> Node:
        node = self.both()
        while self.word_is("or"):
            self.at += 1
            node = Op("or", node, self.both())
        return node

    def both(self) -> Node:
        node = self.comparison()
        while self.word_is("and"):
            self.at += 1
            node = Op("and", node, self.comparison())
        return node

    def comparison(self) -> Node:
        node = self.sum()
        op = self.word_is("=", "!=", "<", "<=", ">", ">=")
        if op:
            self.at += 1
            node = Op(op, node, self.sum())
        return node

    def sum(self) -> Node:
        node = self.product()
        while op := self.word_is("+", "-"):
            self.at += 1
            node = Op(op, node, self.product())
        return node

    def product(self) -> Node:
        node = self.unary()
        while op := self.word_is("*", "div", "mod"):
            self.at += 1
            node = Op(op, node, self.unary())
        return node

    def unary(self) -> Node:
        if self.word_is("-"):
            self.at += 1
            return Op("-", Const(0), self.unary())
        return self.atom()

    def atom(self) -> Node:
        kind, text = self.take()
        if kind == "ref":
            return Ref(text[2:-1].strip())
        if kind == "number":
            return Const(float(text) if "." in text else int(text))
        if kind == "string":
            return Const(text[1:-1])
        if kind == "punct" and text == "(":
            node = self.either()
            self.take(")")
            return node
        if kind == "word":
            return self.call(text)
        raise ExpressionError("xlsform-expr-unexpected", {"token": text})

    def call(self, name: str) -> Node:
        lowered = name.lower()
        following = self.peek()
        wanted = _FUNCTIONS.get(lowered)
        if following != ("punct", "(") or (wanted is None and lowered not in ("not", "selected")):
            raise ExpressionError("xlsform-expr-function", {"name": name})
        self.at += 1
        if lowered == "selected":
            kind, ref = self.take()
            if kind != "ref":
                raise ExpressionError("xlsform-expr-unexpected", {"token": ref})
            self.take(",")
            kind, choice = self.take()
            if kind != "string":
                raise ExpressionError("xlsform-expr-unexpected", {"token": choice})
            self.take(")")
            return Selected(ref[2:-1].strip(), choice[1:-1])
        args = [self.either()]
        while self.peek() == ("punct", ","):
            self.at += 1
            args.append(self.either())
        self.take(")")
        if lowered == "not":
            return Op("=", Call("boolean", tuple(args[:1])), Const(0))
        if wanted not in (-1, len(args)) and not (lowered == "round" and len(args) == 1):
            raise ExpressionError("xlsform-expr-function", {"name": name})
        return Call(lowered, tuple(args))


@cache
def parse_calculation(text: str) -> Node:
    """The calculation as a tree; ExpressionError if outside the subset (remembered)."""
    return _Parser(text).parse()


def references(node: Node) -> Iterator[str]:
    """The names of the questions a calculation reads."""
    match node:
        case Ref(name=name) | Selected(question=name):
            yield name
        case Op(left=left, right=right):
            yield from references(left)
            yield from references(right)
        case Call(args=args):
            for arg in args:
                yield from references(arg)


def calculate(text: str, answers: Mapping[str, Any]) -> Value:
    """The value of a calculation over the answers so far (None: not computable yet)."""
    try:
        return _tidy(_eval(parse_calculation(text), answers))
    except _Empty:
        return None


class _Empty(Exception):
    """An unanswered question (or a division by zero): the calculation is empty."""


def _plain(value: Any) -> Value:
    """An answer as a calculation sees it: numbers, choice names, text."""
    if value is None or (isinstance(value, dict) and value.get("not_applicable")):
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float | str):
        return value
    picked = chosen_ids(value)
    return " ".join(sorted(picked)) if picked else None


def _number(value: Value) -> float:
    if value is None or value == "":
        raise _Empty
    if isinstance(value, int | float):
        return value
    try:
        return float(value)
    except ValueError:
        raise _Empty from None


def _eval(node: Node, answers: Mapping[str, Any]) -> Value:
    match node:
        case Const(value=value):
            return value
        case Ref(name=name):
            found = _plain(answers.get(name))
            if found is None:
                raise _Empty
            return found
        case Selected(question=question, choice=choice):
            return int(choice in chosen_ids(answers.get(question)))
        case Op(op="and", left=left, right=right):
            return int(_truth(_eval(left, answers)) and _truth(_eval(right, answers)))
        case Op(op="or", left=left, right=right):
            return int(_truth(_eval(left, answers)) or _truth(_eval(right, answers)))
        case Op(op=op, left=left, right=right):
            return _binary(op, _eval(left, answers), _eval(right, answers))
        case Call(name=name, args=args):
            return _call(name, args, answers)
    raise TypeError(node)


def _binary(op: str, left: Value, right: Value) -> Value:
    if op in ("=", "!="):
        if isinstance(left, int | float) or isinstance(right, int | float):
            same = _number(left) == _number(right)
        else:
            same = str(left) == str(right)
        return int(same if op == "=" else not same)
    a, b = _number(left), _number(right)
    match op:
        case "<":
            return int(a < b)
        case "<=":
            return int(a <= b)
        case ">":
            return int(a > b)
        case ">=":
            return int(a >= b)
        case "+":
            return a + b
        case "-":
            return a - b
        case "*":
            return a * b
        case "div":
            if b == 0:
                raise _Empty
            return a / b
    if b == 0:
        raise _Empty
    return math.fmod(a, b)


def _call(name: str, args: tuple[Node, ...], answers: Mapping[str, Any]) -> Value:
    if name == "if":
        chosen = args[1] if _truth(_eval(args[0], answers)) else args[2]
        return _eval(chosen, answers)
    if name in ("coalesce", "concat"):
        values = []
        for arg in args:
            try:
                values.append(_eval(arg, answers))
            except _Empty:
                values.append("")
        if name == "concat":
            return "".join(str(_tidy(v)) for v in values)
        return next((v for v in values if v not in (None, "")), "")
    value = _number(_eval(args[0], answers))
    if name == "boolean":
        return int(bool(value))
    if name == "int":
        return int(value)
    if name == "round":
        digits = int(_number(_eval(args[1], answers))) if len(args) > 1 else 0
        return round(value, digits)
    return value  # number()


def _truth(value: Value) -> bool:
    if isinstance(value, str):
        return value != ""
    return bool(value)


def _tidy(value: Value) -> Value:
    """Whole results as whole numbers (2.0 → 2), others to 10 significant digits."""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return int(value)
        return float(f"{value:.10g}")
    return value
