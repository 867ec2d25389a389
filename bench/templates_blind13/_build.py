"""Writes the thirteenth blind template set: <template>/<page>.html + <page>.json (gold).

    .venv/bin/python bench/templates_blind3/_build.py

Pages are rendered from the texts in _content.py through hand-written page templates
(structure modelled on Vietnamese sites; see README.md). Same gold format and checks as
bench/templates_blind2/;
the machinery is bench/template_sets.py, shared with the other sets. The gold is derived
from the same texts, so page and gold cannot drift apart. Never change a text or template after the set has been
scored: the set is held out.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# this set's _content and _templates first, then bench/ (template_sets) and the repo (corpus)
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parents[1])]

from _content import HEADLINES, PAGES, TEASERS  # noqa: E402
from template_sets import Page as _SharedPage  # noqa: E402
from template_sets import build, esc  # noqa: E402, F401  (esc: used by _templates)


class Page(_SharedPage):
    HEADLINES = HEADLINES
    TEASERS = TEASERS


def main() -> int:
    return build(HERE, PAGES, Page)


if __name__ == "__main__":
    sys.exit(main())
