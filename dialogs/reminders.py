"""Reminders for unfinished questionnaires: settings, the "is one due?" decision, progress.

Pure: no I/O and no clock of its own; the caller passes `now`. Storage finds idle drafts,
this module decides which of them get which reminder, the transport sends it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any, Final
from zoneinfo import ZoneInfo

from dialogs.model import Questionnaire

_UNITS: Final = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_DURATION = re.compile(r"(\d+)\s*([smhdw])")
_DAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_CLOCK = re.compile(r"^(\d{1,2})(?::(\d{2}))?$")


def parse_duration(text: str) -> timedelta:
    """`90s`, `45m`, `12h`, `3d`, `1w` or a sum such as `1d12h`; ValueError in one line."""
    compact = text.strip().lower().replace(" ", "")
    parts = _DURATION.findall(compact)
    if not compact or "".join(n + u for n, u in parts) != compact:
        raise ValueError(f"not a duration: {text!r} (examples: 90s, 12h, 3d)")
    seconds = sum(int(number) * _UNITS[unit] for number, unit in parts)
    if seconds <= 0:
        raise ValueError(f"the duration must be longer than zero: {text!r}")
    return timedelta(seconds=seconds)


def _clock(text: str, whole: str) -> time | None:
    """`9`, `09`, `18:30`; `24` is the end of the day (returned as None)."""
    found = _CLOCK.match(text)
    if found is None:
        raise ValueError(f"not an hour: {text!r} in {whole!r} (example: Mon-Fri 09-18)")
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    if (hour, minute) == (24, 0):
        return None
    if hour > 23 or minute > 59:
        raise ValueError(f"not an hour: {text!r} in {whole!r} (example: Mon-Fri 09-18)")
    return time(hour, minute)


def _day(text: str, whole: str) -> int:
    key = text.lower()
    for number, name in enumerate(_DAYS):
        if len(key) >= 3 and name.startswith(key):
            return number
    raise ValueError(f"not a day: {text!r} in {whole!r} (use Mon, Tue ... Sun)")


def _days(text: str, whole: str) -> frozenset[int]:
    days: set[int] = set()
    for part in text.split(","):
        first, _, last = part.strip().partition("-")
        start = _day(first.strip(), whole)
        end = _day(last.strip(), whole) if last else start
        day = start
        days.add(day)
        while day != end:  # a range may wrap the week: Fri-Mon
            day = (day + 1) % 7
            days.add(day)
    return frozenset(days)


@dataclass(frozen=True)
class ActiveHours:
    """When reminders may be sent, in the respondent's local time: days and [start, end)."""

    days: frozenset[int]  # 0 = Monday
    start: time
    end: time | None  # None: until midnight

    def allows(self, local: datetime) -> bool:
        """Whether a reminder may go out at this local time."""
        if local.weekday() not in self.days:
            return False
        now = local.time().replace(tzinfo=None)
        if self.end is None:
            return now >= self.start
        if self.start < self.end:
            return self.start <= now < self.end
        # A window across midnight (22-06): the evening of an allowed day and the early hours.
        return now >= self.start or now < self.end


def parse_hours(text: str) -> ActiveHours:
    """`Mon-Fri 09-18`, `Sat,Sun 10-12`, `09-18` (every day), `00-24` (any time)."""
    words = text.split()
    if not 1 <= len(words) <= 2:
        raise ValueError(f"not a time window: {text!r} (example: Mon-Fri 09-18)")
    days = _days(words[0], text) if len(words) == 2 else frozenset(range(7))
    first, dash, last = words[-1].partition("-")
    if not dash:
        raise ValueError(f"not a time window: {text!r} (example: Mon-Fri 09-18)")
    start = _clock(first, text)
    end = _clock(last, text)
    if start is None or start == end:
        raise ValueError(f"an empty time window: {text!r} (example: Mon-Fri 09-18)")
    return ActiveHours(days, start, end)


@dataclass(frozen=True)
class ReminderPolicy:
    """REMINDER_AFTER, REMINDER_MAX and REMINDER_HOURS, parsed."""

    after: timedelta
    max_count: int
    hours: ActiveHours

    @property
    def enabled(self) -> bool:
        return self.max_count > 0


