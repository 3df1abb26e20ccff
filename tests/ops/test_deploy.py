"""The deployment files: settings documented everywhere, a hardened systemd unit that verifies."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from configparser import ConfigParser
from pathlib import Path
from typing import Any

import pytest

from app.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "deploy" / "cecops-intake.service"
ENV_LINE = re.compile(r"^#?([A-Z][A-Z0-9_]+)=(.*)$")


def settings_names() -> set[str]:
    return {name.upper() for name in Settings.model_fields}


def env_example() -> dict[str, str]:
    """Setting name → the value shown in .env.example."""
    found: dict[str, str] = {}
    for line in (ROOT / ".env.example").read_text("utf-8").splitlines():
        match = ENV_LINE.match(line)
        if match:
            found[match[1]] = match[2]
    return found


def readme_configuration() -> set[str]:
    """The settings named in the first column of the README's configuration table."""
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("\n## Configuration\n", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `([A-Z][A-Z0-9_]+)` \|", section, re.MULTILINE))


def test_every_setting_is_in_env_example_and_the_readme_and_nothing_else() -> None:
    names = settings_names()
    for where, listed in (
        (".env.example", set(env_example())),
        ("README", readme_configuration()),
    ):
        assert not names - listed, f"settings missing from {where}: {names - listed}"
        assert not listed - names, f"{where} lists what is not a setting: {listed - names}"


def test_defaults_shown_in_env_example_are_the_real_defaults() -> None:
    defaults = Settings(_env_file=None)  # type: ignore[call-arg]
    for name, shown in env_example().items():
        if not shown:
            continue  # no default, or one computed from another setting
        field = name.lower()
        values: dict[str, Any] = {field: shown}
        parsed = Settings(_env_file=None, **values)  # type: ignore[call-arg]
        assert getattr(parsed, field) == getattr(defaults, field), name


def test_systemd_unit_is_hardened() -> None:
    unit = ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read_string(UNIT.read_text("utf-8"))
    service = unit["Service"]
    assert service["User"] == "cecops-intake"
    assert service["NoNewPrivileges"] == "yes"
    assert service["ProtectSystem"] == "strict"
    assert service["ReadWritePaths"].split() == [
        "/var/lib/cecops-intake/data",
        "/var/lib/cecops-intake/outbox",
    ]
    assert service["Restart"] == "on-failure"
    assert service["CapabilityBoundingSet"] == ""
    assert service["ExecStart"].endswith("intake run")


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze here")
def test_systemd_unit_verifies(tmp_path: Path) -> None:
    # verify checks that the commands exist: point them at this checkout's virtualenv.
    if not (ROOT / ".venv" / "bin" / "intake").exists():
        pytest.skip("no .venv/bin/intake in this checkout (run `make install`)")
    unit = tmp_path / UNIT.name
    unit.write_text(UNIT.read_text("utf-8").replace("/opt/cecops-intake", str(ROOT)), "utf-8")
    result = subprocess.run(
        ["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, check=False
    )
    complaints = [line for line in result.stderr.splitlines() if unit.name in line]
    assert result.returncode == 0 and not complaints, result.stderr
    # systemd's own rating of the sandbox: exposure at most 2.0 on its 0–10 scale ("OK").
    rating = subprocess.run(
        ["systemd-analyze", "security", "--offline=true", "--threshold=20", str(unit)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert rating.returncode == 0, rating.stdout[-400:]


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze here")
def test_systemd_verify_would_catch_a_mistake(tmp_path: Path) -> None:
    unit = tmp_path / UNIT.name
    text = UNIT.read_text("utf-8").replace("/opt/cecops-intake", str(ROOT))
    unit.write_text(text.replace("ProtectSystem=strict", "ProtectSystem=stritc"), "utf-8")
    result = subprocess.run(
        ["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, check=False
    )
    assert any(unit.name in line for line in result.stderr.splitlines())


@pytest.mark.skipif(shutil.which("caddy") is None, reason="no caddy here")
def test_caddyfile_is_valid_and_forwards_only_the_webhook_path() -> None:
    result = subprocess.run(
        [
            "caddy",
            "adapt",
            "--config",
            str(ROOT / "deploy" / "Caddyfile"),
            "--adapter",
            "caddyfile",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "WARN" not in result.stderr, result.stderr
    config = json.loads(result.stdout)
    [server] = config["apps"]["http"]["servers"].values()
    routes = {route["match"][0]["host"][0]: json.dumps(route) for route in server["routes"]}
    webhook = json.loads(routes["intake.example.org"])
    # The webhook path goes to WEBHOOK_PORT; everything else there (health, metrics) is a 404.
    text = json.dumps(webhook)
    assert '"path": ["/telegram"]' in text and "127.0.0.1:8080" in text
    assert '"status_code": 404' in text
    assert "127.0.0.1:8081" in routes["staff.example.org"]
