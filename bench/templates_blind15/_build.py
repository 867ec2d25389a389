"""Writes the fifteenth blind template set: <template>/<page>.html + <page>.json (gold).

    .venv/bin/python bench/templates_blind15/_build.py

Unlike the sets before templates_blind14, every template has twelve pages (four OCOP briefs,
three OCOP long articles, three other articles, two listings), so that a site-mode run sees the
same chrome on many articles of one source. Pages are rendered from the texts in _content.py
through the hand-written templates of _templates.py; page and gold come from the same texts and
cannot drift apart. The shared machinery (`ManyPage`, `build_many`, gold and checks) is
bench/template_sets.py. Never change a text or a template after the set has been scored: the set
is held out.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# this set's _content and _templates first, then bench/ (template_sets) and the repo (corpus)
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parents[1])]

from _content import HEADLINES, PAGES, TEASERS  # noqa: E402
from template_sets import ManyPage, build_many, esc  # noqa: E402, F401


class Page(ManyPage):
    HEADLINES = HEADLINES
    TEASERS = TEASERS


def main() -> int:
    return build_many(HERE, PAGES, Page)


if __name__ == "__main__":
    sys.exit(main())
