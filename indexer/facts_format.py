"""Numbers people read: Vietnamese formatting of figures ("1.054 sản phẩm", "45 tỷ đồng",
"75 triệu đồng/người/năm", "23,3%"). Tables and the handbook use these; JSON/CSV keep raw
numbers plus unit."""

from __future__ import annotations

from typing import Any

QUALIFIER_WORDS = {
    "more_than": "hơn",
    "less_than": "gần",
    "about": "khoảng",
    "at_least": "ít nhất",
}

METRIC_LABELS = {
    "ocop_products": "Sản phẩm OCOP",
    "ocop_participants": "Chủ thể OCOP",
    "craft_villages": "Làng nghề",
    "workers": "Lao động",
    "money_vnd": "Vốn, kinh phí, doanh thu",
    "money_usd": "Giá trị (USD)",
    "revenue_vnd": "Doanh thu",
    "revenue_usd": "Doanh thu (USD)",
    "export_value_vnd": "Kim ngạch xuất khẩu",
    "export_value_usd": "Kim ngạch xuất khẩu (USD)",
    "budget_vnd": "Kinh phí, vốn hỗ trợ",
    "budget_usd": "Kinh phí, vốn (USD)",
    "profit_vnd": "Lợi nhuận",
    "profit_usd": "Lợi nhuận (USD)",
    "income_per_capita": "Thu nhập bình quân",
    "events": "Sự kiện, hội chợ",
    "agreements": "Thỏa thuận, hợp đồng",
    "farms": "Trang trại",
    "tourism_sites": "Điểm du lịch",
    "value_chains": "Chuỗi liên kết",
    "models": "Mô hình",
    "occupations": "Ngành nghề",
    "jobs": "Việc làm",
    "visits": "Lượt khách",
    "participants": "Người tham dự",
    "localities": "Địa phương",
    "area_ha": "Diện tích",
    "output_tonnes": "Sản lượng",
    "share": "Tỷ lệ",
    "other": "Khác",
}

RELATION_LABELS = {"part_of": "trong đó", "share_of": "tỷ lệ", "change_of": "tăng thêm"}


def vi_number(value: float, decimals: int = 2) -> str:
    """1054 -> "1.054", 23.3 -> "23,3", 2.5 -> "2,5" (dot groups thousands, comma decimals)."""
    if abs(value - round(value)) < 1e-9:
        text = f"{round(value):,}"
    else:
        text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".")
    return text.translate(str.maketrans(",.", ".,"))


def vi_money(value: float) -> str:
    """45e9 -> "45 tỷ đồng", 75e6 -> "75 triệu đồng", 1.2e12 -> "1.200 tỷ đồng"."""
    if abs(value) >= 1e9:
        return f"{vi_number(value / 1e9)} tỷ đồng"
    if abs(value) >= 1e6:
        return f"{vi_number(value / 1e6)} triệu đồng"
    return f"{vi_number(value)} đồng"


def format_value(value: float | None, unit: str | None, qualifier: str | None = None,
                 percent: float | None = None) -> str:  # fmt: skip
    """A figure as a Vietnamese reader writes it, qualifier and share included."""
    if value is None:
        return ""
    unit = unit or ""
    if unit.startswith("VND"):
        text = vi_money(value) + unit[3:]
    elif unit == "%":
        text = f"{vi_number(value)}%"
    else:
        text = f"{vi_number(value)} {unit}".strip()
    if qualifier in QUALIFIER_WORDS:
        text = f"{QUALIFIER_WORDS[qualifier]} {text}"
    if percent is not None:
        text += f" ({vi_number(percent)}%)"
    return text


def star_label(star: int | None, min_star: int | None = None, potential: int | None = None) -> str:
    """ "4 sao", "từ 3 sao", "tiềm năng 5 sao" or ""."""
    if potential:
        return f"tiềm năng {potential} sao"
    if star:
        return f"{star} sao"
    if min_star:
        return f"từ {min_star} sao"
    return ""


def metric_label(metric: str | None, kind: str | None = None) -> str:
    """Vietnamese label of a metric ("Sản phẩm OCOP"; participants by kind: "Chủ thể OCOP (HTX)")."""
    label = METRIC_LABELS.get(metric or "", metric or "")
    return f"{label} ({kind})" if kind else label


def fact_row(fact: Any) -> dict[str, Any]:
    """A fact as a table row for people: formatted value, star, Vietnamese period."""
    first = fact.first
    return {
        "id": fact.id,
        "province": fact.province or "",
        "metric": fact.metric,
        "star": star_label(fact.star, fact.min_star, fact.potential_star),
        "value": format_value(fact.value, fact.unit, fact.qualifier, fact.percent),
        "period": fact.period.display() if fact.period else "",
        "cited": len(fact.articles),
        "conflict": "⚠ " + ", ".join(fact.conflicts) if fact.conflicts else "",
        "date": first.published.isoformat() if first.published else "",
        "source": first.source,
        "sentence": first.sentence,
    }
