"""The partners' evaluation without I/O: who may see what, assignment, the ranking's maths and
the review form as data."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviews.access import (
    REVIEWER_ROUTES,
    may_edit_review,
    may_open,
    may_open_review,
    may_see_answer,
    may_see_confidential,
    may_see_others,
)
from reviews.assign import Experience, Reviewer, conflict, plan_assignments, same_organisation
from reviews.criteria import LANGUAGES, CriteriaError, load_form
from reviews.ranking import Scored, standing


def test_reviewers_open_only_their_pages_staff_not_the_admin_ones() -> None:
    for route in ("submissions", "export", "status", "erase", "file", "audit", "round", "people"):
        assert not may_open("reviewer", route), route
    assert all(may_open("reviewer", route) for route in REVIEWER_ROUTES)
    assert may_open("staff", "round") and not may_open("staff", "people")
    assert may_open("admin", "people")


def test_others_reviews_and_confidential_comments() -> None:
    assert not may_see_others("reviewer", own_submitted=False)
    assert may_see_others("reviewer", own_submitted=True)
    assert may_see_others("staff", own_submitted=False)
    assert not may_see_confidential("reviewer") and may_see_confidential("staff")
    assert not may_open_review("reviewer", 1, 2) and may_open_review("reviewer", 2, 2)
    assert may_open_review("staff", 1, 2)
    assert not may_edit_review(2, 2, round_open=False) and not may_edit_review(1, 2, True)
    contacts = frozenset({"contact_email"})
    assert not may_see_answer("reviewer", "contact_email", contacts)
    assert may_see_answer("staff", "contact_email", contacts)


def test_conflicts_country_organisation_declared() -> None:
    met = Reviewer(1, "GB", "Metropolitan Police", frozenset({"en"}))
    assert conflict(met, Experience("a", "GB", "Other", "en")) == "country"
    assert conflict(met, Experience("b", "FR", "  metropolitan   POLICE ", "en")) == "organisation"
    assert conflict(met, Experience("c", "FR", "X", "fr", declined=frozenset({1}))) == "declared"
    assert conflict(met, Experience("d", "FR", "X", "fr")) is None
    assert same_organisation("Vilniaus savivaldybė", "VILNIAUS SAVIVALDYBE")


def test_bulk_plan_balances_avoids_conflicts_prefers_readers() -> None:
    reviewers = [
        Reviewer(1, "GB", "Met", frozenset({"en"})),
        Reviewer(2, "IT", "RiSSC", frozenset({"it", "en"})),
        Reviewer(3, "LT", "LII", frozenset({"lt", "en", "fr"})),
    ]
    exps = [
        Experience("it1", "IT", "Bologna", "it"),
        Experience("it2", "IT", "Vicini", "it"),
        Experience("gb1", "GB", "Met", "en"),
        Experience("lt1", "LT", "Vilnius", "lt"),
        Experience("fr1", "FR", "Lyon", "fr"),
        Experience("fr2", "FR", "Nantes", "fr"),
    ]
    plan = plan_assignments(exps, reviewers, 2)
    assert plan.short == []
    by_exp: dict[str, set[int]] = {}
    for key, rid in plan.assignments:
        by_exp.setdefault(key, set()).add(rid)
    assert all(len(ids) == 2 for ids in by_exp.values())
    exp_of = {e.key: e for e in exps}
    rev_of = {r.user_id: r for r in reviewers}
    assert all(conflict(rev_of[rid], exp_of[key]) is None for key, rid in plan.assignments)
    load = [sum(rid == r.user_id for _, rid in plan.assignments) for r in reviewers]
    assert load == [4, 4, 4]
    # A French experience with one slot left goes to the reader of French first.
    one = plan_assignments([Experience("fr3", "FR", "Lille", "fr")], reviewers, 1)
    assert one.assignments == [("fr3", 3)]
    # Too few reviewers without a conflict: said, not forced.
    assert plan_assignments([Experience("x", "IT", "RiSSC", "it")], reviewers[1:2], 1).short


def test_ranking_means_spread_disagreement_and_counts() -> None:
    criteria = ("a", "b", "c")
    reviews = [
        Scored({"a": 5, "b": 4, "c": 1}, "select_for_guide"),
        Scored({"a": 3, "b": 4, "c": 2}, "select_for_guide"),
        Scored({"a": 4, "b": 5}, "not_this_time"),
    ]
    found = standing(reviews, expected=4, criteria=criteria)
    assert found.means == {"a": 4.0, "b": 13 / 3, "c": 1.5}
    assert found.overall == pytest.approx((4.0 + 13 / 3 + 1.5) / 3)
    assert found.spread == {"a": 2, "b": 1, "c": 1}
    assert found.disagree and found.widest == 2
    assert found.recommendations == {"select_for_guide": 2, "not_this_time": 1}
    assert (found.reviews_in, found.expected) == (3, 4)
    calm = standing(reviews[:1], 2, criteria)
    assert not calm.disagree
    empty = standing([], 2, criteria)
    assert empty.overall is None and empty.means["a"] is None


def test_the_packaged_form_has_six_criteria_in_four_languages() -> None:
    form = load_form()
    assert form.ids == (
        "reassurance",
        "social_action",
        "public_order",
        "transferability",
        "sustainability",
        "ethics",
    )
    for item in (*form.criteria, *form.recommendations):
        for lang in LANGUAGES:
            assert item.label_in(lang) and (item in form.recommendations or item.guidance[lang])
    assert list(form.scale) == [1, 2, 3, 4, 5]
    assert {"contact_name", "contact_email", "contact_phone"} <= form.contact_details


def test_a_broken_form_names_the_entry(tmp_path: Path) -> None:
    path = tmp_path / "criteria.yaml"
    path.write_text(
        "criteria:\n  - id: ethics\n    label: {en: Ethics}\n    guidance: {en: Why}\n"
        "recommendations:\n  - id: yes\n    label: {en: Y, fr: Y, it: Y, lt: Y}\n",
        "utf-8",
    )
    with pytest.raises(CriteriaError, match=r"criteria #1 \(ethics\): label missing in fr"):
        load_form(path)
