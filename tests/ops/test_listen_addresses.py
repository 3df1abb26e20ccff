"""Where the servers listen: every interface only when asked for explicitly, and never the
metrics beside a webhook open to the world."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from pydantic import SecretStr, ValidationError

import bot.app
from admin.web.app import serve_workspace
from admin.web.deps import Workspace
from admin.web.security import Access
from app.build import build_core
from app.metrics import Metrics
from app.serve import _serve_telegram
from app.settings import Settings
from dialogs.i18n import Translator
from storage.db import create_engine
from tests.delivery.conftest import free_port

TOKEN = "123456:" + "A" * 35


def settings(tmp_path: Path, **values: Any) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        telegram_bot_token=SecretStr(TOKEN),
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}",
        outbox_dir=str(tmp_path),
        **values,
    )


@pytest.mark.parametrize("name", ["web_host", "health_host", "webhook_host"])
@pytest.mark.parametrize("value", ["", "0", "*"])
def test_every_interface_must_be_written_out(tmp_path: Path, name: str, value: str) -> None:
    with pytest.raises(ValidationError, match=r"0\.0\.0\.0 or ::"):
        settings(tmp_path, **{name: value})
    assert getattr(settings(tmp_path, **{name: "::"}), name) == "::"


async def test_a_workspace_on_every_interface_is_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    configured = settings(tmp_path)
    core = build_core(configured)
    db = create_engine(configured.database_url)
    workspace = Workspace(
        db=db,
        questionnaire=core.questionnaire,
        renderer=core.renderer,
        translate=Translator(),
        staff_language="en",
        access=Access(frozenset(), frozenset()),
        base_url="http://127.0.0.1",
    )
    caplog.set_level(logging.INFO)
    runner = await serve_workspace(workspace, "0.0.0.0", free_port())
    await runner.cleanup()
    await db.dispose()
    assert any("every interface" in r.getMessage() for r in caplog.records)


async def test_webhook_mode_serves_health_and_metrics_on_the_health_port(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = free_port()
    configured = settings(tmp_path, webhook_url="https://x.test/tg", health_port=port)
    core = build_core(configured)
    db = create_engine(configured.database_url)
    seen: dict[str, Any] = {}

    async def webhook(*args: Any, **kwargs: Any) -> None:
        seen["routes"] = kwargs.get("routes") or (args[5] if len(args) > 5 else None)
        async with aiohttp.ClientSession() as http:
            for path in ("/healthz", "/metrics"):
                async with http.get(f"http://127.0.0.1:{port}{path}") as answer:
                    seen[path] = answer.status

    monkeypatch.setattr(bot.app, "run_webhook", webhook)
    try:
        await _serve_telegram(core, db, object(), Metrics())
    finally:
        await db.dispose()
    assert seen == {"routes": None, "/healthz": 200, "/metrics": 200}
