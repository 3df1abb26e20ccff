"""`intake doctor` against a working local deployment, and with pieces of it broken."""

from __future__ import annotations

from pathlib import Path

import aiohttp
from aiohttp import web
from aiohttp.test_utils import TestServer

from app.doctor import Doctor
from app.settings import Settings
from dialogs.i18n import Translator
from tests.delivery.conftest import SmtpServer
from tests.fakebotapi import FakeBotAPI
from tests.ops.conftest import SMTP_PASSWORD, SMTP_USER, deployment_env, intake


def _marks(output: str) -> list[str]:
    return [line[0] for line in output.splitlines() if line[:1] in "✓✗"]


async def test_working_deployment_passes_every_check(
    api: FakeBotAPI, migrated_url: str, smtp_with_login: SmtpServer, tmp_path: Path
) -> None:
    env = deployment_env(api, migrated_url, smtp_with_login.port, tmp_path)
    ran = await intake("doctor", env=env, cwd=tmp_path)
    print(ran.out)  # shown with -s: the output the README quotes
    assert ran.code == 0, ran.out + ran.err
    assert set(_marks(ran.out)) == {"✓"}
    assert len(_marks(ran.out)) >= 8
    assert "@cecops_test_bot" in ran.out
    assert f"logged in as {SMTP_USER}" in ran.out
    assert "long polling" in ran.out
    assert smtp_with_login.logins == [SMTP_USER]
    assert smtp_with_login.messages == []  # nothing sent without --send-test
    for secret in (api.token, api.token.split(":")[1], SMTP_PASSWORD):
        assert secret not in ran.out + ran.err


async def test_send_test_mails_the_inbox(
    api: FakeBotAPI, migrated_url: str, smtp_with_login: SmtpServer, tmp_path: Path
) -> None:
    env = deployment_env(api, migrated_url, smtp_with_login.port, tmp_path)
    ran = await intake("doctor", "--send-test", env={**env, "STAFF_LANGUAGE": "fr"}, cwd=tmp_path)
    assert ran.code == 0, ran.out + ran.err
    t = Translator()
    sent = t("fr", "doctor-test-sent", {"to": "inbox@efus.test", "where": "X"}).split(" (")[0]
    assert f"✓ {sent}" in ran.out and "Courriel de test" in sent
    [received] = smtp_with_login.messages
    assert received.rcpt_tos == ["inbox@efus.test"]
    assert received.message["Subject"] == t("fr", "doctor-test-subject")


async def test_smtp_down_is_a_failed_line_and_a_non_zero_exit(
    api: FakeBotAPI, migrated_url: str, smtp_down: SmtpServer, tmp_path: Path
) -> None:
    env = deployment_env(api, migrated_url, smtp_down.port, tmp_path)
    ran = await intake("doctor", env=env, cwd=tmp_path)
    print(ran.out)
    assert ran.code == 1
    [failed] = [line for line in ran.out.splitlines() if line.startswith("✗")]
    assert failed.startswith(f"✗ SMTP: 127.0.0.1:{smtp_down.port} cannot be reached")
    assert "Check SMTP_HOST, SMTP_PORT and SMTP_SECURITY" in failed
    assert "1 check failed." in ran.out


async def test_telegram_unreachable_is_said_once(
    api: FakeBotAPI, migrated_url: str, smtp_with_login: SmtpServer, tmp_path: Path
) -> None:
    env = deployment_env(api, migrated_url, smtp_with_login.port, tmp_path)
    env |= {"TELEGRAM_API_URL": "http://127.0.0.1:1"}  # nothing listens on port 1
    ran = await intake("doctor", env=env, cwd=tmp_path)
    assert ran.code == 1
    failed = [line for line in ran.out.splitlines() if line.startswith("✗")]
    assert sum(line.startswith("✗ Telegram: http://127.0.0.1:1 cannot") for line in failed) == 1
    assert f"✗ {Translator()('en', 'doctor-updates-unreachable')}" in failed  # not a 2nd time


