"""Render the handbook model to Word (.docx) with python-docx: real heading styles, tables,
captions (Word's "Caption" style), embedded PNG charts and clickable hyperlinks."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph

from indexer.handbook.model import (
    BulletList,
    Document,
    Heading,
    Image,
    Inline,
    PageBreak,
    Paragraph,
    Span,
    Table,
    inlines,
)

_LINK_COLOUR = "1F5C99"


def _link_rid(part, url: str) -> str:
    """The relationship id of an external link, one per URL and document part.

    python-docx's own ``relate_to`` scans every relationship on each call (quadratic for a
    digest of thousands of articles), so ids are allocated here, in their own namespace.
    """
    ids = part.__dict__.setdefault("_ocop_link_ids", {})
    r_id = ids.get(url)
    if r_id is None:
        r_id = ids[url] = f"rIdLink{len(ids) + 1}"
        part.rels.add_relationship(RELATIONSHIP_TYPE.HYPERLINK, url, r_id, is_external=True)
    return r_id


def _hyperlink(paragraph, text: str, url: str, bold: bool = False) -> None:
    """A clickable external link (python-docx has no API for it: build the w:hyperlink)."""
    r_id = _link_rid(paragraph.part, url)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    props.append(style)
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), _LINK_COLOUR)
    props.append(colour)
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.append(underline)
    if bold:
        props.append(OxmlElement("w:b"))
    run.append(props)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def _paragraph(document, style: str | None = None):
    """A new paragraph at the end of the body.

    ``document.add_paragraph`` looks for the section properties by scanning the whole body
    each time; inserting before the (fixed) last ``w:sectPr`` keeps a long digest linear.
    """
    body = document.element.body
    p = OxmlElement("w:p")
    body[-1].addprevious(p)  # the body always ends with its w:sectPr
    if style:
        # by style id, not ``paragraph.style = name``: that looks the styles part up among
        # all relationships, thousands of hyperlinks included, on every call
        ids = document.__dict__.setdefault("_ocop_style_ids", {})
        if style not in ids:
            ids[style] = document.styles[style].style_id
        p.get_or_add_pPr().get_or_add_pStyle().val = ids[style]
    return DocxParagraph(p, document._body)


def _write(paragraph, parts: list[Inline]) -> None:
    for part in parts:
        if isinstance(part, str):
            lines = part.split("\n")
            for i, line in enumerate(lines):
                if i:
                    paragraph.add_run().add_break(WD_BREAK.LINE)
                if line:
                    paragraph.add_run(line)
        elif part.link:
            _hyperlink(paragraph, part.text, part.link, part.bold)
        else:
            run = paragraph.add_run(part.text)
            run.bold = part.bold or None
            run.italic = part.italic or None


def _table(document, block: Table) -> None:
    table = document.add_table(rows=1, cols=len(block.columns))
    table.style = "Light Grid Accent 1"
    for cell, name in zip(table.rows[0].cells, block.columns):
        cell.text = ""
        _write(cell.paragraphs[0], [Span(name, bold=True)])
    for row in block.rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            _write(cell.paragraphs[0], inlines(value))
    if block.widths:
        # fixed layout with grid and cell widths: LibreOffice ignores cell widths alone
        table.autofit = False
        total = sum(block.widths)
        for column, w in zip(table.columns, block.widths):
            column.width = Cm(16 * w / total)
            for cell in column.cells:
                cell.width = Cm(16 * w / total)
    if block.caption:
        document.add_paragraph(block.caption, style="Caption")


def _styles(document) -> None:
    normal = document.styles["Normal"]
    normal.font.name = "Arial"  # a font with every Vietnamese glyph on Word and LibreOffice
    normal.font.size = Pt(10.5)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        document.styles[name].font.name = "Arial"
    document.styles["Heading 1"].font.color.rgb = RGBColor(0x2F, 0x6F, 0x4E)
    document.styles["Caption"].font.color.rgb = RGBColor(0x44, 0x44, 0x44)


def render_docx(doc: Document, path: str | Path) -> Path:
    """Write ``doc`` as a Word file at ``path``."""
    document = docx.Document()
    _styles(document)
    document.core_properties.title = doc.title
    document.core_properties.subject = doc.subtitle
    document.add_paragraph(doc.title, style="Title")
    if doc.subtitle:
        document.add_paragraph(doc.subtitle, style="Subtitle")
    for block in doc.blocks:
        if isinstance(block, Heading):
            document.add_heading(block.text, level=block.level)
        elif isinstance(block, Paragraph):
            style = {"caption": "Caption", "subtitle": "Subtitle"}.get(block.style)
            paragraph = _paragraph(document, style)
            _write(paragraph, block.parts)
            if block.style in ("note", "digest"):
                paragraph.paragraph_format.space_after = Pt(6)
            if block.style == "note":
                for run in paragraph.runs:
                    run.italic = True
        elif isinstance(block, Table):
            _table(document, block)
        elif isinstance(block, BulletList):
            style = "List Number" if block.numbered else "List Bullet"
            for item in block.items:
                _write(_paragraph(document, style), item)
        elif isinstance(block, Image):
            document.add_picture(str(block.path), width=Cm(block.width_cm))
            document.add_paragraph(block.caption, style="Caption")
        elif isinstance(block, PageBreak):
            document.add_page_break()
    path = Path(path)
    document.save(str(path))
    return path
