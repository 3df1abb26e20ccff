"""Fixtures for the pure engine: the real questionnaire and messages, no I/O."""

from __future__ import annotations

import pytest

from dialogs.engine import Engine
from dialogs.i18n import Translator
from dialogs.model import Questionnaire


@pytest.fixture(scope="session")
def engine(questionnaire: Questionnaire, translator: Translator) -> Engine:
    return Engine(questionnaire, translator, this_year=lambda: 2026)
