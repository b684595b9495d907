"""analysis.text.plain: the same reading text as the patterns it replaced, with linear work on hostile fields."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resume_autofix.analysis import text as text_module
from resume_autofix.analysis.text import plain
from tests.hostile import UNITS, field

# The markdown pattern replaced by the one-pass scanner: the oracle on small texts (its ``[^)]*`` rescans to the
# end of the text for every ``[x](`` without a ``)``).
_OLD_MD = re.compile(r"\*\*|__|\[([^\]]*)\]\([^)]*\)")

PIECES = ["**", "__", "*", "_", "[", "]", "(", ")", "](", "a", " ", "\n", "b c", "&amp;", "é"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=16))
def test_markdown_is_stripped_as_the_old_pattern_did(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert text_module._strip_markdown(text) == _OLD_MD.sub(lambda m: m.group(1) or "", text)


def test_tags_entities_and_links_still_read_as_text() -> None:
    assert plain("<b>Led</b> a [team](https://x.io) of **7** &amp; more") == " Led  a team of 7 & more"
    # a "<" inside what looks like a tag ends it: the first "<" is text, the tag after it is removed
    assert plain("<a <b>x") == "<a  x"
    assert html.unescape("&lt;") == plain("&lt;")


@pytest.mark.parametrize("name", sorted(UNITS))
def test_work_grows_linearly_with_the_field(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN a hostile field at two sizes, and a count of the characters the link searches cover
    def scanned(size: int) -> int:
        covered = [0]
        text = field(UNITS[name], size)

        class Counting(str):
            def find(self, sub: str, start: int = 0, *args: int) -> int:  # type: ignore[override]
                found = str.find(self, sub, start, *args)
                covered[0] += (found if found >= 0 else len(self)) - start + 1
                return found

        text_module._strip_markdown(Counting(text))
        return covered[0]

    small, large = scanned(2_000), scanned(8_000)
    # THEN 4x the text costs about 4x the work (one search per "[" to the end would be ~16x)
    assert large <= 5 * small + 64, (small, large)
