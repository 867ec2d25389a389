"""Page metadata: JSON-LD, <meta> tags, canonical link, language, tags, section, images."""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin

from corpus.textnorm import tidy

ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                 "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting",
                 "socialmediaposting", "techarticle", "scholarlyarticle", "report"}  # fmt: skip


LISTED = "_listed"  # marks a JSON-LD article found inside an ItemList (a teaser, not the page)


def _walk_ld(node, out: list[dict], listed: bool = False) -> None:
    if isinstance(node, list):
        for n in node:
            _walk_ld(n, out, listed)
    elif isinstance(node, dict):
        if "@graph" in node:
            _walk_ld(node["@graph"], out, listed)
        types = node.get("@type")
        types = types if isinstance(types, list) else [types]
        if any(isinstance(t, str) and t.lower() in ARTICLE_TYPES for t in types):
            node[LISTED] = listed
            out.append(node)
        for key in ("mainEntity", "mainEntityOfPage", "itemListElement"):
            if isinstance(node.get(key), (dict, list)):
                _walk_ld(node[key], out, listed or key == "itemListElement")


def json_ld_articles(doc) -> list[dict]:
    """Every JSON-LD object of an article type; those inside an ItemList carry ``LISTED``."""
    out: list[dict] = []
    for script in doc.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            try:  # common breakage: raw newlines/tabs inside strings
                data = json.loads(re.sub(r"[\r\n\t]+", " ", raw))
            except json.JSONDecodeError:
                continue
        _walk_ld(data, out)
    return out


