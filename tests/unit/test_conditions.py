"""Skip-logic expressions: the supported XLSForm subset is read, written back and evaluated."""

from __future__ import annotations

import pytest

from dialogs.conditions import (
    AllOf,
    Answered,
    AnyOf,
    Compare,
    Condition,
    ExpressionError,
    Not,
    parse_expression,
    to_expression,
)
from dialogs.model import Questionnaire


def test_each_supported_form_becomes_the_engine_condition() -> None:
    assert parse_expression("${evaluated} = 'yes'") == Condition("evaluated", frozenset({"yes"}))
    assert parse_expression("${evaluated} != 'no'") == Condition(
        "evaluated", not_in=frozenset({"no"})
    )
    assert parse_expression('selected( ${settings} , "night")') == Condition(
        "settings", frozenset({"night"})
    )
    assert parse_expression("${n} >= 10") == Compare("n", ">=", 10)
    assert parse_expression("10 < ${n}") == Compare("n", ">", 10)
    assert parse_expression("${city} != ''") == Answered("city", answered=True)
    assert parse_expression("NOT(${a} = 'x')") == Not(Condition("a", frozenset({"x"})))


def test_and_or_not_and_parentheses_keep_their_precedence() -> None:
    tree = parse_expression(
        "${a} = 'x' or ${n} > 3 and not(selected(${m}, 'k')) or (${b} = 'y' and ${n} < 9)"
    )
    assert tree == AnyOf(
        (
            Condition("a", frozenset({"x"})),
            AllOf((Compare("n", ">", 3), Not(Condition("m", frozenset({"k"}))))),
            AllOf((Condition("b", frozenset({"y"})), Compare("n", "<", 9))),
        )
    )


def test_tests_on_one_question_merge_into_the_yaml_form() -> None:
    assert parse_expression("${q} = 'a' or ${q} = 'b'") == Condition("q", frozenset({"a", "b"}))
    assert parse_expression("${q} != 'a' and ${q} != 'b'") == Condition(
        "q", not_in=frozenset({"a", "b"})
    )
    assert parse_expression("(${q} = 'a' or ${q} = 'b') and ${q} != 'c'") == Condition(
        "q", frozenset({"a", "b"}), frozenset({"c"})
    )


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("${a} = 'x' and", "xlsform-expr-end"),
        ("count-selected(${m}) > 2", "xlsform-expr-function"),
        ("${a} = 'x' ; 1", "xlsform-expr-unexpected"),
        ("${n} > 2.5", "xlsform-expr-whole-number"),
        ("${a} > 'x'", "xlsform-expr-text-order"),
        ("${a} = ${b}", "xlsform-expr-unexpected"),
        ("(${a} = 'x'", "xlsform-expr-end"),
        ("", "xlsform-expr-empty"),
        ("${a} = 'x' ${b} = 'y'", "xlsform-expr-unexpected"),
    ],
)
def test_anything_else_is_refused(text: str, key: str) -> None:
    with pytest.raises(ExpressionError) as caught:
        parse_expression(text)
    assert caught.value.key == key


def test_evaluation_follows_the_engine_rules() -> None:
    shown = parse_expression("(${n} >= 10 or selected(${m}, 'k')) and ${a} != 'no'")
    assert shown.holds({"n": 12, "a": {"choice": "yes"}})
    assert shown.holds({"n": 2, "m": {"choices": ["j", "k"]}, "a": {"choice": "yes"}})
    assert not shown.holds({"n": 2, "m": {"choices": ["j"]}, "a": {"choice": "yes"}})
    assert not shown.holds({"n": 12, "a": {"choice": "no"}})
    assert not shown.holds({"n": 12})  # "!=" on an unanswered question: nothing to show yet
    yesno = parse_expression("${may_contact} = 'yes'")
    assert yesno.holds({"may_contact": True})
    assert not yesno.holds({"may_contact": False})
    answered = parse_expression("${link} != ''")
    assert answered.holds({"link": "https://x.eu"})
    assert not answered.holds({"link": None})


@pytest.mark.parametrize(
    "text",
    [
        "${a} = 'x'",
        "selected(${m}, 'k') or selected(${m}, 'j')",
        "not(${a} = 'x') and (${n} < 3 or ${n} > 9)",
        "${a} != '' and (${b} = 'it''s')".replace("'it''s'", '"it\'s"'),
        "(${q} = 'a' or ${q} = 'b') and ${q} != 'c'",
    ],
)
def test_written_expressions_read_back_the_same(text: str) -> None:
    tree = parse_expression(text)
    assert parse_expression(to_expression(tree, frozenset({"m"}))) == tree


def test_the_cecops_conditions_survive_a_trip_through_expressions(
    questionnaire: Questionnaire,
) -> None:
    multi = frozenset(q.id for q in questionnaire.questions() if q.kind.value == "multi")
    conditions = [q.when for q in questionnaire.questions() if q.when is not None]
    assert conditions
    for when in conditions:
        assert parse_expression(to_expression(when, multi)) == when
