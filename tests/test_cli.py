from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpus import config as settings
from search_cli.cli import cli

REPO = Path(__file__).resolve().parents[1]
COMMANDS = ["demo", "crawl", "index", "search", "stats", "facts", "export", "analyze",
            "reextract", "sources", "status"]  # fmt: skip


def run(*args, **kw):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kw)


def test_help_lists_every_command_with_one_line():
    result = run("--help")
    assert result.exit_code == 0
    listed = dict(
        re.findall(r"^  ([a-z-]+)\s+(.+)$", result.output.split("Commands:")[1], re.MULTILINE)
    )
    for name in COMMANDS:
        assert name in listed, f"{name} missing from ocop --help"
        assert not listed[name].endswith("..."), f"{name}: description cut: {listed[name]}"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help(name):
    result = run(name, "--help")
    assert result.exit_code == 0
    assert "Options:" in result.output
    assert len(result.output.split("Options:")[0].strip().splitlines()) >= 2


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_documented_in_readme(name):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"\bocop (--home \S+ )?{name}\b", readme), f"`ocop {name}` not in README"


def test_user_error_is_one_line_without_traceback(tmp_path):
    result = CliRunner().invoke(
        cli, ["--home", str(tmp_path), "search", "--since", "2026-02-01", "--until", "2026-01-01"]
    )
    assert result.exit_code == 1
    assert result.output == "Error: --since 2026-02-01 is after --until 2026-01-01\n"


def test_bad_date_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["--home", str(tmp_path), "stats", "--since", "yesterday"])
    assert result.exit_code == 2
    assert "Invalid value for '--since'" in result.output
    assert "Traceback" not in result.output


def test_status_on_empty_home(tmp_path):
    # an existing but empty data directory: zeros, and status creates nothing in it
    result = run("--home", str(tmp_path), "status")
    assert result.exit_code == 0
    assert "articles: 0" in result.output
    assert "No crawl has run yet" in result.output
    assert list(tmp_path.iterdir()) == []


def test_home_flag_on_group_and_command_agree(tmp_path):
    (tmp_path / "a").mkdir()
    a = run("--home", str(tmp_path / "a"), "status", "--json").output
    b = run("status", "--json", "--home", str(tmp_path / "a")).output
    assert a == b and str(tmp_path / "a") in a


def test_search_on_empty_index(tmp_path):
    result = run("--home", str(tmp_path), "search", "quang", "ninh")
    assert result.exit_code == 0 and result.output == (
        "No articles found. The index is empty: run `ocop crawl`, then `ocop index`.\n"
    )


def test_settings_env_override(monkeypatch):
    from crawler import settings as crawl_settings

    monkeypatch.setenv("OCOP_DOWNLOAD_DELAY", "0.25")
    monkeypatch.setenv("OCOP_ROBOTSTXT_OBEY", "false")
    monkeypatch.setenv("OCOP_RETRY_HTTP_CODES", "500,503")
    monkeypatch.setenv("OCOP_ES_INDEX", "my-ocop")
    try:
        crawl = importlib.reload(crawl_settings)
        app = importlib.reload(settings)
        assert crawl.DOWNLOAD_DELAY == 0.25
        assert crawl.ROBOTSTXT_OBEY is False
        assert crawl.RETRY_HTTP_CODES == [500, 503]
        assert app.OCOP_ES_INDEX == "my-ocop"
        monkeypatch.setenv("OCOP_DOWNLOAD_DELAY", "slow")
        with pytest.raises(SystemExit, match="invalid value for OCOP_DOWNLOAD_DELAY"):
            importlib.reload(crawl_settings)
    finally:
        monkeypatch.undo()
        importlib.reload(crawl_settings)
        importlib.reload(settings)


def test_settings_module_is_not_installed_globally(tmp_path):
    code = (
        "import importlib.util, crawler.settings;"
        "print(importlib.util.find_spec('settings') is None, crawler.settings.BOT_NAME)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["True", "ocop"]


def test_cli_reference_is_current():
    from search_cli.docgen import render

    current = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == render(), "run: python -m search_cli.docgen > docs/cli.md"
