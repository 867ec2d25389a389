"""Canonical URLs: one spelling per page, so an article is fetched and stored once.

Strips tracking parameters and fragments, lower-cases scheme and host, drops default
ports, sorts the remaining query and normalises percent-encoding (w3lib). The page's own
``<link rel=canonical>`` wins when it points inside the same site (`prefer_declared`).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

_TRACKING_PREFIXES = ("utm_", "itm_", "pk_", "mtm_", "hsa_")
_TRACKING = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
    "_ga", "_gl", "zarsrc", "gidzl", "ref", "ref_src", "ref_url", "spm", "cmpid", "s_cid",
    "share", "fb_action_ids", "fb_action_types", "fb_source", "mkt_tok", "oly_enc_id",
    "oly_anon_id", "wt_mc", "vero_id", "_hsenc", "_hsmi", "trk", "trkcampaign",
})  # fmt: skip
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(name: str) -> bool:
    name = name.lower()
    return name in _TRACKING or name.startswith(_TRACKING_PREFIXES)


def canonicalize(url: str) -> str:
    """The canonical spelling of ``url`` (raises ValueError for non-http(s) URLs)."""
    url = url.strip()
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url!r}")
    host = parts.hostname.rstrip(".").lower()
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"bad port in URL: {url!r}") from None
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    )
    path = re.sub(r"/{2,}", "/", parts.path) or "/"
    return canonicalize_url(urlunsplit((scheme, netloc, path, query, "")), keep_fragments=False)


def same_site(a: str, b: str) -> bool:
    """Do two URLs belong to the same site (host equal up to a leading www.)?"""

    def host(u: str) -> str:
        h = (urlsplit(u).hostname or "").lower()
        return h[4:] if h.startswith("www.") else h

    return host(a) == host(b)


def prefer_declared(fetched_url: str, declared: str | None) -> str:
    """The canonical URL of a fetched page: its declared canonical when plausible."""
    if declared:
        try:
            canon = canonicalize(declared)
        except ValueError:
            canon = ""
        # A canonical to another site (syndication) or to the site's home page is a
        # declaration we do not follow for identity: the page is its own article.
        if canon and same_site(canon, fetched_url) and urlsplit(canon).path not in ("", "/"):
            return canon
    return canonicalize(fetched_url)
