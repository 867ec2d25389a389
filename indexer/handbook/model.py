"""The handbook's document model: one tree, three renderers (Word, Markdown, HTML).

Inline content is a list of strings and `Span`s (bold/italic text or a hyperlink); blocks are
headings, paragraphs, tables, bullet lists, images and page breaks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None


Inline = str | Span


def inlines(value: str | Span | list[Inline]) -> list[Inline]:
    """Any cell or paragraph content as a list of inlines."""
    return list(value) if isinstance(value, list) else [value]


def plain(value: str | Span | list[Inline]) -> str:
    """The text of inline content without formatting."""
    return "".join(i if isinstance(i, str) else i.text for i in inlines(value))


@dataclass
class Heading:
    text: str
    level: int = 1


@dataclass
class Paragraph:
    parts: list[Inline]
    style: str = ""  # "" | "subtitle" | "caption" | "note" | "small"


@dataclass
class Table:
    columns: list[str]
    rows: list[list[str | Span | list[Inline]]]
    caption: str = ""
    widths: list[float] | None = None  # relative column widths


@dataclass
class BulletList:
    items: list[list[Inline]]
    numbered: bool = False


@dataclass
class Image:
    path: Path
    caption: str
    width_cm: float = 15.5


@dataclass
class PageBreak:
    pass


Block = Heading | Paragraph | Table | BulletList | Image | PageBreak


@dataclass
class Document:
    title: str
    subtitle: str = ""
    blocks: list[Block] = field(default_factory=list)

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)
