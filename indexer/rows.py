"""Streaming writers for rows of plain dicts: JSON array, newline-delimited JSON, CSV, TSV.

Shared by the CLI's output options (standard output) and ``indexer.export`` (files). Every
writer consumes an iterable one row at a time, so a generator of any length is written in
constant memory (the JSON array is written incrementally, never built as a list).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

STREAM_FORMATS = ("json", "nl", "csv", "tsv")


def cell(value: Any) -> str:
    """One value as flat text for CSV/TSV/table cells (lists joined, dicts as JSON)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | tuple):
        return ", ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def write_json_array(rows: Iterable[Any], out: TextIO, end: str = "\n") -> int:
    """``[row,\\n row]`` written as the rows come (one row per line), then ``end``.
    Returns the count."""
    n = 0
    for row in rows:
        out.write(("[" if n == 0 else ",\n ") + _json(row))
        n += 1
    out.write(("]" if n else "[]") + end)
    return n


def write_rows(rows: Iterable[dict], columns: Sequence[str], fmt: str, out: TextIO) -> int:
    """Write ``rows`` as json / nl / csv / tsv to ``out``; returns how many were written.

    ``columns`` selects and orders the CSV/TSV columns; JSON formats keep whole rows.
    """
    if fmt == "json":
        return write_json_array(rows, out)
    n = 0
    if fmt == "nl":
        for n, row in enumerate(rows, 1):  # noqa: B007 - n is the count
            out.write(_json(row) + "\n")
        return n
    if fmt not in ("csv", "tsv"):
        raise ValueError(f"unknown row format {fmt!r}")
    dialect = "excel-tab" if fmt == "tsv" else "excel"
    writer = csv.writer(out, dialect=dialect, lineterminator="\n")
    writer.writerow(columns)
    for n, row in enumerate(rows, 1):  # noqa: B007
        writer.writerow([cell(row.get(c)) for c in columns])
    return n
