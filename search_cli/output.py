"""Rendering rows for the terminal: text table, JSON or CSV. Rows are plain dicts."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

import click


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _truncate(text: str, width: int) -> str:
    text = " ".join(text.split())
    if display_width(text) <= width:
        return text
    out, w = [], 0
    for ch in text:
        cw = display_width(ch)
        if w + cw > width - 1:
            break
        out.append(ch)
        w += cw
    return "".join(out) + "…"


def render_table(rows: Sequence[dict], columns: Sequence[str], max_width: int = 60) -> str:
    if not rows:
        return ""
    cells = [[_truncate(_cell(r.get(c)), max_width) for c in columns] for r in rows]
    widths = [
        max(display_width(c), *(display_width(row[i]) for row in cells))
        for i, c in enumerate(columns)
    ]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - display_width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(columns), line(["-" * w for w in widths])]
    out.extend(line(row) for row in cells)
    return "\n".join(out)


def render_csv(rows: Iterable[dict], columns: Sequence[str]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for r in rows:
        writer.writerow([_cell(r.get(c)) for c in columns])
    return buf.getvalue()


def render_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)


def emit(rows: Sequence[dict], columns: Sequence[str], fmt: str, *, empty: str = "") -> None:
    """Print rows in the chosen format (table/json/csv)."""
    if fmt == "json":
        click.echo(render_json(list(rows)))
    elif fmt == "csv":
        click.echo(render_csv(rows, columns), nl=False)
    elif rows:
        click.echo(render_table(rows, columns))
    elif empty:
        click.echo(empty)