def meta_map(doc) -> dict[str, str]:
    """<meta> name/property/itemprop -> content (first one wins), keys lower-cased."""
    out: dict[str, str] = {}
    for m in doc.xpath("//meta[@content]"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        value = (m.get("content") or "").strip()
        if key and value and key not in out:
            out[key] = value
    return out


def ld_names(value) -> list[str]:
    """Names from a JSON-LD author/publisher value (str, dict, list)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, list):
            return [n for n in name if isinstance(n, str)]
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for v in value for n in ld_names(v)]
    return []


def ld_text(value) -> str:
    if isinstance(value, str):
        return tidy(value)
    if isinstance(value, list) and value and isinstance(value[0], str):
        return tidy(value[0])
    return ""


def canonical_url(doc, base_url: str, meta: dict[str, str]) -> str:
    for link in doc.xpath("//link[@rel][@href]"):
        if "canonical" in (link.get("rel") or "").lower().split():
            href = link.get("href").strip()
            if href:
                return urljoin(base_url, href)
    og = meta.get("og:url")
    return urljoin(base_url, og) if og else ""


# letters only Vietnamese writes (no â/ê/ô, which French and Portuguese share)
_VI_ONLY = re.compile(r"[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


def language(doc, meta: dict[str, str], text: str) -> str:
    """The page's declared language, unless it is English and the text is plainly
    Vietnamese (a CMS template left at its default "en-US"); else guessed from the text's
    letters."""
    lang = (doc.get("lang") or doc.get("xml:lang") or meta.get("og:locale") or
            meta.get("content-language") or meta.get("language") or "").strip().lower()  # fmt: skip
    lang = re.split(r"[-_]", lang)[0] if lang else ""
    if lang and re.fullmatch(r"[a-z]{2,3}", lang):
        letters = sum(ch.isalpha() for ch in text)
        if lang == "en" and letters >= 40 and len(_VI_ONLY.findall(text.lower())) > 0.08 * letters:
            return "vi"
        return lang
    vn = len(re.findall(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", text.lower()))
    return "vi" if vn > max(5, len(text) // 200) else ""


_TAG_BOX = (
    '*[contains(@class, "tag") or contains(@class, "keyword") or '
    'contains(@class, "tu-khoa") or contains(@class, "tukhoa")][not(ancestor::nav)]'
)


def _ld_keywords(ld: dict | None) -> list[str]:
    kw = ld.get("keywords") if ld else None
    if not kw:
        return []
    return [str(k) for k in kw] if isinstance(kw, list) else str(kw).split(",")


def _tag_box(doc, after=None) -> list[str]:
    """Link texts of the first visible tag box (a small block of links with a tag-ish class);
    with ``after`` (the headline), only a box after it and outside header/nav/aside/footer:
    a "hot topics" bar in the page header is site chrome, not the article's tags."""
    if after is None:
        boxes = doc.xpath("//body//" + _TAG_BOX)
    else:
        boxes = after.xpath("following::" + _TAG_BOX + "[not(ancestor::header or ancestor::aside"
                            " or ancestor::footer)]")  # fmt: skip
    for box in boxes:
        links = box.xpath(".//a")
        if 0 < len(links) <= 30 and not re.search(r"stage|vintage|ptag", box.get("class", "")):
            return [a.text_content() for a in links]
    return []


def _dedupe_tags(tags: list[str]) -> list[str]:
    out: list[str] = []
    for t in tags:
        t = tidy(str(t)).strip("# ")
        if t and len(t) <= 60 and t.lower() not in {x.lower() for x in out}:
            out.append(t)
    return out[:30]


def keywords(doc, meta: dict[str, str], ld: dict | None) -> list[str]:
    """The page's tags for storage: JSON-LD, article:tag, meta keywords, a visible tag box."""
    tags = _ld_keywords(ld)
    tags += [m.get("content", "") for m in doc.xpath('//meta[@property="article:tag"][@content]')]
    if not tags and meta.get("news_keywords"):
        tags += meta["news_keywords"].split(",")
    if not tags and meta.get("keywords"):
        tags += meta["keywords"].split(",")
    if not tags:
        tags += _tag_box(doc)
    return _dedupe_tags(tags)


def article_tags(doc, ld: dict | None) -> list[str]:
    """Tags that belong to this article only, for relevance: the article's own JSON-LD
    keywords and a visible tag box after the headline. Never <meta> keywords: many sites
    repeat the same list on every page (site chrome, like a menu)."""
    h1 = doc.xpath("//body//h1")
    return _dedupe_tags(_ld_keywords(ld) + _tag_box(doc, h1[0] if h1 else None))


def section(doc, meta: dict[str, str], ld: dict | None) -> str:
    if ld:
        s = ld.get("articleSection")
        s = s[0] if isinstance(s, list) and s else s
        if isinstance(s, str) and s.strip():
            return tidy(s)
    if meta.get("article:section"):
        return tidy(meta["article:section"])
    crumbs = doc.xpath('//*[contains(@class, "breadcrumb") or contains(@class, "bread-crumb") or '
                       '@itemtype="https://schema.org/BreadcrumbList" or @itemtype="http://schema.org/BreadcrumbList"]//a')  # fmt: skip
    names = [tidy(a.text_content()) for a in crumbs if tidy(a.text_content())]
    names = [n for n in names if n.lower() not in {"trang chủ", "home", "trang chu"}]
    return names[-1] if names else ""


_SKIP_IMG = re.compile(
    r"logo|icon|avatar|sprite|pixel|blank|spacer|banner|ads?[/_-]|\.svg|\.gif", re.I
)


def images(doc, base_url: str, meta: dict[str, str], body_root=None) -> list[tuple[str, str]]:
    out: dict[str, str] = {}
    if meta.get("og:image"):
        out[urljoin(base_url, meta["og:image"])] = ""
    root = body_root if body_root is not None else doc
    for img in root.xpath(".//img"):
        src = img.get("data-src") or img.get("data-original") or img.get("src") or ""
        if not src or src.startswith("data:") or _SKIP_IMG.search(src):
            continue
        url = urljoin(base_url, src.strip())
        caption = ""
        fig = next((a for a in img.iterancestors() if a.tag in ("figure", "table")), None)
        if fig is not None:
            caps = fig.xpath(
                './/figcaption | .//*[contains(@class, "caption") or contains(@class, "desc")]'
            )
            caption = tidy(caps[0].text_content()) if caps else ""
        caption = caption or tidy(img.get("alt") or "")
        if url not in out or (caption and not out[url]):
            out[url] = caption
    return list(out.items())[:30]
