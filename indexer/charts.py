"""PNG charts for analysts and the handbook (matplotlib, Agg backend: no display needed).

- `coverage_chart(rows, path, …)`: article counts per period/province/source (`ocop stats`).
- `history_chart(series, path, …)`: one line per series of values over time (`ocop facts
  --history --chart`).
- `bar_chart(labels, values, path, …)`: a plain bar chart (the handbook's star breakdown).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # before pyplot: charts are files, never windows

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import FuncFormatter, MaxNLocator  # noqa: E402

from corpus.errors import OcopError  # noqa: E402
from indexer.facts_format import vi_number  # noqa: E402

_COLOUR = "#2f6f4e"  # one calm green, readable in print and on screen
_SIZE = (7.5, 3.6)


def _axes(title: str, ylabel: str) -> tuple[Any, Any]:
    fig, ax = plt.subplots(figsize=_SIZE, dpi=120)
    ax.set_title(title, fontsize=11, loc="left")
    ax.set_ylabel(ylabel, fontsize=9)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: vi_number(v)))
    ax.tick_params(labelsize=8)
    return fig, ax


def _save(fig: Any, path: str | Path) -> Path:
    path = Path(path)
    if path.suffix.lower() != ".png":
        raise OcopError(f"chart file must end in .png, got {path.name!r}")
    fig.tight_layout()
    try:
        fig.savefig(path, format="png")
    finally:
        plt.close(fig)
    return path


def _few_bars(ax: Any, n: int, room: int = 8) -> None:
    """Keep a handful of bars slim: leave the room of ``room`` bars on the axis."""
    if n < room:
        pad = (room - n) / 2
        ax.set_xlim(-0.5 - pad, n - 0.5 + pad)


def bar_chart(labels: Sequence[str], values: Sequence[float], path: str | Path, *,
              title: str = "", ylabel: str = "") -> Path:  # fmt: skip
    """Vertical bars with their values written on top."""
    fig, ax = _axes(title, ylabel)
    bars = ax.bar(range(len(values)), values, color=_COLOUR, width=0.6)
    ax.set_xticks(range(len(labels)), labels)
    ax.bar_label(bars, labels=[vi_number(v) for v in values], fontsize=8, padding=2)
    _few_bars(ax, len(values), room=6)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    return _save(fig, path)


def coverage_chart(rows: Sequence[Mapping[str, Any]], path: str | Path, *,
                   label_key: str = "month", value_key: str = "articles",
                   title: str = "Coverage", ylabel: str = "articles") -> Path:  # fmt: skip
    """Article counts per group (``rows`` as `ocop stats` returns them) as a bar chart.

    Many groups (months over years) get thinned tick labels so they stay readable.
    """
    if not rows:
        raise OcopError("nothing to chart: no rows")
    labels = [str(r.get(label_key) or "(none)") for r in rows]
    values = [float(r.get(value_key) or 0) for r in rows]
    fig, ax = _axes(title, ylabel)
    ax.bar(range(len(values)), values, color=_COLOUR, width=0.8)
    _few_bars(ax, len(values))
    step = max(1, len(labels) // 12)
    ticks = list(range(0, len(labels), step))
    ax.set_xticks(ticks, [labels[i] for i in ticks], rotation=45 if len(ticks) > 6 else 0,
                  ha="right" if len(ticks) > 6 else "center")  # fmt: skip
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    return _save(fig, path)


def history_chart(series: Mapping[str, Sequence[tuple[date, float]]], path: str | Path, *,
                  title: str = "History", ylabel: str = "") -> Path:  # fmt: skip
    """One line (with markers) per named series of (date, value) points, in date order.

    When a series has several values at one date, the first one given is on the line.
    """
    points = {name: list(pts) for name, pts in series.items() if pts}
    if not points:
        raise OcopError("nothing to chart: no values over time")
    fig, ax = _axes(title, ylabel)
    for name, pts in points.items():
        # several values at one date (sources that disagree): the line runs through the first
        # given, the others are crosses, so a conflict does not look like a jump
        main: dict[date, float] = {}
        extra = []
        for d, v in pts:
            if d in main and main[d] != v:
                extra.append((d, v))
            main.setdefault(d, v)
        days = sorted(main)
        line = ax.plot(days, [main[d] for d in days], marker="o", markersize=4, label=name)
        if extra:
            ax.plot([d for d, _ in extra], [v for _, v in extra], "x", markersize=7,
                    color=line[0].get_color())  # fmt: skip
    if len(points) > 1:
        ax.legend(fontsize=7, frameon=False)
    fig.autofmt_xdate()
    return _save(fig, path)
