"""Render the handbook model to Markdown (charts as PNG files beside it) or to one
self-contained HTML file (charts embedded as data: URIs)."""

from __future__ import annotations

import base64
import html
import shutil
from pathlib import Path

from indexer.handbook.model import (
    BulletList,
    Document,
    Heading,
    Image,
    Inline,
    PageBreak,
    Paragraph,
    Table,
    inlines,
)

# --- Markdown --------------------------------------------------------------------------------


def _md_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")


def _md_inline(parts: list[Inline], in_table: bool = False) -> str:
    out = []
    for part in parts:
        if isinstance(part, str):
            text = _md_escape(part)
            out.append(text.replace("\n", "<br>" if in_table else "  \n"))
            continue
        text = _md_escape(part.text)
        if part.link:
            text = f"[{text}](<{part.link}>)"
        if part.bold:
            text = f"**{text}**"
        if part.italic:
            text = f"*{text}*"
        out.append(text)
    return "".join(out)


def render_markdown(doc: Document, path: str | Path) -> Path:
    """Write ``doc`` as Markdown; charts are copied to ``<name>_files/`` beside it."""
    path = Path(path)
    assets = path.with_name(path.stem + "_files")
    lines = [f"# {doc.title}", ""]
    if doc.subtitle:
        lines += [f"*{doc.subtitle}*", ""]
    for block in doc.blocks:
        if isinstance(block, Heading):
            lines += [f"{'#' * (block.level + 1)} {block.text}", ""]
        elif isinstance(block, Paragraph):
            text = _md_inline(block.parts)
            lines += [f"*{text}*" if block.style in ("note", "caption") else text, ""]
        elif isinstance(block, Table):
            lines.append("| " + " | ".join(_md_escape(c) for c in block.columns) + " |")
            lines.append("|" + "---|" * len(block.columns))
            for row in block.rows:
                cells = [_md_inline(inlines(v), in_table=True) for v in row]
                lines.append("| " + " | ".join(cells) + " |")
            lines += ["", f"*{_md_escape(block.caption)}*", ""] if block.caption else [""]
        elif isinstance(block, BulletList):
            for i, item in enumerate(block.items, 1):
                lines.append((f"{i}. " if block.numbered else "- ") + _md_inline(item))
            lines.append("")
        elif isinstance(block, Image):
            assets.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(block.path, assets / block.path.name)
            lines += [f"![{_md_escape(block.caption)}]({assets.name}/{block.path.name})", "",
                      f"*{_md_escape(block.caption)}*", ""]  # fmt: skip
        elif isinstance(block, PageBreak):
            lines += ["---", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


# --- HTML ------------------------------------------------------------------------------------

_CSS = """
body { font-family: Arial, "Noto Sans", sans-serif; max-width: 60rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.45; color: #222; }
h1.title { font-size: 2rem; margin-bottom: .2rem; } h2 { color: #2f6f4e; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { border: 1px solid #cfd8d3; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #e8f0ec; } .caption, figcaption { color: #555; font-size: .88rem; margin: .3rem 0 1rem; }
.note { font-style: italic; color: #555; } .digest { margin: .2rem 0 .9rem; }
img { max-width: 100%; } hr.page { border: 0; border-top: 1px solid #ccc; margin: 2rem 0; }
"""


def _html_inline(parts: list[Inline]) -> str:
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(html.escape(part).replace("\n", "<br>"))
            continue
        text = html.escape(part.text)
        if part.link:
            text = f'<a href="{html.escape(part.link, quote=True)}">{text}</a>'
        if part.bold:
            text = f"<strong>{text}</strong>"
        if part.italic:
            text = f"<em>{text}</em>"
        out.append(text)
    return "".join(out)


def _html_block(block) -> str:
    if isinstance(block, Heading):
        return f"<h{block.level + 1}>{html.escape(block.text)}</h{block.level + 1}>"
    if isinstance(block, Paragraph):
        cls = f' class="{block.style}"' if block.style else ""
        return f"<p{cls}>{_html_inline(block.parts)}</p>"
    if isinstance(block, Table):
        head = "".join(f"<th>{html.escape(c)}</th>" for c in block.columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{_html_inline(inlines(v))}</td>" for v in row) + "</tr>"
            for row in block.rows
        )
        caption = f'<p class="caption">{html.escape(block.caption)}</p>' if block.caption else ""
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{caption}"
    if isinstance(block, BulletList):
        tag = "ol" if block.numbered else "ul"
        items = "".join(f"<li>{_html_inline(item)}</li>" for item in block.items)
        return f"<{tag}>{items}</{tag}>"
    if isinstance(block, Image):
        data = base64.b64encode(Path(block.path).read_bytes()).decode("ascii")
        alt = html.escape(block.caption, quote=True)
        return (f'<figure><img src="data:image/png;base64,{data}" alt="{alt}">'
                f"<figcaption>{html.escape(block.caption)}</figcaption></figure>")  # fmt: skip
    return '<hr class="page">'


def render_html(doc: Document, path: str | Path) -> Path:
    """Write ``doc`` as one self-contained HTML file."""
    path = Path(path)
    parts = [
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">',
        f"<title>{html.escape(doc.title)}</title><style>{_CSS}</style></head><body>",
        f'<h1 class="title">{html.escape(doc.title)}</h1>',
    ]
    if doc.subtitle:
        parts.append(f'<p class="note">{html.escape(doc.subtitle)}</p>')
    parts.extend(_html_block(b) for b in doc.blocks)
    parts.append("</body></html>\n")
    path.write_text("\n".join(parts), encoding="utf-8")
    return path