@dataclass(frozen=True)
class DraftActivity:
    """What the decision needs to know about one draft (all times aware, UTC)."""

    updated_at: datetime  # the last answer or change
    sent: int  # automatic reminders already sent (or claimed)
    last_reminder_at: datetime | None  # the latest reminder of any kind


def reminder_due(
    policy: ReminderPolicy, draft: DraftActivity, now: datetime, zone: ZoneInfo
) -> int | None:
    """The number of the reminder due now (1, 2, ...), or None.

    Due once the draft was left alone for REMINDER_AFTER since its last change and since the
    last reminder, if fewer than REMINDER_MAX were sent and it is within REMINDER_HOURS there.
    """
    if not policy.enabled or draft.sent >= policy.max_count:
        return None
    quiet_since = max(draft.updated_at, draft.last_reminder_at or draft.updated_at)
    if now - quiet_since < policy.after:
        return None
    if not policy.hours.allows(now.astimezone(zone)):
        return None
    return draft.sent + 1


# Where a respondent's country is, for REMINDER_HOURS: the capital's zone (Spain's mainland,
# not the Canaries; Portugal's, not the Azores). Other countries use DIGEST_TIMEZONE.
COUNTRY_ZONES: Final = {
    "AD": "Europe/Andorra", "AL": "Europe/Tirane", "AM": "Asia/Yerevan", "AT": "Europe/Vienna",
    "AZ": "Asia/Baku", "BA": "Europe/Sarajevo", "BE": "Europe/Brussels", "BG": "Europe/Sofia",
    "BY": "Europe/Minsk", "CH": "Europe/Zurich", "CY": "Asia/Nicosia", "CZ": "Europe/Prague",
    "DE": "Europe/Berlin", "DK": "Europe/Copenhagen", "EE": "Europe/Tallinn",
    "ES": "Europe/Madrid", "FI": "Europe/Helsinki", "FR": "Europe/Paris", "GB": "Europe/London",
    "GE": "Asia/Tbilisi", "GR": "Europe/Athens", "HR": "Europe/Zagreb", "HU": "Europe/Budapest",
    "IE": "Europe/Dublin", "IS": "Atlantic/Reykjavik", "IT": "Europe/Rome",
    "LI": "Europe/Vaduz", "LT": "Europe/Vilnius", "LU": "Europe/Luxembourg", "LV": "Europe/Riga",
    "MC": "Europe/Monaco", "MD": "Europe/Chisinau", "ME": "Europe/Podgorica",
    "MK": "Europe/Skopje", "MT": "Europe/Malta", "NL": "Europe/Amsterdam", "NO": "Europe/Oslo",
    "PL": "Europe/Warsaw", "PT": "Europe/Lisbon", "RO": "Europe/Bucharest",
    "RS": "Europe/Belgrade", "SE": "Europe/Stockholm", "SI": "Europe/Ljubljana",
    "SK": "Europe/Bratislava", "SM": "Europe/San_Marino", "TR": "Europe/Istanbul",
    "UA": "Europe/Kyiv", "VA": "Europe/Vatican", "XK": "Europe/Belgrade",
}  # fmt: skip


def respondent_zone(answers: Mapping[str, Any], default: str) -> ZoneInfo:
    """The time zone of the country the respondent answered, else `default`."""
    country = answers.get("country")
    code = country.upper() if isinstance(country, str) else ""
    return ZoneInfo(COUNTRY_ZONES.get(code, default))


@dataclass(frozen=True)
class Progress:
    """How far a respondent got: answers given, and sections with questions still open."""

    answered: int
    sections: int
    sections_left: int


def progress(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> Progress:
    """Answers given (skips not counted) and sections still holding an unanswered question."""
    shown = questionnaire.shown(answers)
    sections = {q.section for q in shown}
    left = {q.section for q in shown if q.id not in answers}
    given = sum(1 for value in answers.values() if value is not None)
    return Progress(given, len(sections), len(left))
