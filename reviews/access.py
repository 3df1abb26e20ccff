"""Who may see and do what, in one place: roles, the pages reviewers may open, whose reviews a
reviewer sees, which answers and comments stay hidden. Tested in tests/unit/test_reviews_access.py.
"""

from __future__ import annotations

from typing import Final, Literal

Role = Literal["admin", "staff", "reviewer"]
ROLES: Final[tuple[Role, ...]] = ("admin", "staff", "reviewer")


def as_role(text: str | None) -> Role | None:
    """A stored role as a Role, None if it is not one."""
    for role in ROLES:
        if text == role:
            return role
    return None


# Everything a reviewer may open; any other route answers 403 (no list, export, triage,
# erasure, file, overview, audit or people page).
REVIEWER_ROUTES: Final = frozenset(
    {"home", "signout", "language", "reviews-mine", "review", "review-save", "review-conflict"}
)
# Pages and actions for admins only (staff get 403).
ADMIN_ROUTES: Final = frozenset(
    {"people", "people-add", "people-change", "round-create", "round-deadline"}
)


def may_open(role: Role, route: str | None) -> bool:
    """Whether this role may open this route at all (assignment is checked by the page)."""
    if role == "admin":
        return True
    if role == "staff":
        return route not in ADMIN_ROUTES
    return route in REVIEWER_ROUTES


def may_open_review(role: Role, viewer_id: int, reviewer_id: int) -> bool:
    """A review page: its reviewer, or staff and admins."""
    return role != "reviewer" or viewer_id == reviewer_id


def may_see_others(role: Role, own_submitted: bool) -> bool:
    """Other reviews of an experience: staff and admins always, a reviewer once their own is in."""
    return role != "reviewer" or own_submitted


def may_see_confidential(role: Role) -> bool:
    """The confidential comment for EFUS: staff and admins, never another reviewer."""
    return role != "reviewer"


def may_see_answer(role: Role, question_id: str, contact_details: frozenset[str]) -> bool:
    """Reviewers never see the respondent's contact details (data minimisation)."""
    return role != "reviewer" or question_id not in contact_details


def may_edit_review(viewer_id: int, reviewer_id: int, round_open: bool) -> bool:
    """Only its reviewer edits a review, and only until the round closes."""
    return viewer_id == reviewer_id and round_open
