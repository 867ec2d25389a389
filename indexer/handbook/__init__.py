"""`ocop handbook`: a province's (or the country's) OCOP handbook as Word, Markdown or HTML.

- ``model.py``  the document model (headings, paragraphs, tables, lists, images, links)
- ``build.py``  store -> model: key figures with citations, charts, products, names, digest
- ``word.py``   model -> .docx (python-docx); ``text.py`` model -> .md / .html
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from corpus.errors import OcopError
from indexer.handbook.build import Scope, build_handbook, resolve_scope
from indexer.handbook.model import Document

FORMATS = (".docx", ".md", ".html")

__all__ = ["FORMATS", "Document", "Scope", "build_handbook", "resolve_scope", "write_handbook"]


def write_handbook(store, scope: Scope, output: str | Path, *, since: date | None = None,
                   until: date | None = None) -> Document:  # fmt: skip
    """Build the handbook of ``scope`` and write it to ``output`` (format from the suffix)."""
    output = Path(output)
    suffix = output.suffix.lower()
    if suffix not in FORMATS:
        raise OcopError(f"handbook file must end in {', '.join(FORMATS)}; got {output.name!r}")
    if since and until and since > until:
        raise OcopError(f"--since {since} is after --until {until}")
    if not output.parent.is_dir():
        raise OcopError(f"directory {output.parent} does not exist")
    with tempfile.TemporaryDirectory(prefix="ocop-handbook-") as tmp:
        doc = build_handbook(store, scope, Path(tmp), since, until)
        # write next to the target, then rename: an interrupted run never leaves half a file
        partial = output.with_name(f".{output.name}.partial")
        if suffix == ".docx":
            from indexer.handbook.word import render_docx

            render_docx(doc, partial)
        elif suffix == ".md":
            from indexer.handbook.text import render_markdown

            render_markdown(doc, partial)
            _move_assets(partial, output)
        else:
            from indexer.handbook.text import render_html

            render_html(doc, partial)
        partial.replace(output)
    return doc


def _move_assets(partial: Path, output: Path) -> None:
    """Markdown charts were written beside the partial file; give them the final name."""
    import shutil

    src = partial.with_name(partial.stem + "_files")
    dst = output.with_name(output.stem + "_files")
    if src.is_dir():
        if dst.exists():
            shutil.rmtree(dst)
        src.rename(dst)
        text = partial.read_text(encoding="utf-8").replace(f"]({src.name}/", f"]({dst.name}/")
        partial.write_text(text, encoding="utf-8")
