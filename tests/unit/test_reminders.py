"""The reminder decision, its settings and the progress it reports: pure, no I/O."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from app.settings import Settings
from dialogs.countries import EUROPEAN
from dialogs.model import Questionnaire
from dialogs.reminders import (
    COUNTRY_ZONES,
    DraftActivity,
    ReminderPolicy,
    parse_duration,
    parse_hours,
    progress,
    reminder_due,
    respondent_zone,
)

VILNIUS = ZoneInfo("Europe/Vilnius")
BRUSSELS = ZoneInfo("Europe/Brussels")
ANY_TIME = parse_hours("00-24")
# A Wednesday, 10:00 UTC (12:00 in Vilnius, 11:00 in Brussels).
WEDNESDAY = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)


def policy(after: str = "3d", most: int = 2, hours: str = "00-24") -> ReminderPolicy:
    return ReminderPolicy(parse_duration(after), most, parse_hours(hours))


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90s", 90), ("45m", 2700), ("12h", 43200), ("3d", 259200), ("1w", 604800),
     ("1d12h", 129600), (" 3D ", 259200)],
)  # fmt: skip
def test_durations(text: str, seconds: int) -> None:
    assert parse_duration(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["", "3", "3x", "d3", "0s", "-1d", "3 days"])
def test_wrong_durations_say_what_is_expected_in_one_line(text: str) -> None:
    with pytest.raises(ValueError, match=r"duration") as error:
        parse_duration(text)
    assert "\n" not in str(error.value)


def test_default_hours_are_office_hours_on_weekdays() -> None:
    hours = parse_hours("Mon-Fri 09-18")
    assert hours.days == frozenset(range(5))
    assert hours.allows(datetime(2026, 12, 2, 9, 0))  # Wednesday 09:00
    assert hours.allows(datetime(2026, 12, 2, 17, 59))
    assert not hours.allows(datetime(2026, 12, 2, 18, 0))
    assert not hours.allows(datetime(2026, 12, 2, 8, 30))
    assert not hours.allows(datetime(2026, 12, 5, 12, 0))  # Saturday


def test_hours_without_days_mean_every_day_and_00_24_any_time() -> None:
    assert parse_hours("09-18").days == frozenset(range(7))
    assert ANY_TIME.allows(datetime(2026, 12, 6, 0, 0))
    assert ANY_TIME.allows(datetime(2026, 12, 6, 23, 59))


def test_hours_lists_ranges_minutes_and_windows_across_midnight() -> None:
    hours = parse_hours("Sat,Sun 10:30-12")
    assert hours.days == frozenset({5, 6}) and hours.start == time(10, 30)
    assert parse_hours("Fri-Mon 09-17").days == frozenset({4, 5, 6, 0})
    night = parse_hours("22-06")
    assert night.allows(datetime(2026, 12, 2, 23, 0)) and night.allows(datetime(2026, 12, 2, 5, 0))
    assert not night.allows(datetime(2026, 12, 2, 12, 0))


@pytest.mark.parametrize(
    "text", ["Mon-Fri", "Mon-Fri 9-25", "Mo-Fr 09-18", "Mon-Fri 09:61-18", "09-09", "a b c"]
)
def test_wrong_hours_are_refused_in_one_line(text: str) -> None:
    with pytest.raises(ValueError, match=r"^(not an?|an empty) ") as error:
        parse_hours(text)
    assert "\n" not in str(error.value) and repr(text) in str(error.value)


def test_a_draft_idle_for_the_period_gets_the_first_reminder() -> None:
    draft = DraftActivity(WEDNESDAY - timedelta(days=3), sent=0, last_reminder_at=None)
    assert reminder_due(policy(), draft, WEDNESDAY, BRUSSELS) == 1
    early = DraftActivity(WEDNESDAY - timedelta(days=3) + timedelta(seconds=1), 0, None)
    assert reminder_due(policy(), early, WEDNESDAY, BRUSSELS) is None


def test_the_second_reminder_waits_another_period_after_the_first() -> None:
    first_at = WEDNESDAY - timedelta(days=2)
    draft = DraftActivity(WEDNESDAY - timedelta(days=10), sent=1, last_reminder_at=first_at)
    assert reminder_due(policy(), draft, WEDNESDAY, BRUSSELS) is None
    assert reminder_due(policy(), draft, first_at + timedelta(days=3), BRUSSELS) == 2


def test_never_more_than_reminder_max_and_none_when_zero() -> None:
    old = WEDNESDAY - timedelta(days=30)
    done = DraftActivity(old, sent=2, last_reminder_at=old)
    assert reminder_due(policy(most=2), done, WEDNESDAY, BRUSSELS) is None
    assert reminder_due(policy(most=3), done, WEDNESDAY, BRUSSELS) == 3
    fresh = DraftActivity(old, sent=0, last_reminder_at=None)
    assert reminder_due(policy(most=0), fresh, WEDNESDAY, BRUSSELS) is None


def test_an_answer_after_a_reminder_restarts_the_wait() -> None:
    reminded = WEDNESDAY - timedelta(days=5)
    answered = WEDNESDAY - timedelta(days=1)
    draft = DraftActivity(answered, sent=1, last_reminder_at=reminded)
    assert reminder_due(policy(), draft, WEDNESDAY, BRUSSELS) is None
    assert reminder_due(policy(), draft, answered + timedelta(days=3), BRUSSELS) == 2


def test_a_lithuanian_draft_waits_until_nine_in_vilnius() -> None:
    office = policy(hours="Mon-Fri 09-18")
    at_0830_vilnius = datetime(2026, 12, 2, 8, 30, tzinfo=VILNIUS)
    draft = DraftActivity(at_0830_vilnius - timedelta(days=4), 0, None)
    # 08:30 in Vilnius is 07:30 in Brussels: too early in both, and the zone decides.
    assert reminder_due(office, draft, at_0830_vilnius, VILNIUS) is None
    at_0900_vilnius = datetime(2026, 12, 2, 9, 0, tzinfo=VILNIUS)
    assert reminder_due(office, draft, at_0900_vilnius, VILNIUS) == 1
    # 09:00 in Vilnius is 08:00 in Brussels: a Belgian draft still waits.
    assert reminder_due(office, draft, at_0900_vilnius, BRUSSELS) is None


def test_the_zone_is_the_answered_country_else_the_default() -> None:
    assert respondent_zone({"country": "LT"}, "Europe/Brussels") == VILNIUS
    assert respondent_zone({"country": "pt"}, "Europe/Brussels") == ZoneInfo("Europe/Lisbon")
    assert respondent_zone({"country": "JP"}, "Europe/Brussels") == BRUSSELS
    assert respondent_zone({}, "Europe/Rome") == ZoneInfo("Europe/Rome")


def test_every_european_country_offered_has_a_zone() -> None:
    assert set(EUROPEAN) <= set(COUNTRY_ZONES)
    for zone in COUNTRY_ZONES.values():
        ZoneInfo(zone)


def test_progress_counts_answers_given_and_sections_left(questionnaire: Questionnaire) -> None:
    nothing = progress(questionnaire, {})
    assert nothing.answered == 0
    assert nothing.sections_left == nothing.sections == len(questionnaire.sections)
    first = questionnaire.sections[0]
    answers: dict[str, Any] = {q.id: "x" for q in first.questions}
    answers[first.questions[-1].id] = None  # a skipped question is not an answer given
    some = progress(questionnaire, answers)
    assert some.answered == len(first.questions) - 1
    assert some.sections_left == some.sections - 1


def test_the_three_settings_are_read_and_checked_at_start_up() -> None:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.reminder_policy == policy("3d", 2, "Mon-Fri 09-18")
    custom = Settings(
        _env_file=None,  # type: ignore[call-arg]
        reminder_after="90s",
        reminder_max=0,
        reminder_hours="00-24",
    )
    assert custom.reminder_policy == ReminderPolicy(timedelta(seconds=90), 0, ANY_TIME)
    assert not custom.reminder_policy.enabled
    for wrong in ({"reminder_after": "3x"}, {"reminder_hours": "9-25"}, {"reminder_max": -1}):
        with pytest.raises(ValidationError):
            Settings(_env_file=None, **wrong)  # type: ignore[call-arg]