async def test_wrong_password_token_and_unmigrated_database_are_named(
    api: FakeBotAPI, database_url: str, smtp_with_login: SmtpServer, tmp_path: Path
) -> None:
    env = deployment_env(api, database_url, smtp_with_login.port, tmp_path)
    env |= {"SMTP_PASSWORD": "wrong-password", "TELEGRAM_BOT_TOKEN": "654321:another-secret"}
    ran = await intake("doctor", env=env, cwd=tmp_path)
    assert ran.code == 1
    failed = [line for line in ran.out.splitlines() if line.startswith("✗")]
    assert any(line.startswith("✗ Telegram: the token was refused") for line in failed)
    assert any("intake db upgrade" in line for line in failed)
    assert any(f"refused the login of {SMTP_USER}" in line for line in failed)
    assert "another-secret" not in ran.out + ran.err
    assert "wrong-password" not in ran.out + ran.err


async def test_invalid_setting_is_one_line_without_traceback(tmp_path: Path) -> None:
    ran = await intake("doctor", env={"SMTP_PORT": "abc", "STAFF_LANGUAGE": "it"}, cwd=tmp_path)
    assert ran.code == 1
    assert ran.out.startswith("✗ Configurazione: L’impostazione SMTP_PORT deve essere un numero")
    assert len(ran.out.splitlines()) == 1
    assert "Traceback" not in ran.err


async def test_a_wrong_setting_is_said_in_the_staff_language_only(tmp_path: Path) -> None:
    ran = await intake("doctor", env={"STAFF_IDS": "abc", "STAFF_LANGUAGE": "fr"}, cwd=tmp_path)
    assert ran.code == 1
    assert ran.out.startswith("✗ Configuration\u00a0: STAFF_IDS doit contenir des identifiants")
    assert "not a user id" not in ran.out  # pydantic's English message, once inside the line


async def test_webhook_registered_elsewhere_is_named(
    api: FakeBotAPI, migrated_url: str, smtp_with_login: SmtpServer, tmp_path: Path
) -> None:
    async with aiohttp.ClientSession() as http:
        setting = {"url": "https://intake.example.org/telegram"}
        async with http.post(f"{api.base_url}/bot{api.token}/setWebhook", json=setting) as answer:
            assert answer.status == 200
    env = deployment_env(api, migrated_url, smtp_with_login.port, tmp_path)
    webhook = await intake("doctor", env={**env, "WEBHOOK_URL": setting["url"]}, cwd=tmp_path)
    assert webhook.code == 0, webhook.out
    assert f"✓ Updates: webhook {setting['url']} registered" in webhook.out
    polling = await intake("doctor", env=env, cwd=tmp_path)
    assert polling.code == 1
    assert f"✗ Updates: WEBHOOK_URL is empty, but Telegram delivers to {setting['url']}" in (
        polling.out
    )


async def test_unknown_log_level_is_a_configuration_error(tmp_path: Path) -> None:
    ran = await intake("doctor", env={"LOG_LEVEL": "LOUD"}, cwd=tmp_path)
    assert ran.code == 1
    assert ran.out.startswith("✗ Configuration: The setting LOG_LEVEL is not valid")


async def test_workspace_line_follows_the_workspace_answering(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, outbox_dir=str(tmp_path))  # type: ignore[call-arg]
    doctor = Doctor(settings, Translator(), send_test=False)

    async def sign_in_first(_: web.Request) -> web.Response:
        raise web.HTTPFound("/login")

    app = web.Application()
    app.router.add_get("/", sign_in_first)
    server = TestServer(app)
    await server.start_server()
    url = str(server.make_url("/"))
    async with aiohttp.ClientSession() as http:
        up = await doctor.workspace(http, url)
        await server.close()
        down = await doctor.workspace(http, url)
    assert doctor.render(up) == f"✓ Staff workspace: {url} answers (HTTP 302)"
    assert doctor.render(down).startswith(f"✗ Staff workspace: {url} does not answer")
