"""Fixtures for exports and admin commands: the real questionnaire, messages and renderer."""

from __future__ import annotations

import pytest

from dialogs.i18n import Translator
from dialogs.model import Questionnaire, load_questionnaire
from dialogs.render import ConsentTerms, Renderer


@pytest.fixture(scope="session")
def questionnaire() -> Questionnaire:
    return load_questionnaire()


@pytest.fixture(scope="session")
def translator() -> Translator:
    return Translator()


@pytest.fixture(scope="session")
def renderer(questionnaire: Questionnaire, translator: Translator) -> Renderer:
    return Renderer(questionnaire, translator, ConsentTerms(180, "burtonpage@urbansecurity.org"))
