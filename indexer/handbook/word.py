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


def _hyperlink(paragraph, text: str, url: str, bold: bool = False) -> None:
    """A clickable external link (python-docx has no API for it: build the w:hyperlink)."""
    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
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
        total = sum(block.widths)
        for column, w in zip(table.columns, block.widths):
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
            paragraph = document.add_paragraph(style=style)
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
                _write(document.add_paragraph(style=style), item)
        elif isinstance(block, Image):
            document.add_picture(str(block.path), width=Cm(block.width_cm))
            document.add_paragraph(block.caption, style="Caption")
        elif isinstance(block, PageBreak):
            document.add_page_break()
    path = Path(path)
    document.save(str(path))
    return path
