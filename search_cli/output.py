"""Rendering rows for the terminal: a rich table, or streamed JSON / NL-JSON / CSV / TSV.

Tables are drawn by rich (display widths of any Unicode text, ellipsis when a column is
too wide for the terminal); the other formats are streamed by ``indexer.rows`` one row at a
time. Rows are plain dicts.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sys
from collections.abc import Iterable, Sequence
from typing import Any

import click
from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from indexer.rows import cell, write_rows

# Columns holding free text get the spare width; the others (dates, counts) never wrap.
# Values a reader needs whole: shrink the text around them, never these.
_NEVER_SHRINK = frozenset(
    {
        "value",
        "star",
        "period",
        "articles",
        "published_at",
        "province",
        "metric",
        "started (VN time)",
    }
)
_WIDE = {"title", "sentence", "url", "home", "reason", "snippet", "lead", "text"}
# Context a reader can get elsewhere (`facts --id`, `show`, a wider terminal): left out
# when the table does not fit, rather than squeezed to one or two letters.
_DROPPABLE = ("text", "lead", "snippet", "sentence")


def terminal_width() -> int:
    """The terminal's width (COLUMNS wins; 100 when not a terminal, so pipes stay readable)."""
    if os.environ.get("COLUMNS", "").isdigit():
        return int(os.environ["COLUMNS"])
    return shutil.get_terminal_size((100, 24)).columns


def render_table(rows: Iterable[dict], columns: Sequence[str], width: int | None = None) -> str:
    """A plain-text table (no colour) of ``rows``; text columns shrink with an ellipsis."""
    # Text(), not str: a title like "[Video] …" must not be read as rich markup.
    cells = [
        [Text(" ".join(cell(row.get(c)).split()), no_wrap=True, overflow="ellipsis")
         for c in columns]
        for row in rows
    ]  # fmt: skip
    if not cells:
        return ""
    width = width or terminal_width()
    full = [max(cell_len(name), *(r[i].cell_len for r in cells)) for i, name in enumerate(columns)]
    columns, cells, full = _drop_context(list(columns), cells, full, width)
    # Short columns (dates, counts, names) keep their full width while free text can still
    # get 20 cells; when even that does not fit, every column gives way in proportion.
    wide = [name in _WIDE for name in columns]
    keep = _needed(columns, full) <= width
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="")
    for name, f, w in zip(columns, full, wide):
        fixed = (keep and not w) or name in _NEVER_SHRINK
        table.add_column(name, overflow="ellipsis", min_width=f if fixed else None)
    for r in cells:
        table.add_row(*r)
    buf = io.StringIO()
    Console(file=buf, width=width, color_system=None, highlight=False,
            emoji=False, markup=False).print(table)  # fmt: skip
    lines = [line.rstrip() for line in buf.getvalue().splitlines()]
    return "\n".join(line for line in lines if line.strip())


def _needed(columns: Sequence[str], full: list[int]) -> int:
    """Cells the table needs with free text cut to 20 cells."""
    return sum(20 if c in _WIDE else f for c, f in zip(columns, full)) + 3 * (len(columns) - 1)


def _drop_context(columns: list[str], cells: list, full: list[int], width: int):
    """Leave out context columns (sentence, snippet …) while the table does not fit."""
    for name in _DROPPABLE:
        if _needed(columns, full) <= width or len(columns) < 2:
            break
        if name in columns:
            i = columns.index(name)
            columns, full = columns[:i] + columns[i + 1 :], full[:i] + full[i + 1 :]
            cells = [r[:i] + r[i + 1 :] for r in cells]
    return columns, cells, full


def render_json(value: Any) -> str:
    """Pretty JSON for one object (status, analyze); rows go through ``emit``."""
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)


def emit(rows: Iterable[dict], columns: Sequence[str], fmt: str, *, empty: str = "") -> int:
    """Print ``rows`` in the chosen format; JSON/NL/CSV/TSV are streamed. Returns the count.

    ``empty`` is printed (table format only) when there is no row.
    """
    if fmt != "table":
        return write_rows(rows, columns, fmt, sys.stdout)
    rows = list(rows)  # a table needs every row to size its columns
    if rows:
        click.echo(render_table(rows, columns))
    elif empty:
        click.echo(empty)
    return len(rows)
