"""Bar charts as inline SVG: drawn on the server, no JavaScript, no external asset."""

from __future__ import annotations

from markupsafe import Markup, escape


def bar_chart_svg(rows: list[tuple[str, float]], *, width: int = 720, bar_height: int = 22,
                  label_width: int = 170, title: str = "") -> Markup:  # fmt: skip
    """Horizontal bars, one per (label, value), scaled to the largest value."""
    if not rows:
        return Markup("")
    top = max(v for _, v in rows) or 1
    plot = width - label_width - 60
    height = bar_height * len(rows) + 10
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="100%"'
        f' xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
    ]
    for i, (label, value) in enumerate(rows):
        y = 5 + i * bar_height
        w = max(1, round(plot * value / top)) if value else 0
        parts.append(
            f'<text x="{label_width - 6}" y="{y + bar_height * 0.7:.0f}" text-anchor="end">'
            f"{escape(label)}</text>"
            f'<rect x="{label_width}" y="{y + 3}" width="{w}" height="{bar_height - 6}"></rect>'
            f'<text x="{label_width + w + 5}" y="{y + bar_height * 0.7:.0f}">{value:g}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
