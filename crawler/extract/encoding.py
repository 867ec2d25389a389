"""Bytes to text: BOM, HTTP charset, <meta charset>, mis-declared and legacy encodings."""

from __future__ import annotations

import codecs
import re

from w3lib.encoding import html_body_declared_encoding

from corpus.textnorm import nfc

# Labels servers use for "I did not really think about it": trust the bytes over them.
_WEAK = {"iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252", "us-ascii", "ascii"}
_ALIASES = {"windows-1258": "cp1258", "x-cp1258": "cp1258", "vn": "cp1258"}


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


_WEAK_CODECS = {c for c in (_codec(label) for label in _WEAK) if c}
# An XHTML page's leading <?xml … encoding="…"?>: once the text is decoded the encoding it
# names is no longer true, and lxml refuses a str that still carries one (old CMSs serve it)
_XML_DECLARATION = re.compile(r"^\s*<\?xml\b[^>]*\?>")


def meta_charset(body: bytes) -> str | None:
    """The charset the page declares in itself (<meta charset>, http-equiv, XML declaration)."""
    return _codec(html_body_declared_encoding(body[:4096]))


def decode_html(body: bytes | str, declared_encoding: str | None = None) -> str:
    """Decode a page to NFC text whatever it declares, without its XML declaration."""
    return _XML_DECLARATION.sub("", _decode(body, declared_encoding), count=1)


def _decode(body: bytes | str, declared_encoding: str | None = None) -> str:
    """The page's NFC text.

    Order: a byte-order mark; then UTF-8 when the bytes are valid UTF-8 with non-ASCII
    content (the most common mis-declaration is UTF-8 served as Latin-1); then the HTTP
    charset, the <meta> charset; then a detector; windows-1258 text (decomposed tone marks)
    comes out composed.
    """
    if isinstance(body, str):
        return nfc(body)
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):  # fmt: skip
        if body.startswith(bom):
            return nfc(body[len(bom) :].decode(codec, "replace"))
    declared = _codec(declared_encoding)
    meta = meta_charset(body)
    has_high = not body[:200_000].isascii()
    utf8 = _strict(body, "utf-8") if has_high else None
    if utf8 is not None and (declared in (None, "utf-8") or declared in _WEAK_CODECS
                             or meta == "utf-8"):  # fmt: skip
        return nfc(utf8)
    for codec in (declared, meta):
        if codec and codec not in _WEAK_CODECS and codec != "utf-8":
            text = _strict(body, codec)
            if text is not None:
                return nfc(text)
    if utf8 is not None:
        return nfc(utf8)
    if not has_high:
        return body.decode("ascii", "replace")
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(
            body[:200_000], cp_isolation=["utf_8", "cp1258", "cp1252", "latin_1"]
        ).best()
        if best is not None and best.encoding:
            return nfc(body.decode(best.encoding, "replace"))
    except Exception:  # detector trouble: fall through to a lossless-ish default
        pass
    return nfc(body.decode(declared or meta or "cp1252", "replace"))
