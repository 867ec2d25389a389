"""`ocop analyze`: extraction + enrichment of one local file."""

from __future__ import annotations

import json

from click.testing import CliRunner

from search_cli.cli import cli
from tests.test_extract import BODY, LEAD, TITLE, page


def test_analyze_html_json(tmp_path):
    path = tmp_path / "bai.html"
    path.write_bytes(page(meta_line='<div class="date">19/04/2025 23:16</div>',
                          body_extra="<p>Thực hiện: Ngọc Hà</p>"))  # fmt: skip
    result = CliRunner().invoke(
        cli, ["analyze", str(path), "--json", "--url", "https://baothu.vn/a-b-c-d.html"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    for key in (
        "title",
        "published_at",
        "authors",
        "lead",
        "text",
        "provinces",
        "entities",
        "figures",
    ):
        assert key in data
    assert data["title"] == TITLE and data["lead"] == LEAD and data["authors"] == ["Ngọc Hà"]
    assert data["published_at"] == "2025-04-19T23:16:00+07:00"
    assert data["is_article"] is True
    assert any(p["name"] == "Quảng Ninh" and p["primary"] for p in data["provinces"])
    assert any(f["value"] == 1054 and f["metric"] == "ocop_products" for f in data["figures"])
    assert any(
        f["value"] == 42 and f["star"] == 4 and f["percent"] == 23.3 for f in data["figures"]
    )


def test_analyze_text_file_and_readable_output(tmp_path):
    path = tmp_path / "bai.txt"
    path.write_text("\n\n".join(BODY), encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", str(path)])
    assert result.exit_code == 0, result.output
    assert "Provinces: Quảng Ninh (primary)" in result.output
    assert "Figures:" in result.output
    # numbers as a Vietnamese reader writes them, as in `ocop facts`
    assert "1.054 sản phẩm" in result.output and "1054" not in result.output


def test_analyze_errors_are_one_line(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00garbage\xff")
    result = CliRunner().invoke(cli, ["analyze", str(bad)])
    assert result.exit_code == 1 and "not UTF-8" in result.output
    missing = CliRunner().invoke(cli, ["analyze", str(tmp_path / "nope.html")])
    assert missing.exit_code == 2


def test_analyze_refuses_a_file_over_the_input_limit(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from corpus import config
    from search_cli.cli import cli

    monkeypatch.setattr(config, "OCOP_MAX_INPUT_MB", 0.001)
    big = tmp_path / "big.txt"
    big.write_text("Sản phẩm OCOP đạt 4 sao. " * 100, encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", str(big)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: {big} is 0.0 MB; analyze reads at most 0.001 MB (set OCOP_MAX_INPUT_MB to change it)"
    ]
